import NeuralKit

/// Reference answer to `Exercises/05-ForwardBackward/DenseForward.swift`: Y = XW + b.
public func denseForward(input: Matrix, weights: Matrix, bias: Matrix) -> Matrix {
  var output = input.matmul(weights)
  for r in 0..<output.rows {
    for c in 0..<output.columns { output[r, c] += bias[0, c] }
  }
  return output
}
