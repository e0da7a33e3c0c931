@testable import NeuralKit
import TestSupport
import Testing

@Suite("Seeded shuffling, splits and minibatches")
struct DataSplitTests {
  /// A set whose only feature is the row's index, so a subset shows which rows it took.
  static func indexed(_ count: Int) -> Dataset {
    let features = Matrix(columnVector: (0..<count).map(Double.init))
    return Dataset(name: "indexed", features: features, labels: (0..<count).map { $0 % 3 }, classCount: 3)
  }

  static func rowIndices(_ set: Dataset) -> [Int] { set.features.storage.map { Int($0) } }

  /// Train sizes from scikit-learn 1.9.1, `len(train_test_split(np.arange(n), test_size=1 - f)[0])`.
  @Test(
    "train sizes match scikit-learn's train_test_split",
    arguments: [
      (1797, 0.8, 1437), (1000, 0.8, 800), (5, 0.8, 4), (10, 0.75, 7), (3, 0.5, 1), (101, 0.9, 90), (7, 0.3, 2),
    ])
  func trainSizes(count: Int, fraction: Double, trainCount: Int) {
    #expect(Dataset.trainCount(of: count, trainFraction: fraction) == trainCount)
  }

  @Test("the digits split 80/20 into 1437 and 360, keeping every example once")
  func digitsSplit() throws {
    let digits = try loadDigits()
    var generator = SeededGenerator(seed: 6)
    let (train, test) = digits.split(using: &generator)
    #expect(train.count == 1437 && test.count == 360)
    #expect(train.name == "digits-train" && test.name == "digits-test")
    let counts = zip(train.classCounts, test.classCounts).map(+)
    #expect(counts == digits.classCounts)
  }

  @Test("a split is disjoint and covering, fixed by its seed", arguments: [1, 2, 99] as [UInt64])
  func splitDeterminism(seed: UInt64) {
    let set = Self.indexed(50)
    var a = SeededGenerator(seed: seed), b = SeededGenerator(seed: seed), c = SeededGenerator(seed: seed + 1000)
    let first = set.split(using: &a), again = set.split(using: &b), other = set.split(using: &c)
    let train = Self.rowIndices(first.train), test = Self.rowIndices(first.test)
    #expect(Set(train).isDisjoint(with: test))
    #expect((train + test).sorted() == Array(0..<50))
    #expect(first.train == again.train && first.test == again.test)
    #expect(Self.rowIndices(other.train) != train)
    // Labels travel with their rows.
    #expect(first.train.labels == train.map { $0 % 3 })
  }

  @Test("shuffling permutes rows with their labels and is fixed by its seed")
  func shuffling() {
    let set = Self.indexed(20)
    var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5)
    let shuffled = set.shuffled(using: &a)
    let order = Self.rowIndices(shuffled)
    #expect(order.sorted() == Array(0..<20) && order != Array(0..<20))
    #expect(shuffled.labels == order.map { $0 % 3 })
    #expect(shuffled == set.shuffled(using: &b))
    // The generator's next draw gives a different order (a new epoch).
    #expect(Self.rowIndices(set.shuffled(using: &a)) != order)
  }

  @Test("an epoch's minibatches cover every row once, the last one shorter")
  func minibatches() {
    let set = Self.indexed(10)
    var generator = SeededGenerator(seed: 3)
    let batches = set.batches(of: 4, using: &generator)
    #expect(batches.map(\.count) == [4, 4, 2])
    #expect(batches.flatMap(\.indices).sorted() == Array(0..<10))
    for batch in batches {
      #expect(batch.features.storage == batch.indices.map(Double.init))
      #expect(batch.labels == batch.indices.map { $0 % 3 })
      #expect(batch.targets == oneHot(batch.labels, classCount: 3))
    }
    var replay = SeededGenerator(seed: 3)
    #expect(Dataset.minibatchIndices(count: 10, batchSize: 4, using: &replay) == batches.map(\.indices))
    #expect(set.batches(of: 4).map(\.indices) == [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]])
  }

  @Test("a regression subset keeps its target rows")
  func regressionSubset() {
    let set = Dataset(
      name: "r", features: Matrix([[1], [2], [3]]), targets: Matrix([[10, 11], [20, 21], [30, 31]]))
    let subset = set.subset([2, 0])
    #expect(!subset.isClassification && subset.labels.isEmpty && subset.classCount == 0)
    #expect(subset.targets == Matrix([[30, 31], [10, 11]]))
    #expect(set.batch(at: [1]).targets == Matrix([[20, 21]]))
  }
}
