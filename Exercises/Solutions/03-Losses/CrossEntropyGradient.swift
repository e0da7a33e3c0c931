import NeuralKit

/// Reference answer to `Exercises/03-Losses/CrossEntropyGradient.swift`: (softmax(z) − one-hot(y))/n.
public func crossEntropyGradient(logits: Matrix, labels: [Int]) -> Matrix {
  var gradient = softmax(logits)
  for (r, label) in labels.enumerated() { gradient[r, label] -= 1 }
  let n = Double(labels.count)
  return Matrix(rows: gradient.rows, columns: gradient.columns, storage: gradient.storage.map { $0 / n })
}
