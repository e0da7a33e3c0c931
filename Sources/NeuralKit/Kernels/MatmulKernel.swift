import Foundation

/// A read-only view of a matrix's elements with arbitrary strides: element (i, j) sits at
/// `base[i·rowStride + j·columnStride]`. A row-major r×c matrix has strides (c, 1); its transpose is the
/// same memory read with strides (1, c), so transposed operands cost nothing to form. Only read, never
/// written, so the threads of a split product may share it.
struct StridedOperand<S: KernelScalar>: @unchecked Sendable {
  let base: UnsafePointer<S>
  let rowStride: Int
  let columnStride: Int

  init(base: UnsafePointer<S>, rowStride: Int, columnStride: Int) {
    self.base = base
    self.rowStride = rowStride
    self.columnStride = columnStride
  }

  /// A row-major matrix's storage, read as the matrix (`transposed == false`) or its transpose.
  init(_ base: UnsafePointer<S>, columns: Int, transposed: Bool) {
    self.init(base: base, rowStride: transposed ? 1 : columns, columnStride: transposed ? columns : 1)
  }

  /// The same elements read as the transpose.
  var transposed: StridedOperand<S> {
    StridedOperand(base: base, rowStride: columnStride, columnStride: rowStride)
  }

  @inline(__always)
  subscript(row: Int, column: Int) -> S { base[row &* rowStride &+ column &* columnStride] }
}

/// Where the register tile finds the slivers of one operand's block: in place, or in the packed buffer.
///
/// A sliver is `depth` groups of `width` numbers (6 rows of A, or 8 columns of B): element r of group p
/// at `base + p·stride + r·step`. Packed slivers have stride = width and step 1. A block small enough to
/// stay in cache is read where it lies (stride and step its own strides), ragged last sliver included: the
/// edge tiles load exactly the elements that exist (`directCount` is then the whole block).
struct SliverSource<S: KernelScalar> {
  let direct: UnsafePointer<S>?
  let directStride: Int
  let directStep: Int
  let directCount: Int
  let packed: UnsafePointer<S>?
  let width: Int

  /// The sliver starting `offset` elements across the block (a multiple of `width`).
  @inline(__always)
  func sliver(at offset: Int, depth: Int) -> MatmulMicrokernel.Sliver<S> {
    if offset < directCount, let direct { return .init(base: direct + offset * directStep, stride: directStride, step: directStep) }
    return .init(base: packed.unsafelyUnwrapped + (offset - directCount) * depth, stride: width, step: 1)
  }
}

/// The blocked matrix product C += A·B (Goto & van de Geijn, "Anatomy of high-performance matrix
/// multiplication", ACM TOMS 34(3), 2008; the loop structure is BLIS's).
///
/// ```
///   for jc in 0..<n by NC                    B panel  (KC×NC)           stays in L3
///     for pc in 0..<k by KC                  A block  (MC×KC)           stays in L2
///       pack B[pc.., jc..] → Bp              B sliver (KC×W)            stays in L1
///       for ic in 0..<m by MC
///         pack A[ic.., pc..] → Ap
///         for jr in 0..<nc by W, ir in 0..<mc by R:   C[R×W] += A sliver · B sliver  (registers)
/// ```
///
/// R×W is the register tile of the build (``MatmulMicrokernel``: 6×8 with AVX2, 8×24 with AVX-512; 4 or
/// 8 × 16 for Float), and tiles cut by C's edges run the edge strips. Operands in place or packed, edge
/// or whole tile, one thread or several: every element of C sums its k products in increasing k, so the
/// result is the same bits whichever path ran.
///
/// Packing copies a block into the order the register tile reads it (contiguous, zero-padded to whole
/// tiles), so the innermost loop walks two sequential streams whatever A's and B's strides are. Small
/// operands are read in place instead (``SliverSource``): A in either layout (its 6 numbers per step are
/// broadcast one by one anyway), B when its rows are contiguous (8 adjacent columns make one SIMD load).
/// For the small products of a training step packing cost as much as the arithmetic. All inner loops use
/// unsafe pointers: no bounds checks.
enum MatmulKernel {
  /// Depth of a packed block: a KC×8 B sliver (16 KiB) fits in a 32 KiB L1 data cache with the A sliver.
  static let depthBlock = 256
  /// Rows of A packed at once: MC×KC doubles (192 KiB) sit comfortably in a 512 KiB–1 MiB L2.
  static let rowBlock = 96
  /// Columns of B packed at once: KC×NC doubles (4 MiB) for the shared L3.
  static let columnBlock = 2048
  /// Below this many multiply-adds the packing and allocation outweigh the gain; the plain i-k-j loop
  /// runs instead (16³: a round guess, not tuned; below it the calls take well under a microsecond).
  static let smallProductLimit = 4096
  /// Operands of up to this many elements (512 KiB) are read in place where their layout allows; in
  /// larger ones a sliver's rows lie a long stride apart, evict each other from the caches, and packing
  /// wins. Measured on square products (GFLOPS, in place against packed): 44 against 37 at n = 64, 40
  /// against 26 at 192, 34 against 30 at 256; at n ≥ 384, in place loses about 10 %.
  static let inPlaceLimit = 65_536
  /// Multiply-adds each thread must get before a product is split: 128³ ≈ 2 million, some 50 µs of work
  /// per core against about 10 µs to wake a second one and hand it its band.
  static let parallelLimit = 1 << 21

