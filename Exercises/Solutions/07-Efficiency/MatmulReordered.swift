import NeuralKit

/// Reference answer to `Exercises/07-Efficiency/MatmulReordered.swift`: the i-k-j loop.
public func matmulReordered(_ a: Matrix, _ b: Matrix) -> Matrix {
  var c = Matrix(rows: a.rows, columns: b.columns)
  for i in 0..<a.rows {
    for k in 0..<a.columns {
      let aik = a[i, k]
      for j in 0..<b.columns { c[i, j] += aik * b[k, j] }
    }
  }
  return c
}
