/// The register tile at the heart of the blocked product: a block of C held in SIMD registers.
///
/// ```
///   for p in 0..<kc:                      b = Bp[p, 0..<W]              (one SIMD load)
///     for r in 0..<R:  c[r] += Ap[r, p] · b                             (broadcast, multiply-add)
/// ```
///
/// Per step p an R×W tile does R·W multiply-adds from R + W loaded numbers; the naive loop does one
/// multiply-add per two loads. Which tile runs is chosen when NeuralKit is compiled (scripts/swift-flags.sh
/// says which flags a host gets):
///
/// | build                         | main tile | accumulators                 | registers |
/// |-------------------------------|-----------|------------------------------|-----------|
/// | AVX2 + FMA, portable, arm64   | 6×8       | 6 `SIMD8<Double>` = 12 ymm   | 16 ymm / 32 NEON q (24 used) |
/// | AVX-512 (`NEURALKIT_AVX512`)  | 8×24      | 24 `SIMD8<Double>` = 24 zmm  | 32 zmm    |
///
/// Two FMA units with a latency of 4 cycles need 8 independent multiply-adds in flight: twelve 256-bit
/// accumulators cover that with AVX2, and 24 zmm ones cover it with AVX-512 while loading 3 numbers of B
/// and broadcasting 1 of A per 3 multiply-adds (6×8 on zmm would hold only 6 accumulators and stall).
///
/// Every tile, whole or cut by C's edge, sums each C[i, j] over p in increasing order, one multiply-add at
/// a time starting from C's current value: which tile ran never changes a single bit of the result.
enum MatmulMicrokernel {
  #if NEURALKIT_AVX512
    /// Rows of the main register tile (the height of a packed A sliver).
    static let rowsPerTile = 8
    /// Columns of the main register tile (the width of a packed B sliver): three `SIMD8<Double>`.
    static let columnsPerTile = 24
  #else
    /// Rows of the main register tile (the height of a packed A sliver).
    static let rowsPerTile = 6
    /// Columns of the main register tile (the width of a packed B sliver, one `SIMD8<Double>`).
    static let columnsPerTile = 8
  #endif

  /// Which tile this build runs, for pages and benchmarks: "AVX-512 8×24", "AVX2+FMA 6×8", …
  static var tileDescription: String {
    #if NEURALKIT_AVX512
      let isa = "AVX-512"
    #elseif NEURALKIT_FMA
      let isa = "AVX2+FMA"
    #elseif arch(arm64)
      let isa = "NEON"
    #else
      let isa = "portable SIMD (no FMA)"
    #endif
    return "\(isa) \(rowsPerTile)×\(columnsPerTile)"
  }

  typealias Lane = SIMD8<Double>

  /// `depth` groups of numbers, group p at `base + p·stride`, its elements `step` apart (A's rows: 1
  /// when packed or stored transposed, the row length when read in place from a row-major matrix; B's
  /// columns are always adjacent, step 1).
  struct Sliver<S> {
    let base: UnsafePointer<S>
    let stride: Int
    let step: Int
  }

  /// acc + a·b, fused into one rounding where the target has a fused multiply-add instruction.
  ///
  /// `addingProduct` is IEEE fusedMultiplyAdd. On arm64 (always) and on x86-64 built with FMA enabled
  /// (`NEURALKIT_FMA`, which scripts/swift-flags.sh passes with `-mavx2 -mfma`) it is one `vfmadd` /
  /// `fmla` per vector. Without FMA in the target, LLVM would lower it to a libm `fma()` call per lane,
  /// 20× slower, so there we multiply and add separately; results then match the naive loops bit for bit.
  @inline(__always)
  static func multiplyAdd<L: SIMD>(_ acc: L, _ a: L, _ b: L) -> L where L.Scalar: FloatingPoint {
    #if NEURALKIT_FMA || arch(arm64)
      return acc.addingProduct(a, b)
    #else
      return acc + a * b
    #endif
  }

