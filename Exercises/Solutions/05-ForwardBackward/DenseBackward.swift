import NeuralKit

/// Reference answer to `Exercises/05-ForwardBackward/DenseBackward.swift`: G·Wᵀ, XᵀG and G's column sums.
public func denseBackward(
  input: Matrix, weights: Matrix, outputGradient: Matrix
) -> (inputGradient: Matrix, weightsGradient: Matrix, biasGradient: Matrix) {
  var biasGradient = Matrix(rows: 1, columns: outputGradient.columns)
  for r in 0..<outputGradient.rows {
    for c in 0..<outputGradient.columns { biasGradient[0, c] += outputGradient[r, c] }
  }
  return (outputGradient.matmul(weights.transposed()), input.transposed().matmul(outputGradient), biasGradient)
}
