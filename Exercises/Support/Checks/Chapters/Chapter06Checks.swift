import NeuralKit

/// Chapter 06: the minibatch training loop, accuracy from logits, a confusion matrix.
let chapter06Exercises = [
  Exercise(
    "06-mlp/minibatch-loop", "the minibatch training loop: epochs, shuffles, batches, mean loss",
    file: "06-MLP/MinibatchLoop.swift", grade: gradeMinibatchLoop),
  Exercise("06-mlp/accuracy", "accuracy from logits (argmax, ties to the first)", file: "06-MLP/Accuracy.swift", grade: gradeAccuracy),
  Exercise(
    "06-mlp/confusion-matrix", "a confusion matrix: rows true classes, columns predictions",
    file: "06-MLP/ConfusionMatrix.swift", grade: gradeConfusionMatrix),
]

/// The example order of `epoch`: a permutation drawn from a generator seeded with the epoch.
func shuffledOrder(exampleCount: Int, epoch: Int) -> [Int] {
  var generator = SeededGenerator(seed: UInt64(100 + epoch))
  var order = Array(0..<exampleCount)
  generator.shuffle(&order)
  return order
}

/// The loss the grader's `step` reports for a batch: the mean of a per-example loss (i + 1)².
func exampleLoss(_ index: Int) -> Double { Double((index + 1) * (index + 1)) }

private func gradeMinibatchLoop(_ implementations: Implementations) throws {
  for (examples, batchSize, epochs) in [(10, 4, 3), (6, 6, 2), (5, 1, 1), (3, 8, 2)] {
    var batches: [[Int]] = []
    var epochsAsked: [Int] = []
    let losses = implementations.multilayerPerceptron.trainInMinibatches(
      examples, batchSize, epochs,
      { epoch in
        epochsAsked.append(epoch)
        return shuffledOrder(exampleCount: examples, epoch: epoch)
      },
      { batch in
        batches.append(batch)
        return batch.map(exampleLoss).reduce(0, +) / Double(max(batch.count, 1))
      })
    let name = "\(examples) examples, batches of \(batchSize), \(epochs) epochs"
    try expectEqual(
      epochsAsked, Array(0..<epochs), at: "\(name): shuffledOrder was asked for epochs",
      otherwise: "ask shuffledOrder(epoch) once per epoch, for epochs 0, 1, 2, …")
    let wantBatches = (0..<epochs).flatMap { epoch in
      let order = shuffledOrder(exampleCount: examples, epoch: epoch)
      return stride(from: 0, to: examples, by: batchSize).map { Array(order[$0..<min($0 + batchSize, examples)]) }
    }
    try expectEqual(
      batches.count, wantBatches.count, at: "\(name): number of batches",
      mistakes: [Mistake(hint: "keep the last, smaller batch: every example is seen once per epoch", answer: wantBatches.filter { $0.count == batchSize }.count)],
      otherwise: "cut each epoch's order into consecutive batches of batchSize (the last may be smaller)")
    for (index, (got, want)) in zip(batches, wantBatches).enumerated() {
      try expectEqual(
        got, want, at: "\(name): batch \(index)",
        otherwise: "batch k of an epoch holds order[k·batchSize ..< min((k + 1)·batchSize, exampleCount)], taking each epoch's own order")
    }
    let mean = (0..<examples).map(exampleLoss).reduce(0, +) / Double(examples)
    try expectClose(
      losses, Array(repeating: mean, count: epochs), .reordered, at: { "\(name): loss of epoch \($0)" },
      otherwise: "an epoch's loss is the mean over its examples: weight each batch's mean loss by the batch's size")
  }
}

/// Logits with ties (the first maximum wins), a batch of one, and an empty batch.
private func gradeAccuracy(_ implementations: Implementations) throws {
  let logits = Matrix([[0.1, 2, -1], [3, 3, 0], [0, 0, 0], [-5, -1, -1], [1e300, 0, -1e300], [-1000, -999, -1001]])
  let cases: [(name: String, logits: Matrix, labels: [Int], want: Double)] = [
    ("6 rows with ties", logits, [1, 0, 0, 1, 0, 1], 1),
    ("6 rows with ties", logits, [1, 1, 2, 2, 0, 0], 2.0 / 6),
    ("one row", Matrix([[0, 1]]), [0], 0),
    ("no rows", Matrix(rows: 0, columns: 3), [], 0),
  ]
  for (name, x, labels, want) in cases {
    let correct = want * Double(labels.count)
    try expectClose(
      implementations.multilayerPerceptron.accuracy(x, labels), want, .reordered, at: "accuracy of \(name), labels \(labels)",
      mistakes: [
        Mistake(hint: "return a fraction in [0, 1]: divide by the number of rows", answer: correct),
        Mistake(hint: "a fraction in [0, 1], not a percentage", answer: 100 * want),
      ],
      otherwise: "on a tie, take the first largest logit (as numpy's argmax); an empty batch has accuracy 0")
  }
}

private func gradeConfusionMatrix(_ implementations: Implementations) throws {
  let cases: [(name: String, labels: [Int], predictions: [Int], classCount: Int)] = [
    ("3 classes", [0, 0, 1, 2, 2, 2, 1, 0], [0, 1, 1, 2, 0, 2, 2, 0], 3),
    ("a class never seen", [0, 1, 0], [1, 1, 0], 4),
    ("no examples", [], [], 2),
  ]
  for (name, labels, predictions, classCount) in cases {
    let want = referenceConfusionMatrix(labels: labels, predictions: predictions, classCount: classCount)
    try expectEqual(
      implementations.multilayerPerceptron.confusionMatrix(labels, predictions, classCount), want, at: "counts for \(name)",
      mistakes: [
        Mistake(hint: "row i is the true class, column j the prediction: C[label][prediction] += 1", answer: referenceConfusionMatrix(labels: predictions, predictions: labels, classCount: classCount))
      ],
      otherwise: "C is classCount × classCount, C[i][j] = number of examples of class i predicted as j")
  }
}