  // snippet: microkernel
  /// C[0..<6, 0..<8] += A·B over `depth` steps, with C at `c` and rows `rowStride` doubles apart.
  ///
  /// `a` is a sliver of `depth` groups of 6, `b` one of `depth` groups of 8: packed or read in place.
  /// C's current values seed the accumulators, so across depth blocks every element sums its terms in k
  /// order.
  @inline(__always)
  static func accumulate(depth: Int, a: Sliver<Double>, b: Sliver<Double>, c: UnsafeMutablePointer<Double>, rowStride: Int) {
    let c0 = c, c1 = c0 + rowStride, c2 = c1 + rowStride, c3 = c2 + rowStride
    let c4 = c3 + rowStride, c5 = c4 + rowStride
    var r0 = load(c0), r1 = load(c1), r2 = load(c2), r3 = load(c3), r4 = load(c4), r5 = load(c5)
    var ap = a.base, bp = b.base
    let (aStride, bStride) = (a.stride, b.stride)
    let (s1, s2, s3, s4, s5) = (a.step, 2 * a.step, 3 * a.step, 4 * a.step, 5 * a.step)
    for _ in 0..<depth {
      let lane = load(bp)
      r0 = multiplyAdd(r0, Lane(repeating: ap[0]), lane)
      r1 = multiplyAdd(r1, Lane(repeating: ap[s1]), lane)
      r2 = multiplyAdd(r2, Lane(repeating: ap[s2]), lane)
      r3 = multiplyAdd(r3, Lane(repeating: ap[s3]), lane)
      r4 = multiplyAdd(r4, Lane(repeating: ap[s4]), lane)
      r5 = multiplyAdd(r5, Lane(repeating: ap[s5]), lane)
      ap += aStride
      bp += bStride
    }
    store(r0, c0); store(r1, c1); store(r2, c2); store(r3, c3); store(r4, c4); store(r5, c5)
  }
  // snippet end

  #if NEURALKIT_AVX512
    // snippet: microkernel-avx512
    /// C[0..<8, 0..<24] += A·B over `depth` steps: 24 `SIMD8<Double>` accumulators, one zmm register each.
    ///
    /// Per step p: three loads of B (24 numbers), eight broadcasts of A, 24 multiply-adds, 192 in all.
    @inline(__always)
    static func accumulateWide(depth: Int, a: Sliver<Double>, b: Sliver<Double>, c: UnsafeMutablePointer<Double>, rowStride: Int) {
      var acc = WideTile(c, rowStride)
      var ap = a.base, bp = b.base
      let s = a.step
      for _ in 0..<depth {
        let b0 = load(bp), b1 = load(bp + 8), b2 = load(bp + 16)
        acc.update(0, ap[0], b0, b1, b2)
        acc.update(1, ap[s], b0, b1, b2)
        acc.update(2, ap[2 * s], b0, b1, b2)
        acc.update(3, ap[3 * s], b0, b1, b2)
        acc.update(4, ap[4 * s], b0, b1, b2)
        acc.update(5, ap[5 * s], b0, b1, b2)
        acc.update(6, ap[6 * s], b0, b1, b2)
        acc.update(7, ap[7 * s], b0, b1, b2)
        ap += a.stride
        bp += b.stride
      }
      acc.store(c, rowStride)
    }
    // snippet end

    /// The 8×24 tile's accumulators as 24 named values, so that each stays in a register.
    struct WideTile {
      var r00, r01, r02, r10, r11, r12, r20, r21, r22, r30, r31, r32: Lane
      var r40, r41, r42, r50, r51, r52, r60, r61, r62, r70, r71, r72: Lane

      @inline(__always)
      init(_ c: UnsafeMutablePointer<Double>, _ rowStride: Int) {
        func row(_ r: Int) -> (Lane, Lane, Lane) {
          let p = c + r * rowStride
          return (load(p), load(p + 8), load(p + 16))
        }
        (r00, r01, r02) = row(0); (r10, r11, r12) = row(1); (r20, r21, r22) = row(2); (r30, r31, r32) = row(3)
        (r40, r41, r42) = row(4); (r50, r51, r52) = row(5); (r60, r61, r62) = row(6); (r70, r71, r72) = row(7)
      }

      /// Row r of the tile += a·(b0, b1, b2).
      @inline(__always)
      mutating func update(_ r: Int, _ a: Double, _ b0: Lane, _ b1: Lane, _ b2: Lane) {
        let x = Lane(repeating: a)
        switch r {
        case 0: (r00, r01, r02) = (multiplyAdd(r00, x, b0), multiplyAdd(r01, x, b1), multiplyAdd(r02, x, b2))
        case 1: (r10, r11, r12) = (multiplyAdd(r10, x, b0), multiplyAdd(r11, x, b1), multiplyAdd(r12, x, b2))
        case 2: (r20, r21, r22) = (multiplyAdd(r20, x, b0), multiplyAdd(r21, x, b1), multiplyAdd(r22, x, b2))
        case 3: (r30, r31, r32) = (multiplyAdd(r30, x, b0), multiplyAdd(r31, x, b1), multiplyAdd(r32, x, b2))
        case 4: (r40, r41, r42) = (multiplyAdd(r40, x, b0), multiplyAdd(r41, x, b1), multiplyAdd(r42, x, b2))
        case 5: (r50, r51, r52) = (multiplyAdd(r50, x, b0), multiplyAdd(r51, x, b1), multiplyAdd(r52, x, b2))
        case 6: (r60, r61, r62) = (multiplyAdd(r60, x, b0), multiplyAdd(r61, x, b1), multiplyAdd(r62, x, b2))
        default: (r70, r71, r72) = (multiplyAdd(r70, x, b0), multiplyAdd(r71, x, b1), multiplyAdd(r72, x, b2))
        }
      }

