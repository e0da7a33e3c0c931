import NeuralKit

/// The digits, split once for the whole chapter: 1077 to train on, 360 to choose with, 360 to report on.
struct DigitsSplit {
  let train: Dataset
  let validation: Dataset
  let test: Dataset

  init(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    (train, validation, test) = try loadDigits().split(validationFraction: 0.2, testFraction: 0.2, using: &generator)
  }
}

/// Section "Overfitting, seen": a wide network on a few training digits, with no regularization, with
/// weight decay, with dropout and with early stopping; the same initial weights and minibatches for all.
struct OverfittingStudy {
  static let widths = [64, 256, 256, 10]
  static let learningRate = 1e-3
  static let batchSize = 32

  enum Run: String, CaseIterable {
    case none, weightDecay = "weight_decay", dropout, earlyStopping = "early_stopping"
  }

  /// One run: every epoch's record and the record of the weights it kept (early stopping keeps its best).
  struct Outcome {
    let history: TrainingHistory
    let kept: EpochRecord
    var gap: Double { (kept.train.accuracy ?? 0) - (kept.test?.accuracy ?? 0) }
  }

  let small: Dataset
  let validation: Dataset
  let seed: UInt64

  /// `trainingSize` digits of the training split, a `labelNoise` fraction of their labels made wrong.
  init(_ split: DigitsSplit, trainingSize: Int, labelNoise: Double, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    small = split.train.sample(trainingSize, using: &generator).flippingLabels(labelNoise, using: &generator)
    validation = split.validation
    self.seed = seed
  }

  /// Trains `run`; a loss that stops being finite is an error the chapter reports.
  func train(_ run: Run, options: TechniqueOptions, hooks: TrainingHooks = TrainingHooks()) throws -> Outcome {
    var weights = SeededGenerator(seed: seed &+ 1), batches = SeededGenerator(seed: seed &+ 2)
    let network = Sequential.multilayerPerceptron(
      sizes: Self.widths, activation: .relu, initializer: .he, batchNorm: false,
      dropout: run == .dropout ? options.dropout : 0, using: &weights)
    let optimizer = AdamW(learningRate: Self.learningRate, weightDecay: run == .weightDecay ? options.weightDecay : 0)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: optimizer)
    let settings = TrainingSettings(
      epochs: options.epochs, batchSize: Self.batchSize,
      earlyStopping: run == .earlyStopping ? EarlyStopping(patience: options.patience) : nil)
    let history = trainer.fit(small, test: validation, settings: settings, using: &batches, hooks: hooks)
    if let stop = history.stop { throw ChapterFailure("overfitting run \(run.rawValue): \(stop)") }
    let keptEpoch = history.earlyStopping?.bestEpoch ?? history.epochs.count
    guard keptEpoch >= 1 else { throw ChapterFailure("overfitting run \(run.rawValue) trained no epoch") }
    return Outcome(history: history, kept: history.epochs[keptEpoch - 1])
  }
}

extension Dataset {
  /// The same examples with ⌊fraction·n⌉ labels, chosen at random, changed to another class drawn at random:
  /// mistakes in the labels, which a network can only fit by memorizing them.
  func flippingLabels(_ fraction: Double, using generator: inout SeededGenerator) -> Dataset {
    var labels = self.labels
    let wrong = Int((fraction * Double(count)).rounded())
    for index in Dataset.shuffledIndices(count: count, using: &generator).prefix(wrong) {
      labels[index] = (labels[index] + generator.nextInt(in: 1..<classCount)) % classCount
    }
    return Dataset(name: name, features: features, labels: labels, classCount: classCount)
  }
}

/// A runtime failure of the chapter: one `error:` line, exit 1.
struct ChapterFailure: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
