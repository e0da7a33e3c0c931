import NeuralKit

/// Section "Hyper-parameter search": AdamW's learning rate and weight decay drawn log-uniformly, each
/// configuration trained briefly on the training split and scored on the validation split only.
struct SearchStudy {
  static let learningRates = LogUniformRange(1e-4, 1e-1), weightDecays = LogUniformRange(1e-4, 1)
  static let searchEpochs = 10, finalEpochs = 30, batchSize = 32
  /// torch's AdamW defaults: the configuration the search has to beat.
  static let defaults = (learningRate: 1e-3, weightDecay: 0.01)

  let split: DigitsSplit
  let seed: UInt64

  /// The 64-64-10 network trained with AdamW(lr, λ) on `data`; every configuration starts from the same
  /// weights and sees the same minibatches.
  func train(_ data: Dataset, learningRate: Double, weightDecay: Double, epochs: Int,
             schedule: (any LearningRateSchedule)? = nil) throws -> Trainer {
    var weights = SeededGenerator(seed: seed &+ 7), batches = SeededGenerator(seed: seed &+ 8)
    let network = Sequential.multilayerPerceptron(
      sizes: DigitsRecipe.sizes(), activation: .relu, initializer: .he, using: &weights)
    let trainer = DigitsRecipe.trainer(network, optimizer: AdamW(learningRate: learningRate, weightDecay: weightDecay))
    let settings = TrainingSettings(
      epochs: epochs, batchSize: Self.batchSize, schedule: schedule, evaluatesEveryEpoch: false)
    let history = trainer.fit(data, settings: settings, using: &batches)
    if let stop = history.stop {
      throw ChapterFailure("search, learning rate \(learningRate), weight decay \(weightDecay): \(stop)")
    }
    return trainer
  }

  /// Validation accuracy after the search's few epochs.
  func score(learningRate: Double, weightDecay: Double) throws -> Double {
    try train(split.train, learningRate: learningRate, weightDecay: weightDecay, epochs: Self.searchEpochs)
      .evaluate(split.validation).accuracy ?? 0
  }

  /// The trials, drawn from the seed, `progress` told the number done after each; a trial whose loss is
  /// not finite stops the search with its error.
  func run(trials: Int, progress: (Int) -> Void) throws -> [SearchTrial] {
    var generator = SeededGenerator(seed: seed &+ 9), failure: Error?, done = 0
    let ranges = [Self.learningRates, Self.weightDecays]
    let trials = randomSearch(trials: trials, ranges: ranges, using: &generator) { values in
      defer { done += 1; progress(done) }
      guard failure == nil else { return 0 }
      do { return try score(learningRate: values[0], weightDecay: values[1]) } catch {
        failure = error
        return 0
      }
    }
    if let failure { throw failure }
    return trials
  }
}