      @inline(__always)
      func store(_ c: UnsafeMutablePointer<Double>, _ rowStride: Int) {
        func row(_ r: Int, _ x: Lane, _ y: Lane, _ z: Lane) {
          let p = c + r * rowStride
          MatmulMicrokernel.store(x, p); MatmulMicrokernel.store(y, p + 8); MatmulMicrokernel.store(z, p + 16)
        }
        row(0, r00, r01, r02); row(1, r10, r11, r12); row(2, r20, r21, r22); row(3, r30, r31, r32)
        row(4, r40, r41, r42); row(5, r50, r51, r52); row(6, r60, r61, r62); row(7, r70, r71, r72)
      }
    }
  #endif

  /// The main tile: C[0..<rowsPerTile, 0..<columnsPerTile] += A·B.
  @inline(__always)
  static func accumulateTile(depth: Int, a: Sliver<Double>, b: Sliver<Double>, c: UnsafeMutablePointer<Double>, rowStride: Int) {
    #if NEURALKIT_AVX512
      accumulateWide(depth: depth, a: a, b: b, c: c, rowStride: rowStride)
    #else
      accumulate(depth: depth, a: a, b: b, c: c, rowStride: rowStride)
    #endif
  }

  /// C[0..<rows, 0..<columns] += A·B for any tile up to the main one, straight on C: no scratch copy.
  ///
  /// The columns are cut into SIMD8, SIMD4, SIMD2 and single-column strips, the rows into runs of the main
  /// tile's height, 4, 2 and 1; each piece runs ``strip(_:rows:single:depth:a:b:c:rowStride:)``, which
  /// loads and stores exactly its own elements, so the operands need no zero padding.
  static func accumulateEdge<S: KernelScalar>(
    rows: Int, columns: Int, depth: Int, a: Sliver<S>, b: Sliver<S>, c: UnsafeMutablePointer<S>, rowStride: Int
  ) {
    var j = 0
    while j < columns {
      let left = columns - j
      let bStrip = Sliver(base: b.base + j, stride: b.stride, step: 1), cStrip = c + j
      if left >= 16 && (S.WideLane.scalarCount == 16 || wideStrips) {
        // 16 columns: one 512-bit register per row for Float, two for Double with AVX-512's 32 registers.
        stripRows(SIMD16<S>.self, single: false, rows: rows, depth: depth, a: a, b: bStrip, c: cStrip, rowStride: rowStride)
        j += 16
      } else if left >= 8 {
        stripRows(SIMD8<S>.self, single: false, rows: rows, depth: depth, a: a, b: bStrip, c: cStrip, rowStride: rowStride)
        j += 8
      } else if left >= 4 {
        stripRows(SIMD4<S>.self, single: false, rows: rows, depth: depth, a: a, b: bStrip, c: cStrip, rowStride: rowStride)
        j += 4
      } else if left >= 2 {
        stripRows(SIMD2<S>.self, single: false, rows: rows, depth: depth, a: a, b: bStrip, c: cStrip, rowStride: rowStride)
        j += 2
      } else {
        stripRows(SIMD2<S>.self, single: true, rows: rows, depth: depth, a: a, b: bStrip, c: cStrip, rowStride: rowStride)
        j += 1
      }
    }
  }

  /// Whether Double edges of 16 columns run as one strip of two zmm registers a row (16 in 8 rows) instead
  /// of two 8-column strips. They fit AVX-512's register file, but measured no faster on Zen 4 (the
  /// digits recipe: 53.4 against 53.5 ms; 32×64·64×64: 52.6 against 52.4 GFLOPS): off.
  static let wideStrips = false