  /// C (m×n, row-major, zero-filled or holding a partial sum) += A (m×k) · B (k×n), on up to `threads`
  /// threads (``Parallelism/threads`` unless given).
  ///
  /// A large product is cut into bands of C's rows (or columns, when C is wider than tall), one per
  /// thread, each a whole blocked product of its own with its own packing buffers. Every element of C is
  /// still summed by one thread in the same order, so the result does not depend on the thread count.
  /// Products under ``parallelLimit`` multiply-adds per thread stay on the calling thread: waking a second
  /// core costs some ten microseconds, as much as a 64×64×64 product.
  static func multiply<S: KernelScalar>(
    m: Int, n: Int, k: Int, a: StridedOperand<S>, b: StridedOperand<S>, c: UnsafeMutablePointer<S>,
    threads: Int = Parallelism.threads
  ) {
    guard m > 0, n > 0, k > 0 else { return }
    if m * n * k < smallProductLimit {
      multiplySmall(m: m, n: n, k: k, a: a, b: b, c: c)
      return
    }
    let bands = min(max(threads, 1), m * n * k / parallelLimit)
    guard bands > 1 else {
      multiplyBlocked(m: m, n: n, k: k, a: a, b: b, c: c)
      return
    }
    // Bands of whole tiles, as even as the tiles allow.
    let byRows = m >= n
    let (length, tile) = byRows ? (m, S.rowsPerTile) : (n, S.columnsPerTile)
    let tiles = (length + tile - 1) / tile
    let address = UInt(bitPattern: c)  // a pointer is not Sendable; each band writes its own part of C
    DispatchQueue.concurrentPerform(iterations: bands) { band in
      let first = min(length, tiles * band / bands * tile), last = min(length, tiles * (band + 1) / bands * tile)
      guard first < last, let c = UnsafeMutablePointer<S>(bitPattern: address) else { return }
      if byRows {
        let aBand = StridedOperand(base: a.base + first * a.rowStride, rowStride: a.rowStride, columnStride: a.columnStride)
        multiplyBlocked(m: last - first, n: n, k: k, a: aBand, b: b, c: c + first * n, rowStride: n)
      } else {
        let bBand = StridedOperand(base: b.base + first * b.columnStride, rowStride: b.rowStride, columnStride: b.columnStride)
        multiplyBlocked(m: m, n: last - first, k: k, a: a, b: bBand, c: c + first, rowStride: n)
      }
    }
  }

  /// The blocked product on the calling thread; C's rows lie `rowStride` apart (n unless C is a band of a
  /// wider matrix).
  static func multiplyBlocked<S: KernelScalar>(
    m: Int, n: Int, k: Int, a: StridedOperand<S>, b: StridedOperand<S>, c: UnsafeMutablePointer<S>, rowStride: Int? = nil
  ) {
    let tileRows = S.rowsPerTile, tileColumns = S.columnsPerTile
    let ldc = rowStride ?? n
    let aInPlace = (a.rowStride == 1 || a.columnStride == 1) && m * k <= inPlaceLimit
    let bInPlace = b.columnStride == 1 && k * n <= inPlaceLimit
    // Buffers sized to this product, not to whole blocks, and only for an operand that is packed: the small
    // products of a training step, read in place, allocate nothing.
    let packedA = aInPlace ? nil : UnsafeMutablePointer<S>.allocate(capacity: roundUp(min(m, rowBlock), to: tileRows) * min(k, depthBlock))
    let packedB = bInPlace ? nil : UnsafeMutablePointer<S>.allocate(capacity: min(k, depthBlock) * roundUp(min(n, columnBlock), to: tileColumns))
    defer { packedA?.deallocate(); packedB?.deallocate() }
    for jc in stride(from: 0, to: n, by: columnBlock) {
      let nc = min(columnBlock, n - jc)
      for pc in stride(from: 0, to: k, by: depthBlock) {
        let kc = min(depthBlock, k - pc)
        if let packedB { packB(b, rows: pc..<pc + kc, columns: jc..<jc + nc, into: packedB) }
        let bSource = SliverSource(
          direct: bInPlace ? b.base + pc * b.rowStride + jc : nil, directStride: b.rowStride, directStep: 1,
          directCount: bInPlace ? nc : 0, packed: UnsafePointer(packedB), width: tileColumns)
        for ic in stride(from: 0, to: m, by: rowBlock) {
          let mc = min(rowBlock, m - ic)
          if let packedA { packA(a, rows: ic..<ic + mc, columns: pc..<pc + kc, into: packedA) }
          let aSource = SliverSource(
            direct: aInPlace ? a.base + ic * a.rowStride + pc * a.columnStride : nil, directStride: a.columnStride,
            directStep: a.rowStride, directCount: aInPlace ? mc : 0, packed: UnsafePointer(packedA), width: tileRows)
          macroKernel(rows: mc, columns: nc, depth: kc, a: aSource, b: bSource, c: c + ic * ldc + jc, rowStride: ldc)
        }
      }
    }
  }

