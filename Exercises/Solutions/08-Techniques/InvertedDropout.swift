import NeuralKit

/// Reference answer to `Exercises/08-Techniques/InvertedDropout.swift`: keep with probability 1 − p and
/// divide by 1 − p while training; the identity in evaluation.
public func dropout(
  _ input: Matrix, dropProbability p: Double, training: Bool, generator: inout SeededGenerator
) -> Matrix {
  guard training, p > 0 else { return input }
  guard p < 1 else { return Matrix(rows: input.rows, columns: input.columns) }
  var output: [Double] = []
  for x in input.storage {
    output.append(generator.nextUniform() < p ? 0 : x / (1 - p))
  }
  return Matrix(rows: input.rows, columns: input.columns, storage: output)
}
