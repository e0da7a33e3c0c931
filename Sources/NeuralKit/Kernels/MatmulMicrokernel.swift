/// The register tile at the heart of the blocked product: a 6×8 block of C held in SIMD registers.
///
/// ```
///   for p in 0..<kc:                      b = Bp[p, 0..<8]              (one SIMD8 load)
///     for r in 0..<6:  c[r] += Ap[r, p] · b                             (broadcast, multiply-add)
/// ```
///
/// Per step p the tile does 48 multiply-adds from 6 + 8 loaded numbers; the naive loop does one
/// multiply-add per two loads. Six `SIMD8<Double>` accumulators take twelve 256-bit registers with AVX2
/// (sixteen in all), six of the thirty-two 512-bit ones with AVX-512, twenty-four of the thirty-two
/// 128-bit NEON registers on arm64: the tile never spills on any of them.
enum MatmulMicrokernel {
  /// Rows of the register tile (the height of a packed A sliver).
  static let rowsPerTile = 6
  /// Columns of the register tile (the width of a packed B sliver, one `SIMD8<Double>`).
  static let columnsPerTile = 8

  typealias Lane = SIMD8<Double>

  /// `depth` groups of numbers, group p at `base + p·stride`, its elements `step` apart (A's 6 rows: 1
  /// when packed or stored transposed, the row length when read in place from a row-major matrix; B's 8
  /// columns are always adjacent, step 1).
  struct Sliver {
    let base: UnsafePointer<Double>
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
  static func multiplyAdd(_ acc: Lane, _ a: Lane, _ b: Lane) -> Lane {
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
  static func accumulate(depth: Int, a: Sliver, b: Sliver, c: UnsafeMutablePointer<Double>, rowStride: Int) {
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

  /// The same update for a tile cut by C's edge: `rows`×`columns` of it are real.
  ///
  /// The real part is copied into a full 6×8 scratch tile, updated there (edge slivers are always
  /// packed and zero-padded, so the padding lanes compute harmless zeros) and copied back.
  static func accumulateEdge(
    rows: Int, columns: Int, depth: Int, a: Sliver, b: Sliver, c: UnsafeMutablePointer<Double>, rowStride: Int
  ) {
    withUnsafeTemporaryAllocation(of: Double.self, capacity: rowsPerTile * columnsPerTile) { scratch in
      guard let tile = scratch.baseAddress else { return }
      tile.initialize(repeating: 0, count: scratch.count)
      for r in 0..<rows {
        for j in 0..<columns { tile[r * columnsPerTile + j] = c[r * rowStride + j] }
      }
      accumulate(depth: depth, a: a, b: b, c: tile, rowStride: columnsPerTile)
      for r in 0..<rows {
        for j in 0..<columns { c[r * rowStride + j] = tile[r * columnsPerTile + j] }
      }
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
