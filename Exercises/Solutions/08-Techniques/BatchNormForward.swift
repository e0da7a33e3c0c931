import NeuralKit

/// Reference answer to `Exercises/08-Techniques/BatchNormForward.swift`: γ·(x − μ)/√(σ² + ε) + β per column.
public func batchNormForward(input: Matrix, gamma: [Double], beta: [Double], epsilon: Double) -> Matrix {
  var output = input
  for c in 0..<input.columns {
    let (mean, variance) = columnStatistics(input, c)
    let scale = (variance + epsilon).squareRoot()
    for r in 0..<input.rows { output[r, c] = gamma[c] * (input[r, c] - mean) / scale + beta[c] }
  }
  return output
}

/// The mean and the biased variance (divided by n) of column `c`.
func columnStatistics(_ x: Matrix, _ c: Int) -> (mean: Double, variance: Double) {
  let column = x.column(c), n = Double(x.rows)
  let mean = column.reduce(0, +) / n
  return (mean, column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n)
}
