/// Reference answer to `Exercises/06-MLP/ConfusionMatrix.swift`: C[label][prediction] += 1.
public func confusionMatrix(labels: [Int], predictions: [Int], classCount: Int) -> [[Int]] {
  var counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
  for (label, prediction) in zip(labels, predictions) { counts[label][prediction] += 1 }
  return counts
}
