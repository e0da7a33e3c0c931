/// A table of examples: one row of `features` per example, with a class label or a regression target.
///
/// ```
///   features  X ∈ ℝⁿˣᵈ        row i is example xᵢ
///   labels    yᵢ ∈ {0, …, K−1}  (classification; K = classCount)
///   targets   T ∈ ℝⁿˣᵏ        one-hot labels, Tᵢⱼ = [yᵢ = j]   (classification)
///                             or the regression targets          (regression, classCount = 0)
/// ```
/// `targets` is what a loss compares the network's output with, so training code never needs to ask
/// which kind of set it holds; `labels` is what accuracy counts.
public struct Dataset: Equatable, Sendable {
  /// A short name for messages and pages, `digits` or `two-moons`.
  public var name: String
  /// n×d inputs.
  public let features: Matrix
  /// n×k targets: one-hot labels for a classification set, the target values for a regression set.
  public let targets: Matrix
  /// The class of each example, 0 ..< classCount; empty for a regression set.
  public let labels: [Int]
  /// Number of classes K; 0 for a regression set.
  public let classCount: Int

  /// A classification set; every label must lie in 0 ..< classCount.
  public init(name: String, features: Matrix, labels: [Int], classCount: Int) {
    precondition(classCount > 0, "A classification set needs at least one class")
    precondition(
      labels.count == features.rows, "Dataset: features \(features.shapeDescription) but \(labels.count) labels")
    self.name = name
    self.features = features
    self.labels = labels
    self.classCount = classCount
    self.targets = oneHot(labels, classCount: classCount)
  }

  /// A regression set with one row of `targets` per row of `features`.
  public init(name: String, features: Matrix, targets: Matrix) {
    precondition(
      targets.rows == features.rows,
      "Dataset: features \(features.shapeDescription) and targets \(targets.shapeDescription) differ in rows")
    self.name = name
    self.features = features
    self.targets = targets
    self.labels = []
    self.classCount = 0
  }

  /// Number of examples n.
  public var count: Int { features.rows }
  /// Number of input features d.
  public var featureCount: Int { features.columns }
  /// True for a classification set (labels and classCount > 0).
  public var isClassification: Bool { classCount > 0 }

  /// How many examples each class has, indexed by class; empty for a regression set.
  var classCounts: [Int] {
    var counts = [Int](repeating: 0, count: classCount)
    for label in labels { counts[label] += 1 }
    return counts
  }

  /// The examples at `indices`, in that order (an index may repeat).
  public func subset(_ indices: [Int], name: String? = nil) -> Dataset {
    let features = features.gatheringRows(indices)
    if isClassification {
      return Dataset(
        name: name ?? self.name, features: features, labels: indices.map { labels[$0] }, classCount: classCount)
    }
    return Dataset(name: name ?? self.name, features: features, targets: targets.gatheringRows(indices))
  }

  /// The same examples with every feature multiplied by `factor` (digits: `1.0 / 16` maps 0…16 to 0…1).
  public func scalingFeatures(by factor: Double) -> Dataset {
    if isClassification {
      return Dataset(name: name, features: features * factor, labels: labels, classCount: classCount)
    }
    return Dataset(name: name, features: features * factor, targets: targets)
  }
}

/// One-hot encoding: row i of the n×K result is the unit vector e_{labels[i]}.
///
/// ```
///   oneHot([2, 0], classCount: 3) = ┌ 0 0 1 ┐
///                                   └ 1 0 0 ┘
/// ```
public func oneHot(_ labels: [Int], classCount: Int) -> Matrix {
  var result = Matrix(rows: labels.count, columns: classCount)
  for (row, label) in labels.enumerated() {
    precondition(label >= 0 && label < classCount, "Label \(label) outside 0..<\(classCount)")
    result[row, label] = 1
  }
  return result
}

extension Matrix {
  /// The rows at `indices`, in that order: numpy's `X[indices]`.
  public func gatheringRows(_ indices: [Int]) -> Matrix {
    var values = [Double]()
    values.reserveCapacity(indices.count * columns)
    for index in indices {
      precondition(index >= 0 && index < rows, "Row \(index) out of range for \(shapeDescription)")
      values.append(contentsOf: storage[index * columns..<(index + 1) * columns])
    }
    return Matrix(rows: indices.count, columns: columns, storage: values)
  }
}
