import NeuralKit

/// Section "Learning-rate schedules": torch's schedulers from η₀ = 0.1 over 100 epochs, and the digits
/// network trained with SGD + momentum under each.
struct ScheduleStudy {
  static let initial = 0.1, epochs = 100, batchSize = 32, momentum = 0.9

  /// The schedules of the section, by results key: none (the baseline), StepLR(30, 0.1),
  /// CosineAnnealingLR(100, 0.001), ExponentialLR(0.95), and 5 epochs of linear warm-up from 0.01 before a
  /// cosine over the other 95.
  static let schedules: [(key: String, label: String, schedule: any LearningRateSchedule)] = [
    ("constant", "constant η₀ (no schedule)", ConstantRate(rate: initial)),
    ("step", "StepLR(30, γ 0.1)", StepLR(initial: initial, stepSize: 30, gamma: 0.1)),
    ("cosine", "CosineAnnealingLR(100, η_min 0.001)",
     CosineAnnealingLR(initial: initial, period: 100, minimum: 0.001)),
    ("exponential", "ExponentialLR(γ 0.95)", ExponentialLR(initial: initial, gamma: 0.95)),
    ("warmup", "5 warm-up epochs, then cosine", LinearWarmup(
      epochs: 5, startFactor: 0.1, then: CosineAnnealingLR(initial: initial, period: 95, minimum: 0.001))),
  ]

  /// The 64-64-10 digits network (chapter 06's recipe) trained for 100 epochs under `schedule`; every
  /// schedule starts from the same weights and sees the same minibatches.
  static func train(
    _ schedule: any LearningRateSchedule, _ split: DigitsSplit, seed: UInt64
  ) throws -> TrainingHistory {
    var weights = SeededGenerator(seed: seed &+ 5), batches = SeededGenerator(seed: seed &+ 6)
    let network = Sequential.multilayerPerceptron(
      sizes: DigitsRecipe.sizes(), activation: .relu, initializer: .he, using: &weights)
    let trainer = DigitsRecipe.trainer(network, optimizer: Momentum(learningRate: initial, momentum: momentum))
    let settings = TrainingSettings(epochs: epochs, batchSize: batchSize, schedule: schedule)
    let history = trainer.fit(split.train, test: split.validation, settings: settings, using: &batches)
    if let stop = history.stop { throw ChapterFailure("schedule run: \(stop)") }
    return history
  }
}

/// No schedule: the same rate every epoch.
struct ConstantRate: LearningRateSchedule {
  let rate: Double
  func learningRate(at epoch: Int) -> Double { rate }
}
