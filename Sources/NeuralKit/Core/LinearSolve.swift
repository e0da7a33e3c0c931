/// Solves the square system A·x = b by Gaussian elimination with partial pivoting.
///
/// Returns `nil` when A is singular to working precision (a pivot below `1e-300` in magnitude).
public func solveLinearSystem(_ a: Matrix, _ b: [Double]) -> [Double]? {
  precondition(a.rows == a.columns, "solveLinearSystem: A must be square, got \(a.shapeDescription)")
  precondition(a.rows == b.count, "solveLinearSystem: A is \(a.shapeDescription) but b has \(b.count) entries")
  let n = b.count
  var m = a
  var x = b
  for column in 0..<n {
    // Partial pivoting: the largest remaining entry keeps the multipliers ≤ 1 and rounding error bounded.
    let pivot = (column..<n).max { abs(m[$0, column]) < abs(m[$1, column]) } ?? column
    guard abs(m[pivot, column]) > 1e-300 else { return nil }
    if pivot != column {
      for j in 0..<n { (m[column, j], m[pivot, j]) = (m[pivot, j], m[column, j]) }
      x.swapAt(column, pivot)
    }
    for row in (column + 1)..<n {
      let factor = m[row, column] / m[column, column]
      for j in column..<n { m[row, j] -= factor * m[column, j] }
      x[row] -= factor * x[column]
    }
  }
  for row in stride(from: n - 1, through: 0, by: -1) {
    var total = x[row]
    for j in (row + 1)..<n { total -= m[row, j] * x[j] }
    x[row] = total / m[row, row]
  }
  return x
}
