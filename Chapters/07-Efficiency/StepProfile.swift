import Foundation
import NeuralKit
import NotebookKit

/// Where one training step of ``Trainer/step(_:observing:)`` spends its time, phase by phase, in seconds
/// per step.
///
/// ```
///   forward     network.forward(X)                     the products X·W and the activations
///   loss        loss.valueAndGradient(logits, batch)   (softmax cross-entropy: softmax, its log, ∂L/∂z)
///   backward    network.backwardParameters(∂L/∂logits) Xᵀ·δ per layer, δ·Wᵀ below the first
///               (or network.backward: δ·Wᵀ for the first layer too, the gradient of the data)
///   optimizer   optimizer.step(θ)                      one elementwise update per parameter
/// ```
/// The Trainer's own step runs; its observer reads the monotonic clock as each phase ends. Phases are
/// summed over many steps (cycling through the given batches) after a few unmeasured warm-up steps, then
/// divided by the number of steps.
struct StepProfile: Sendable, Equatable {
  var seconds: [Trainer.Phase: Double] = [:]

  /// The four phases in order, with their names.
  var phases: [(name: String, seconds: Double)] {
    Trainer.Phase.allCases.map { ($0.rawValue, seconds[$0] ?? 0) }
  }

  var forward: Double { seconds[.forward] ?? 0 }
  var backward: Double { seconds[.backward] ?? 0 }

  /// Seconds per whole step.
  var total: Double { seconds.values.reduce(0, +) }

  /// Steps run before measuring: first touches of memory, and the optimizer's state allocation.
  static let warmUpSteps = 3

  /// Profiles `steps` updates of `trainer` on `batches`.
  static func measure(_ trainer: Trainer, batches: [Batch], steps: Int) -> StepProfile {
    precondition(!batches.isEmpty && steps > 0, "StepProfile needs batches and at least one step")
    for index in 0..<warmUpSteps { trainer.step(batches[index % batches.count]) }
    var profile = StepProfile()
    let clock = ContinuousClock()
    for index in 0..<steps {
      var last = clock.now
      trainer.step(batches[index % batches.count]) { phase in
        let now = clock.now
        profile.seconds[phase, default: 0] += Stopwatch.seconds(now - last)
        last = now
      }
    }
    for phase in Trainer.Phase.allCases { profile.seconds[phase, default: 0] /= Double(steps) }
    return profile
  }
}

extension StepProfile {
  /// A network, its batches and the name it has on the page and in timings.json.
  struct Configuration {
    let key: String
    let label: String
    let trainer: Trainer
    let batches: [Batch]
    let steps: Int
  }

  /// The digits recipe (batches of 32), and an MNIST-sized 784-256-10 network with batches of 128 on
  /// random pixels, once forming the gradient of the data and once not (what `Trainer.step` runs).
  static func configurations(_ data: DigitsRecipe, steps: (digits: Int, wide: Int)) -> [Configuration] {
    var generator = SeededGenerator(seed: data.seed)
    let wideData = Dataset.randomClassification(count: 128 * 8, features: 784, classes: 10, using: &generator)
    let wide = { (formsInputGradient: Bool) -> Trainer in
      let network = Sequential.multilayerPerceptron(
        sizes: [784, 256, 10], activation: .relu, initializer: .he,
        using: &generator)
      let trainer = DigitsRecipe.trainer(network)
      trainer.formsInputGradient = formsInputGradient
      return trainer
    }
    return [
      Configuration(
        key: "digits", label: "64-64-10, batch 32", trainer: DigitsRecipe.trainer(data.start().network),
        batches: data.train.batches(of: DigitsRecipe.batchSize), steps: steps.digits),
      Configuration(
        key: "mnist_shape", label: "784-256-10, batch 128", trainer: wide(true),
        batches: wideData.batches(of: 128), steps: steps.wide),
      Configuration(
        key: "mnist_shape_no_input_gradient", label: "784-256-10, batch 128, no ∂L/∂X", trainer: wide(false),
        batches: wideData.batches(of: 128), steps: steps.wide),
    ]
  }

  /// A round kernel speed for the arithmetic-only estimate (the blocked kernel's on mid-sized products).
  static let referenceGFLOPS = 40.0

  /// Floating-point operations of the products in one digits step as `Trainer.step` runs it: 2·b·in·out
  /// per layer forward, the same for Xᵀ·δ, and again for δ·Wᵀ in every layer but the first.
  static var digitsFlops: Int {
    let layers = zip(DigitsRecipe.sizes(), DigitsRecipe.sizes().dropFirst()).map {
      2 * DigitsRecipe.batchSize * $0 * $1
    }
    return 2 * layers.reduce(0, +) + layers.dropFirst().reduce(0, +)
  }

  /// Each configuration's phases as shares of its step, side by side on one scale, microseconds on the bars.
  static func figure(_ profiles: [(label: String, profile: StepProfile)]) -> Figure {
    let phases = Trainer.Phase.allCases
    return .groupedBars(
      "time-split", title: "Where one training step spends its time: share of the step (µs per step on each bar)",
      groups: profiles.map(\.label),
      series: phases.map { phase in
        (
          phase == .optimizer ? "optimizer (Adam)" : phase.rawValue,
          profiles.map { 100 * ($0.profile.seconds[phase] ?? 0) / max($0.profile.total, 1e-12) }
        )
      },
      yLabel: "share of the step (%)",
      labels: phases.map { phase in profiles.map { (1e6 * ($0.profile.seconds[phase] ?? 0)).fixed(1) } },
      yRange: AxisRange(0, 100))
  }
}
