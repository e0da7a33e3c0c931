import NeuralKit

/// Reference answer to `Exercises/06-MLP/Accuracy.swift`: the fraction of rows whose first largest logit
/// is the label.
public func accuracy(logits: Matrix, labels: [Int]) -> Double {
  guard !labels.isEmpty else { return 0 }
  var correct = 0
  for (r, label) in labels.enumerated() {
    var best = 0
    for c in 1..<max(logits.columns, 1) where logits[r, c] > logits[r, best] { best = c }
    if best == label { correct += 1 }
  }
  return Double(correct) / Double(labels.count)
}
