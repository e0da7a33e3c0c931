/// Seeded shuffling, train/test splits and minibatches.
extension Dataset {
  /// The same examples in a random order drawn from `generator` (Fisher–Yates).
  public func shuffled(using generator: inout SeededGenerator) -> Dataset {
    subset(Dataset.shuffledIndices(count: count, using: &generator))
  }

  /// A random split into a training and a test set, like scikit-learn's `train_test_split`.
  ///
  /// ```
  ///   n_test = ⌈(1 − trainFraction)·n⌉,   n_train = n − n_test      (digits: 1797 → 1437 + 360)
  /// ```
  /// The indices are shuffled once with `generator`; the first n_train go to training. The two sets are
  /// disjoint and together hold every example once. Not stratified: class proportions vary a little.
  public func split(
    trainFraction: Double = 0.8, using generator: inout SeededGenerator
  ) -> (train: Dataset, test: Dataset) {
    precondition(trainFraction > 0 && trainFraction < 1, "trainFraction must lie in (0, 1), got \(trainFraction)")
    let indices = Dataset.shuffledIndices(count: count, using: &generator)
    let trainCount = Dataset.trainCount(of: count, trainFraction: trainFraction)
    return (
      subset(Array(indices[..<trainCount]), name: name + "-train"),
      subset(Array(indices[trainCount...]), name: name + "-test")
    )
  }

  /// n_train = n − ⌈(1 − trainFraction)·n⌉, with the product rounded to 9 digits first so that, say,
  /// 0.2·1000 = 199.99999999999997 still counts as 200.
  public static func trainCount(of count: Int, trainFraction: Double) -> Int {
    let testShare = ((1 - trainFraction) * Double(count) * 1e9).rounded() / 1e9
    return count - Int(testShare.rounded(.up))
  }

  /// 0 ..< count in a random order drawn from `generator`.
  public static func shuffledIndices(count: Int, using generator: inout SeededGenerator) -> [Int] {
    var indices = Array(0..<count)
    generator.shuffle(&indices)
    return indices
  }

  /// The row indices of one epoch's minibatches: 0 ..< count shuffled with `generator`, cut into runs of
  /// `batchSize` (the last one shorter when `batchSize` does not divide `count`). Call once per epoch.
  public static func minibatchIndices(
    count: Int, batchSize: Int, using generator: inout SeededGenerator
  ) -> [[Int]] {
    chunks(shuffledIndices(count: count, using: &generator), of: batchSize)
  }

  /// One epoch of minibatches in a random order drawn from `generator`; call once per epoch.
  public func batches(of batchSize: Int, using generator: inout SeededGenerator) -> [Batch] {
    Dataset.minibatchIndices(count: count, batchSize: batchSize, using: &generator).map(batch(at:))
  }

  /// Minibatches in the stored order (for evaluation, where order does not matter).
  public func batches(of batchSize: Int) -> [Batch] {
    Dataset.chunks(Array(0..<count), of: batchSize).map(batch(at:))
  }

  /// The examples at `indices` as a ``Batch``.
  public func batch(at indices: [Int]) -> Batch {
    Batch(
      indices: indices, features: features.gatheringRows(indices), targets: targets.gatheringRows(indices),
      labels: isClassification ? indices.map { labels[$0] } : [])
  }

  private static func chunks(_ indices: [Int], of size: Int) -> [[Int]] {
    precondition(size > 0, "Batch size must be positive, got \(size)")
    return stride(from: 0, to: indices.count, by: size).map {
      Array(indices[$0..<min($0 + size, indices.count)])
    }
  }
}

/// A minibatch: some rows of a ``Dataset``.
public struct Batch: Equatable, Sendable {
  /// The rows of the dataset this batch holds, in batch order.
  public let indices: [Int]
  /// b×d inputs.
  public let features: Matrix
  /// b×k targets (one-hot for classification).
  public let targets: Matrix
  /// The class of each row; empty for regression.
  public let labels: [Int]

  /// Number of examples b.
  public var count: Int { indices.count }
}
