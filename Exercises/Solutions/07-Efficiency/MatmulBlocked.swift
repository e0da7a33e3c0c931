import NeuralKit

/// Reference answer to `Exercises/07-Efficiency/MatmulBlocked.swift`: i-k-j inside tiles of blockSize.
public func matmulBlocked(_ a: Matrix, _ b: Matrix, blockSize: Int) -> Matrix {
  let n = a.rows, inner = a.columns, m = b.columns
  var c = Matrix(rows: n, columns: m)
  for i0 in stride(from: 0, to: n, by: blockSize) {
    for k0 in stride(from: 0, to: inner, by: blockSize) {
      for j0 in stride(from: 0, to: m, by: blockSize) {
        for i in i0..<min(i0 + blockSize, n) {
          for k in k0..<min(k0 + blockSize, inner) {
            let aik = a[i, k]
            for j in j0..<min(j0 + blockSize, m) { c[i, j] += aik * b[k, j] }
          }
        }
      }
    }
  }
  return c
}