  /// Walks the register tile over an mc×nc block of C.
  static func macroKernel<S: KernelScalar>(
    rows: Int, columns: Int, depth: Int, a: SliverSource<S>, b: SliverSource<S>, c: UnsafeMutablePointer<S>, rowStride: Int
  ) {
    let tileRows = S.rowsPerTile, tileColumns = S.columnsPerTile
    for jr in stride(from: 0, to: columns, by: tileColumns) {
      let bSliver = b.sliver(at: jr, depth: depth)
      let width = min(tileColumns, columns - jr)
      for ir in stride(from: 0, to: rows, by: tileRows) {
        let aSliver = a.sliver(at: ir, depth: depth), tile = c + ir * rowStride + jr
        let height = min(tileRows, rows - ir)
        if S.self == Double.self && height == tileRows && width == tileColumns {
          // The Double tile, written out register by register (the same type: the casts change nothing).
          MatmulMicrokernel.accumulateTile(
            depth: depth, a: unsafeBitCast(aSliver, to: MatmulMicrokernel.Sliver<Double>.self),
            b: unsafeBitCast(bSliver, to: MatmulMicrokernel.Sliver<Double>.self),
            c: UnsafeMutableRawPointer(tile).assumingMemoryBound(to: Double.self), rowStride: rowStride)
        } else {
          MatmulMicrokernel.accumulateEdge(
            rows: height, columns: width, depth: depth, a: aSliver, b: bSliver, c: tile, rowStride: rowStride)
        }
      }
    }
  }

  /// Copies A[rows, columns] into slivers of 6 rows: sliver s holds, for each p, A[s·6 + 0..<6, p].
  static func packA<S: KernelScalar>(_ a: StridedOperand<S>, rows: Range<Int>, columns: Range<Int>, into packed: UnsafeMutablePointer<S>) {
    packSlivers(a.transposed, depth: columns, across: rows, width: S.rowsPerTile, into: packed)
  }

  /// Copies B[rows, columns] into slivers of 8 columns: sliver s holds, for each p, B[p, s·8 + 0..<8].
  static func packB<S: KernelScalar>(_ b: StridedOperand<S>, rows: Range<Int>, columns: Range<Int>, into packed: UnsafeMutablePointer<S>) {
    packSlivers(b, depth: rows, across: columns, width: S.columnsPerTile, into: packed)
  }

  /// Copies X[depth, across] sliver by sliver: `width` consecutive `across` indices for each depth index
  /// p, zero-padded where the last sliver runs past the edge.
  static func packSlivers<S: KernelScalar>(
    _ x: StridedOperand<S>, depth: Range<Int>, across: Range<Int>, width: Int, into packed: UnsafeMutablePointer<S>
  ) {
    var destination = packed
    for sliverStart in stride(from: across.lowerBound, to: across.upperBound, by: width) {
      let filled = min(width, across.upperBound - sliverStart)
      for p in depth {
        for j in 0..<filled { destination[j] = x[p, sliverStart + j] }
        for j in filled..<width { destination[j] = 0 }
        destination += width
      }
    }
  }

  /// The i-k-j loop on strided operands, for products too small to repay packing.
  static func multiplySmall<S: KernelScalar>(
    m: Int, n: Int, k: Int, a: StridedOperand<S>, b: StridedOperand<S>, c: UnsafeMutablePointer<S>
  ) {
    for i in 0..<m {
      let row = c + i * n
      for p in 0..<k {
        let aip = a[i, p]
        for j in 0..<n { row[j] += aip * b[p, j] }
      }
    }
  }

  static func roundUp(_ value: Int, to multiple: Int) -> Int { (value + multiple - 1) / multiple * multiple }
}
