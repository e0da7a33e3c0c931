import ArgumentParser
import NeuralKit
import NotebookKit

/// Chapter 06: a full multilayer perceptron, trained with minibatches on toy sets and real digits.
struct MultilayerPerceptron: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch06-mlp",
    abstract: "Chapter 06 · Multilayer perceptron: XOR, decision boundaries, the seed's network, handwritten digits.",
    discussion: """
      Solves XOR with one hidden layer, draws decision boundaries on two moons and spirals, trains the \
      source article's 10-5-1 network on a teacher's targets, then trains a 64-64-10 ReLU network on the \
      UCI handwritten digits (softmax cross-entropy, He initialization, Adam, minibatches of 32, 30 epochs). \
      The recipe options change that last section only. The prose is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup var recipe: RecipeOptions

  func run() throws {
    try Notebook.run(slug: "06-mlp", options: chapter) { book in
      xor(book, seed: chapter.seed)
      boundaries(book, seed: chapter.seed)
      seedNetwork(book, seed: chapter.seed)
      try digits(book, recipe: recipe, seed: chapter.seed)
    }
  }
}

MultilayerPerceptron.main()

// MARK: - 2.1 神经网络 · One hidden layer solves XOR

func xor(_ book: Notebook, seed: UInt64) {
  var generator = SeededGenerator(seed: seed)
  let data = Dataset.xor()
  let network = Sequential.multilayerPerceptron(sizes: [2, 8, 2], activation: .tanh, initializer: .xavier,
                                                using: &generator)
  let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.05))
  let history = trainer.fit(data, settings: TrainingSettings(epochs: 300, batchSize: 4), using: &generator)
  let p = softmax(trainer.predict(data.features)).column(1), x = data.features
  book.rows("xor.rows", (0..<4).map { [x[$0, 0].fixed(0), x[$0, 1].fixed(0), "\(data.labels[$0])", p[$0].fixed(4)] })
  let final = history.last?.train
  book.metric("xor.final_loss", final?.loss ?? .nan, shown: .significant(3))
  book.metric("xor.accuracy", final?.accuracy ?? 0)
  book["xor.correct"] = "\(Int(((final?.accuracy ?? 0) * 4).rounded()))"
  let region = DecisionRegion(network: network, classCount: 2, x: -0.5...1.5, y: -0.5...1.5, resolution: 81)
  book.figure(region.figure("xor-boundary", title: "XOR: P(class 1) of a 2-8-2 tanh network", data: data,
                            pointSize: 2.5))
}

// MARK: - 2.1 神经网络 · Decision boundaries on two moons and spirals

func boundaries(_ book: Notebook, seed: UInt64) {
  var generator = SeededGenerator(seed: seed)
  let moons = Dataset.twoMoons(count: 1000, noise: 0.2, using: &generator)
  let spirals = Dataset.spirals(pointsPerClass: 300, noise: 0.2, using: &generator)
  for (key, data, hidden, epochs) in [("moons", moons, [32, 32], 60), ("spirals", spirals, [64, 64], 150)] {
    let split = data.split(trainFraction: 0.8, using: &generator)
    let network = Sequential.multilayerPerceptron(sizes: [2] + hidden + [data.classCount], activation: .relu,
                                                  initializer: .he, using: &generator)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
    let settings = TrainingSettings(epochs: epochs, batchSize: 32)
    let history = trainer.fit(split.train, test: split.test, settings: settings, using: &generator)
    book.metric("\(key).train_accuracy", history.last?.train.accuracy ?? 0, shown: .percent(1))
    book.metric("\(key).test_accuracy", history.last?.test?.accuracy ?? 0, shown: .percent(1))
    (book["\(key).network"], book["\(key).epochs"]) = (network.shape, "\(epochs)")
    let bounds = DecisionRegion.bounds(of: data.features, margin: 0.3)
    let region = DecisionRegion(network: network, classCount: data.classCount, x: bounds.x, y: bounds.y, resolution: 80)
    let what = data.classCount == 2 ? "P(class 1)" : "predicted class"
    book.figure(region.figure("\(key)-boundary", title: "\(data.name): \(what), \(network.shape) ReLU network",
                              data: data, height: data.classCount == 2 ? 600 : 720))
  }
}

// MARK: - 4 具体代码实例 · The seed's 10-5-1 network, repaired end to end

func seedNetwork(_ book: Notebook, seed: UInt64) {
  let teacherNoise = 0.1  // σ of the noise on the teacher's targets: no model can beat σ² on fresh data
  var generator = SeededGenerator(seed: seed)
  let train = Dataset.teacherRegression(count: 500, noise: teacherNoise, using: &generator)
  let test = Dataset.teacherRegression(count: 500, noise: teacherNoise, using: &generator)
  let network = Sequential.multilayerPerceptron(sizes: [10, 5, 1], activation: .sigmoid, initializer: .xavier,
                                                using: &generator)
  let trainer = Trainer(network: network, loss: MeanSquaredErrorLoss(), optimizer: Adam(learningRate: 0.01))
  let settings = TrainingSettings(epochs: 200, batchSize: 32)
  let history = trainer.fit(train, test: test, settings: settings, using: &generator)
  let baseline = test.targets.map { $0 - test.targets.mean() }.map { $0 * $0 }.mean()
  book.metric("seed_example.final_loss", history.last?.train.loss ?? .nan, shown: .fixed(4))
  book.metric("seed_example.test_loss", history.last?.test?.loss ?? .nan, shown: .fixed(4))
  book.metric("seed_example.baseline_loss", baseline, shown: .fixed(4))
  let floor = (teacherNoise * teacherNoise).fixed(4)
  (book["seed.noise"], book["seed.noise_floor"]) = (teacherNoise.significant(2), floor)
  let floorCurve = [Double](repeating: teacherNoise * teacherNoise, count: history.epochs.count)
  var figure = Figure.curvesByEpoch("seed-loss", loss: [
    ("train", history.trainLosses), ("test", history.testLosses), ("noise floor σ² = \(floor)", floorCurve),
  ], colors: [seriesColors[0], seriesColors[1], "#555555"])
  figure.panels[0].title = "The seed's 10-5-1 network on a teacher's targets: mean squared error"
  book.figure(figure)
}

// MARK: - 4 具体代码实例 · At full size: handwritten digits

func digits(_ book: Notebook, recipe: RecipeOptions, seed: UInt64) throws {
  var (train, test, side, network, generator) = try recipe.start(seed: seed)
  recipe.describe(book, train: train, test: test, side: side, shape: network.shape)
  let key = recipe.dataset.rawValue, initial = network.denseLayers.first?.weights.value ?? Matrix(rows: 0, columns: 0)
  let optimizer = recipe.optimizer.make(learningRate: recipe.lr.value, weightDecay: recipe.weightDecay)
  let trainer = DigitsRecipe.trainer(network, optimizer: optimizer, precision: recipe.precision)
  let progress = ProgressLine("\(key) epoch")
  let settings = TrainingSettings(epochs: recipe.epochs.value, batchSize: recipe.batchSize.value)
  var history = TrainingHistory()
  let seconds = Stopwatch.seconds {
    history = trainer.fit(train, test: test, settings: settings, using: &generator, hooks: TrainingHooks(
      epochDidEnd: { progress.update($0.epoch, of: settings.epochs, detail: "\($0)") }))
  }
  progress.finish()
  book.timing("\(key).train_seconds", seconds)
  try report(book, history: history, key: key)
  let predictions = trainer.predict(test.features).rowArgmax()
  let confusion = ConfusionMatrix(labels: test.labels, predictions: predictions, classCount: test.classCount)
  mistakes(book, confusion, key: key)
  book.figure(.curvesByEpoch("digits-curves", title: "\(network.shape) ReLU network on \(key): train and test by epoch",
                             loss: [("train", history.trainLosses), ("test", history.testLosses)],
                             accuracy: [("train", history.trainAccuracies), ("test", history.testAccuracies)]))
  book.figure(DigitFigures.confusion("digits-confusion", confusion))
  book.figure(DigitFigures.weightChanges("digits-weights", weights: network.denseLayers.first?.weights.value ?? initial,
                                         initial: initial, side: side))
  book.figure(DigitFigures.predictions("digits-predictions", test: test, predictions: predictions, side: side))
}

/// The recipe's final numbers, and its epochs in a table; a run that stopped is a runtime error.
func report(_ book: Notebook, history: TrainingHistory, key: String) throws {
  if let stop = history.stop { throw TrainingFailure(description: "training stopped: \(stop)") }
  guard let last = history.last, let test = last.test, [last.train.loss, test.loss].allSatisfy(\.isFinite) else {
    throw TrainingFailure(description: "training ended with a loss that is not finite (lower the learning rate)")
  }
  book.metric("\(key).final_train_loss", last.train.loss)
  book.metric("\(key).final_test_loss", test.loss)
  book.metric("\(key).train_accuracy", last.train.accuracy ?? 0)
  book.metric("\(key).test_accuracy", test.accuracy ?? 0)
  book.metric("\(key).epochs", Double(last.epoch))
  let percent = { (value: Double?) in NumberFormat.percent(2).text(value ?? 0) }
  book["recipe.test_accuracy"] = percent(test.accuracy)
  let shown = history.epochs.filter { $0.epoch == 1 || $0.epoch % 5 == 0 || $0.epoch == last.epoch }
  book.rows("recipe.epoch_rows", shown.map {
    ["\($0.epoch)", $0.train.loss.fixed(4), ($0.test?.loss ?? 0).fixed(4), percent($0.train.accuracy),
     percent($0.test?.accuracy)]
  })
}

/// The mistakes by count, and the largest count with every pair that reaches it (ties named as ties).
func mistakes(_ book: Notebook, _ confusion: ConfusionMatrix, key: String) {
  let ranked = confusion.mistakesByCount, errors = confusion.total - confusion.correct
  let top = ranked.first?.count ?? 0, tied = ranked.filter { $0.count == top }
  book.metric("\(key).test_errors", Double(errors))
  book.metric("\(key).commonest_confusion.count", Double(top))
  book.metric("\(key).commonest_confusion.pairs", Double(tied.count))
  (book["recipe.errors"], book["recipe.commonest_count"]) = ("\(errors)", "\(top)")
  book["recipe.commonest_ties"] = "\(tied.count)"
  book["recipe.commonest_pairs"] = tied.isEmpty ? "—" : tied.map { "\($0.label) → \($0.prediction)" }
    .joined(separator: ", ")
  let rows = ranked.prefix(DigitFigures.mistakeRows).map { ["\($0.label)", "\($0.prediction)", "\($0.count)"] }
  book.rows("recipe.mistake_rows", rows.isEmpty ? [["—", "—", "0"]] : rows)
}
