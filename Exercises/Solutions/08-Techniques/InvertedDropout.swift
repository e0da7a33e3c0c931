import NeuralKit

/// Reference answer to `Exercises/08-Techniques/InvertedDropout.swift`: keep with probability 1 − p and
/// divide by 1 − p while training; the identity in evaluation.
public func dropout(
  _ input: Matrix, dropProbability p: Double, training: Bool, generator: inout SeededGenerator
) -> Matrix {
  guard training, p > 0 else { return input }
  guard p < 1 else { return Matrix(rows: input.rows, columns: input.columns) }
  var output = input
  for i in output.storage.indices {
    output.storage[i] = generator.nextUniform() < p ? 0 : input.storage[i] / (1 - p)
  }
  return output
}
