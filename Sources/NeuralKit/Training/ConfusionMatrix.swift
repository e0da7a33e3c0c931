/// Counts of (true class, predicted class) pairs.
///
/// ```
///   C[i][j] = #{ examples of class i predicted as j }      accuracy = Σᵢ C[i][i] / Σᵢⱼ C[i][j]
/// ```
/// Row i sums to the number of examples of class i. Introduced in chapter 06.
public struct ConfusionMatrix: Equatable, Sendable {
  public private(set) var counts: [[Int]]

  public init(labels: [Int], predictions: [Int], classCount: Int) {
    precondition(labels.count == predictions.count, "\(labels.count) labels but \(predictions.count) predictions")
    counts = Array(repeating: Array(repeating: 0, count: classCount), count: classCount)
    for (label, prediction) in zip(labels, predictions) { counts[label][prediction] += 1 }
  }

  public var classCount: Int { counts.count }
  public var total: Int { counts.joined().reduce(0, +) }
  public var correct: Int { counts.indices.reduce(0) { $0 + counts[$1][$1] } }
  public var accuracy: Double { total == 0 ? 0 : Double(correct) / Double(total) }

  /// The largest off-diagonal count: (true, predicted, count), the commonest confusion.
  public var commonestMistake: (label: Int, prediction: Int, count: Int)? {
    var best: (Int, Int, Int)?
    for i in counts.indices {
      for j in counts.indices where i != j && counts[i][j] > (best?.2 ?? 0) { best = (i, j, counts[i][j]) }
    }
    return best
  }
}
