import ArgumentParser
import NeuralKit

/// The learning-rate schedule the best configuration of the search is retrained with.
enum ScheduleChoice: String, ExpressibleByArgument, CaseIterable {
  case constant, step, exponential, cosine, warmup

  /// The schedule over `epochs` epochs from `initial`, shaped like section 4's 100-epoch ones: a step of
  /// ×0.1 after 30 % of the epochs, ×0.95 a step, half a cosine to 1 % of η₀, or 5 % of linear warm-up first.
  func schedule(initial: Double, epochs: Int) -> any LearningRateSchedule {
    let warmup = max(1, epochs / 20)
    return switch self {
    case .constant: ConstantRate(rate: initial)
    case .step: StepLR(initial: initial, stepSize: max(1, 3 * epochs / 10))
    case .exponential: ExponentialLR(initial: initial, gamma: 0.95)
    case .cosine: CosineAnnealingLR(initial: initial, period: epochs, minimum: initial / 100)
    case .warmup:
      LinearWarmup(epochs: warmup, startFactor: 0.1,
                   then: CosineAnnealingLR(initial: initial, period: max(1, epochs - warmup), minimum: initial / 100))
    }
  }
}

/// Chapter 08's own options; every range is checked before any work.
struct TechniqueOptions: ParsableArguments {
  static let trainingSizes = 20...1000, epochRange = 1...1000, patienceRange = 1...100, trialRange = 1...100
  static let weightDecayRange = 0.0...10.0, labelNoiseRange = 0.0...0.9

  @Option(help: "Training examples in the overfitting section, drawn from the digits' training split (20…1000).")
  var trainingSize = 200

  @Option(parsing: .unconditional, help: "Fraction of those examples whose label is made wrong (0…0.9).")
  var labelNoise = 0.2

  @Option(help: "Epochs of each overfitting run (1…1000).")
  var epochs = 150

  @Option(parsing: .unconditional, help: "AdamW's decoupled weight decay λ in the overfitting section (0…10).")
  var weightDecay = 2.0

  @Option(parsing: .unconditional, help: "Dropout probability p in the overfitting section, 0 ≤ p < 1.")
  var dropout = 0.5

  @Option(help: "Early stopping: epochs without a new lowest validation loss before stopping (1…100).")
  var patience = 10

  @Option(help: "Random-search trials (1…100).")
  var trials = 20

  @Option(help: "Learning-rate schedule the search's best configuration is retrained with.")
  var schedule = ScheduleChoice.cosine

  func validate() throws {
    func require(_ ok: Bool, _ sentence: String) throws { if !ok { throw ValidationError(sentence) } }
    try require(Self.trainingSizes.contains(trainingSize), "--training-size must lie in 20…1000.")
    try require(Self.labelNoiseRange.contains(labelNoise), "--label-noise must be a fraction in 0…0.9.")
    try require(Self.epochRange.contains(epochs), "--epochs must lie in 1…1000.")
    try require(Self.weightDecayRange.contains(weightDecay), "--weight-decay must be a number in 0…10 (λ ≥ 0).")
    try require(dropout >= 0 && dropout < 1, "--dropout must be a probability p with 0 ≤ p < 1.")
    try require(Self.patienceRange.contains(patience), "--patience must lie in 1…100 epochs.")
    try require(Self.trialRange.contains(trials), "--trials must lie in 1…100.")
  }
}
