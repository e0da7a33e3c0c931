/// The textbook matrix products, kept as readable references for the blocked kernel.
///
/// Both compute C = A·B with C[i, j] = Σₖ A[i, k]·B[k, j], summing over k in increasing order, and both
/// do exactly n·m·k multiply-adds, 2·n·m·k floating-point operations. They differ only in loop order:
///
/// ```
///   naive (i-j-k):      for i { for j { for k { c[i,j] += a[i,k]·b[k,j] } } }   B walked down a column
///   reordered (i-k-j):  for i { for k { for j { c[i,j] += a[i,k]·b[k,j] } } }   B and C walked along rows
/// ```
///
/// In row-major storage, B's column is strided by `m` doubles: every step of the naive inner loop touches
/// a new cache line. The reordered inner loop reads and writes contiguous memory, which the compiler turns
/// into SIMD loads and stores. Each C[i, j] still sees its terms in the same order, so the two agree bit
/// for bit.
extension Matrix {
  /// The i-j-k triple loop: one dot product of a row of A with a column of B per element of C.
  public func matmulNaive(_ other: Matrix) -> Matrix {
    productWithBuffers(other) { a, b, c, n, inner, m in
      // snippet: naive-loop
      for i in 0..<n {
        let aRow = a + i * inner, cRow = c + i * m
        for j in 0..<m {
          var total = 0.0, bkj = b + j  // walks down column j of B, m doubles per step
          for k in 0..<inner {
            total += aRow[k] * bkj.pointee
            bkj += m
          }
          cRow[j] = total
        }
      }
      // snippet end
    }
  }

  /// The i-k-j loop: row i of C accumulates A[i, k] times row k of B.
  public func matmulReordered(_ other: Matrix) -> Matrix {
    productWithBuffers(other) { a, b, c, n, inner, m in
      // snippet: reordered-loop
      for i in 0..<n {
        let aRow = a + i * inner, cRow = c + i * m
        for k in 0..<inner {
          let aik = aRow[k], bRow = b + k * m
          for j in 0..<m { cRow[j] += aik * bRow[j] }
        }
      }
      // snippet end
    }
  }

  /// Runs `loops(a, b, c, n, k, m)` on the storage of self (n×k), other (k×m) and a zero-filled n×m
  /// result, and returns the result.
  ///
  /// The loops index raw pointers: no bounds checks, and no overflow checks on `i·m + j` that would stop
  /// the compiler from vectorizing the inner loop. An empty operand skips the loops: the product of an
  /// n×0 and a 0×m matrix is the n×m zero matrix.
  private func productWithBuffers(
    _ other: Matrix,
    _ loops: (UnsafePointer<Double>, UnsafePointer<Double>, UnsafeMutablePointer<Double>, Int, Int, Int) -> Void
  ) -> Matrix {
    requireAlignedForProduct(other)
    let n = rows, inner = columns, m = other.columns
    var result = [Double](repeating: 0, count: n * m)
    storage.withUnsafeBufferPointer { aBuffer in
      other.storage.withUnsafeBufferPointer { bBuffer in
        result.withUnsafeMutableBufferPointer { cBuffer in
          guard n * m * inner > 0, let a = aBuffer.baseAddress, let b = bBuffer.baseAddress,
            let c = cBuffer.baseAddress
          else { return }
          loops(a, b, c, n, inner, m)
        }
      }
    }
    return Matrix(rows: n, columns: m, storage: result)
  }

  /// Stops with a message naming both shapes unless `self.columns == other.rows`.
  func requireAlignedForProduct(_ other: Matrix, _ operation: String = "matmul") {
    precondition(
      columns == other.rows,
      "\(operation): shapes \(shapeDescription) and \(other.shapeDescription) are not aligned")
  }
}
