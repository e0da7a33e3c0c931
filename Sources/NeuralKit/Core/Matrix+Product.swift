/// The matrix product.
extension Matrix {
  /// The matrix product C = A·B with C[i, j] = Σₖ A[i, k]·B[k, j].
  ///
  /// `A.columns` must equal `B.rows`. The loops run in i-k-j order so that the innermost loop walks
  /// both B and C along a row: contiguous memory, which the compiler vectorizes.
  public func matmul(_ other: Matrix) -> Matrix {
    precondition(
      columns == other.rows,
      "matmul: shapes \(shapeDescription) and \(other.shapeDescription) are not aligned")
    let n = rows, inner = columns, m = other.columns
    var result = [Double](repeating: 0, count: n * m)
    storage.withUnsafeBufferPointer { a in
      other.storage.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { c in
          for i in 0..<n {
            for k in 0..<inner {
              let aik = a[i * inner + k]
              for j in 0..<m { c[i * m + j] += aik * b[k * m + j] }
            }
          }
        }
      }
    }
    return Matrix(rows: n, columns: m, storage: result)
  }

  /// The dot product of two equally long vectors, Σᵢ xᵢ·yᵢ.
  public static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: lengths \(x.count) and \(y.count) differ")
    var total = 0.0
    for i in x.indices { total += x[i] * y[i] }
    return total
  }
}