  /// One column strip over `rows` rows, in runs of 8, 4, 2 and 1 rows (constants, so each run's strip is
  /// compiled with exactly that many accumulators).
  @inline(__always)
  static func stripRows<L: SIMD>(
    _ lane: L.Type, single: Bool, rows: Int, depth: Int, a: Sliver<L.Scalar>, b: Sliver<L.Scalar>,
    c: UnsafeMutablePointer<L.Scalar>, rowStride: Int
  ) where L.Scalar: KernelScalar {
    // Eight rows of a 512-bit lane take all sixteen registers without AVX-512: runs of 4 there.
    #if NEURALKIT_AVX512
      let eight = MemoryLayout<L>.size <= 128
    #else
      let eight = MemoryLayout<L>.size < 64
    #endif
    var i = 0
    while i < rows {
      let left = rows - i
      let aRows = Sliver(base: a.base + i * a.step, stride: a.stride, step: a.step), cRows = c + i * rowStride
      if left >= 8 && eight {
        strip(L.self, rows: 8, single: single, depth: depth, a: aRows, b: b, c: cRows, rowStride: rowStride)
        i += 8
      } else if left >= 4 {
        strip(L.self, rows: 4, single: single, depth: depth, a: aRows, b: b, c: cRows, rowStride: rowStride)
        i += 4
      } else if left >= 2 {
        strip(L.self, rows: 2, single: single, depth: depth, a: aRows, b: b, c: cRows, rowStride: rowStride)
        i += 2
      } else {
        strip(L.self, rows: 1, single: single, depth: depth, a: aRows, b: b, c: cRows, rowStride: rowStride)
        i += 1
      }
    }
  }

  /// C[0..<rows, 0..<L.scalarCount] += A·B (rows ≤ 8; with `single`, column 0 alone, its lane 1 unused).
  ///
  /// `rows` and `single` are constants at every call, so the compiler keeps exactly the accumulators and
  /// branches they need.
  @inline(__always)
  static func strip<L: SIMD>(
    _ lane: L.Type, rows: Int, single: Bool, depth: Int, a: Sliver<L.Scalar>, b: Sliver<L.Scalar>,
    c: UnsafeMutablePointer<L.Scalar>, rowStride: Int
  ) where L.Scalar: KernelScalar {
    @inline(__always) func read(_ p: UnsafePointer<L.Scalar>) -> L {
      if single {
        var value = L()
        value[0] = p[0]
        return value
      }
      return UnsafeRawPointer(p).loadUnaligned(as: L.self)
    }
    @inline(__always) func write(_ value: L, _ p: UnsafeMutablePointer<L.Scalar>) {
      if single { p[0] = value[0] } else { UnsafeMutableRawPointer(p).storeBytes(of: value, as: L.self) }
    }
    let s = a.step
    var r0 = read(c), r1 = L(), r2 = L(), r3 = L(), r4 = L(), r5 = L(), r6 = L(), r7 = L()
    if rows > 1 { r1 = read(c + rowStride) }
    if rows > 2 { r2 = read(c + 2 * rowStride); r3 = read(c + 3 * rowStride) }
    if rows > 4 {
      r4 = read(c + 4 * rowStride); r5 = read(c + 5 * rowStride)
      r6 = read(c + 6 * rowStride); r7 = read(c + 7 * rowStride)
    }
    var ap = a.base, bp = b.base
    for _ in 0..<depth {
      let lane = read(bp)
      r0 = multiplyAdd(r0, L(repeating: ap[0]), lane)
      if rows > 1 { r1 = multiplyAdd(r1, L(repeating: ap[s]), lane) }
      if rows > 2 {
        r2 = multiplyAdd(r2, L(repeating: ap[2 * s]), lane)
        r3 = multiplyAdd(r3, L(repeating: ap[3 * s]), lane)
      }
      if rows > 4 {
        r4 = multiplyAdd(r4, L(repeating: ap[4 * s]), lane)
        r5 = multiplyAdd(r5, L(repeating: ap[5 * s]), lane)
        r6 = multiplyAdd(r6, L(repeating: ap[6 * s]), lane)
        r7 = multiplyAdd(r7, L(repeating: ap[7 * s]), lane)
      }
      ap += a.stride
      bp += b.stride
    }
    write(r0, c)
    if rows > 1 { write(r1, c + rowStride) }
    if rows > 2 { write(r2, c + 2 * rowStride); write(r3, c + 3 * rowStride) }
    if rows > 4 {
      write(r4, c + 4 * rowStride); write(r5, c + 5 * rowStride)
      write(r6, c + 6 * rowStride); write(r7, c + 7 * rowStride)
    }
  }

  @inline(__always)
  static func load(_ pointer: UnsafePointer<Double>) -> Lane {
    UnsafeRawPointer(pointer).loadUnaligned(as: Lane.self)
  }

  @inline(__always)
  static func load(_ pointer: UnsafeMutablePointer<Double>) -> Lane {
    UnsafeRawPointer(pointer).loadUnaligned(as: Lane.self)
  }

  @inline(__always)
  static func store(_ lane: Lane, _ pointer: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: lane, as: Lane.self)
  }
}
