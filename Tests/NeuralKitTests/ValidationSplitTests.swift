@testable import NeuralKit
import TestSupport
import Testing

@Suite("Train / validation / test splits, stratified")
struct ValidationSplitTests {
  static func rowIndices(_ set: Dataset) -> [Int] { set.features.storage.map { Int($0) } }

  /// A set whose only feature is the row's index, with unbalanced classes.
  static func indexed(_ labels: [Int], classCount: Int) -> Dataset {
    let features = Matrix(columnVector: labels.indices.map(Double.init))
    return Dataset(name: "indexed", features: features, labels: labels, classCount: classCount)
  }

  @Test("the digits split 1077 / 360 / 360; every digit is shared out in proportion, to within one or two images")
  func digits() throws {
    let digits = try loadDigits()
    var generator = SeededGenerator(seed: 42)
    let (train, validation, test) = digits.split(validationFraction: 0.2, testFraction: 0.2, using: &generator)
    #expect((train.count, validation.count, test.count) == (1077, 360, 360))
    #expect(train.name == "digits-train" && validation.name == "digits-validation" && test.name == "digits-test")
    for (set, fraction, slack) in [(test, 0.2, 1.0), (validation, 0.2, 2.0), (train, 0.6, 2.0)] {
      for (have, whole) in zip(set.classCounts, digits.classCounts) {
        #expect(abs(Double(have) - fraction * Double(whole)) < slack, "\(set.name): \(have) of \(whole)")
      }
    }
    #expect(zip(zip(train.classCounts, validation.classCounts).map(+), test.classCounts).map(+) == digits.classCounts)
  }

  @Test("a split is disjoint and covering, keeps labels with rows, and is fixed by its seed", arguments: [false, true])
  func disjoint(stratified: Bool) {
    let labels = (0..<103).map { $0 % 7 == 0 ? 2 : ($0 % 3 == 0 ? 1 : 0) }
    let set = Self.indexed(labels, classCount: 3)
    var a = SeededGenerator(seed: 5), b = SeededGenerator(seed: 5), c = SeededGenerator(seed: 6)
    let first = set.split(validationFraction: 0.15, testFraction: 0.25, stratified: stratified, using: &a)
    let again = set.split(validationFraction: 0.15, testFraction: 0.25, stratified: stratified, using: &b)
    let other = set.split(validationFraction: 0.15, testFraction: 0.25, stratified: stratified, using: &c)
    let parts = [first.train, first.validation, first.test].map(Self.rowIndices)
    #expect(parts.map(\.count) == [103 - 16 - 26, 16, 26])  // ⌈0.15·103⌉ = 16, ⌈0.25·103⌉ = 26
    #expect(parts.flatMap { $0 }.sorted() == Array(0..<103))
    #expect(first.train == again.train && first.validation == again.validation && first.test == again.test)
    #expect(Self.rowIndices(other.test) != parts[2])
    for (part, subset) in zip(parts, [first.train, first.validation, first.test]) {
      #expect(subset.labels == part.map { labels[$0] })
    }
  }

  @Test("allocate: group and class totals exact; shares within one of proportional (first group), two (the rest)",
        arguments: [([10, 10, 10], [18, 6, 6]), ([1, 2, 97], [60, 20, 20]), ([5, 0, 3], [4, 3, 1]), ([3], [1, 1, 1]),
                    ([178, 182, 177, 183, 181, 182, 181, 179, 174, 180], [1077, 360, 360])])
  func allocate(classCounts: [Int], sizes: [Int]) {
    let counts = Dataset.allocate(classCounts: classCounts, sizes: sizes)
    #expect(counts.map { $0.reduce(0, +) } == sizes)
    #expect(classCounts.indices.map { c in counts.map { $0[c] }.reduce(0, +) } == classCounts)
    let total = Double(classCounts.reduce(0, +))
    for (g, size) in sizes.enumerated() {
      for (c, n) in classCounts.enumerated() {
        let slack = g == 0 ? 1.0 : 2.0
        #expect(abs(Double(counts[g][c]) - Double(size) * Double(n) / total) < slack, "group \(g), class \(c)")
      }
    }
  }

  @Test("a stratified sample of 200 digits holds about 20 of each")
  func sample() throws {
    let digits = try loadDigits()
    var generator = SeededGenerator(seed: 1)
    let small = digits.sample(200, using: &generator)
    #expect(small.count == 200 && small.classCounts.allSatisfy { (18...22).contains($0) })
    #expect(Set(small.features.nestedRows.map { $0.description }).count <= 200)
  }

  @Test("a regression set splits without classes")
  func regression() {
    let values = Matrix(columnVector: (0..<10).map(Double.init))
    let set = Dataset(name: "r", features: values, targets: values)
    var generator = SeededGenerator(seed: 2)
    let (train, validation, test) = set.split(validationFraction: 0.2, testFraction: 0.2, using: &generator)
    #expect((train.count, validation.count, test.count) == (6, 2, 2))
    #expect((Self.rowIndices(train) + Self.rowIndices(validation) + Self.rowIndices(test)).sorted() == Array(0..<10))
    #expect(train.targets == train.features)
  }
}
