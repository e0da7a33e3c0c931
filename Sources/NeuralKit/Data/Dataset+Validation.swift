/// Train, validation and test sets, seeded and stratified by class. Introduced in chapter 08.
extension Dataset {
  /// A random three-way split: choose with the validation set, report once on the test set.
  ///
  /// ```
  ///   n_test = ⌈testFraction·n⌉,   n_validation = ⌈validationFraction·n⌉,   n_train = the rest
  ///   stratified: each class is shared out in proportion (largest remainders), the test set first,
  ///               so each set holds each class as the whole does: the test set to within one
  ///               example, the others to within two
  /// ```
  /// (digits, 0.2 and 0.2: 1797 → 1077 + 360 + 360, each set about a tenth of each digit). The sets are
  /// disjoint, together hold every example once, and each is in a random order drawn from `generator`.
  /// A regression set (no classes) is split without stratification.
  public func split(
    validationFraction: Double, testFraction: Double, stratified: Bool = true, using generator: inout SeededGenerator
  ) -> (train: Dataset, validation: Dataset, test: Dataset) {
    precondition(
      validationFraction >= 0 && testFraction >= 0 && validationFraction + testFraction < 1,
      "split needs fractions ≥ 0 that leave a training set, got \(validationFraction) and \(testFraction)")
    let testCount = Self.share(testFraction, of: count), validationCount = Self.share(validationFraction, of: count)
    let groups = partition(sizes: [testCount, validationCount, count - testCount - validationCount],
                           stratified: stratified, using: &generator)
    return (subset(groups[2], name: name + "-train"), subset(groups[1], name: name + "-validation"),
            subset(groups[0], name: name + "-test"))
  }

  /// `count` examples drawn at random without replacement, stratified by class unless told otherwise (a
  /// small training set that still holds every digit in proportion).
  public func sample(_ count: Int, stratified: Bool = true, using generator: inout SeededGenerator) -> Dataset {
    precondition(count >= 0 && count <= self.count, "sample: \(count) of \(self.count) examples")
    return subset(partition(sizes: [count, self.count - count], stratified: stratified, using: &generator)[0])
  }

  /// These examples followed by `other`'s (the training and validation sets together, for the final fit
  /// once the validation set has chosen the hyper-parameters). Both must be the same kind of set.
  public func appending(_ other: Dataset, name: String? = nil) -> Dataset {
    precondition(
      featureCount == other.featureCount && classCount == other.classCount && targets.columns == other.targets.columns,
      "appending: \(self.name) and \(other.name) hold different kinds of examples")
    let features = Matrix(
      rows: count + other.count, columns: featureCount, storage: features.storage + other.features.storage)
    guard isClassification else {
      let targets = Matrix(
        rows: features.rows, columns: self.targets.columns, storage: self.targets.storage + other.targets.storage)
      return Dataset(name: name ?? self.name, features: features, targets: targets)
    }
    return Dataset(name: name ?? self.name, features: features, labels: labels + other.labels, classCount: classCount)
  }

  /// ⌈fraction·n⌉, with the product rounded to 9 digits first (0.2·1000 = 199.99999999999997 is 200).
  static func share(_ fraction: Double, of count: Int) -> Int {
    Int(((fraction * Double(count) * 1e9).rounded() / 1e9).rounded(.up))
  }

  /// Row indices cut into groups of the given sizes (which add up to `count`), each group shuffled.
  /// Stratified: each class's rows are shuffled and dealt to the groups in the counts ``allocate``
  /// gives; otherwise all rows are shuffled once and cut.
  func partition(sizes: [Int], stratified: Bool, using generator: inout SeededGenerator) -> [[Int]] {
    precondition(sizes.reduce(0, +) == count && sizes.allSatisfy { $0 >= 0 }, "partition: \(sizes) for \(count) rows")
    guard stratified && isClassification else {
      var rest = Self.shuffledIndices(count: count, using: &generator)[...]
      return sizes.map { size in
        defer { rest = rest.dropFirst(size) }
        return Array(rest.prefix(size))
      }
    }
    var byClass = [[Int]](repeating: [], count: classCount)
    for (row, label) in labels.enumerated() { byClass[label].append(row) }
    for c in byClass.indices { generator.shuffle(&byClass[c]) }
    let counts = Self.allocate(classCounts: byClass.map(\.count), sizes: sizes)
    var groups = [[Int]](repeating: [], count: sizes.count), taken = [Int](repeating: 0, count: classCount)
    for g in sizes.indices {
      for c in byClass.indices {
        groups[g] += byClass[c][taken[c]..<(taken[c] + counts[g][c])]
        taken[c] += counts[g][c]
      }
      generator.shuffle(&groups[g])
    }
    return groups
  }

  /// How many of each class go to each group: `counts[g][c]`, with every group's total equal to `sizes[g]`
  /// and every class's total equal to `classCounts[c]`. Group by group, each class gives its share of what
  /// is left of it, size·left/remaining rounded down, and the examples still missing come from the classes
  /// with the largest remainders (Hamilton's method; ties to the smaller class); the last group takes the
  /// rest. Integer arithmetic throughout, so no rounding can break a total.
  static func allocate(classCounts: [Int], sizes: [Int]) -> [[Int]] {
    var left = classCounts, counts: [[Int]] = []
    for size in sizes.dropLast() {
      let remaining = max(left.reduce(0, +), 1)
      var share = left.map { size * $0 / remaining }
      let remainders = left.map { size * $0 % remaining }
      let order = left.indices.sorted { remainders[$0] != remainders[$1] ? remainders[$0] > remainders[$1] : $0 < $1 }
      for c in order.prefix(size - share.reduce(0, +)) { share[c] += 1 }
      counts.append(share)
      left = zip(left, share).map(-)
    }
    return counts + [left]
  }
}
