import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// The options of the custom run (`Your run` on the page), each with the range it is checked against.
struct CustomRunOptions: ParsableArguments {
  static let maximumSteps = 10_000_000  // a path of 10⁷ points takes 240 MB; more would take gigabytes

  @Option(help: "The surface (default: rosenbrock).")
  var function: TestFunction?

  @Option(help: "The update rule (default: adam).")
  var optimizer: OptimizerKind?

  @Option(parsing: .unconditional, help: "The learning rate η (finite, > 0; default: the standard table's rate).")
  var lr: PositiveDouble?

  @Option(help: "The number of steps (1 to 10000000; default: the standard run's).")
  var steps: PositiveInt?

  @Option(
    parsing: .unconditional,
    help: ArgumentHelp("The start point, two finite numbers (default: the standard start).", valueName: "x,y"))
  var start: StartPoint?

  @Option(parsing: .unconditional, help: "Momentum μ of momentum and nesterov (0 ≤ μ < 1; default 0.9).")
  var momentum: Double?

  @Option(parsing: .unconditional, help: "RMSprop's smoothing constant α (0 ≤ α < 1; default 0.99).")
  var alpha: Double?

  @Option(parsing: .unconditional, help: "Adam's and AdamW's β₁ (0 ≤ β₁ < 1; default 0.9).")
  var beta1: Double?

  @Option(parsing: .unconditional, help: "Adam's and AdamW's β₂ (0 ≤ β₂ < 1; default 0.999).")
  var beta2: Double?

  @Option(parsing: .unconditional, help: "ε of adagrad, rmsprop, adam, adamw (0 < ε ≤ 1; default 1e-10 / 1e-8).")
  var eps: Double?

  @Option(
    name: .customLong("weight-decay"), parsing: .unconditional,
    help: "Weight decay λ: decoupled for adamw (default 0.01), an L2 term in g for the others (default 0); 0 ≤ λ ≤ 1.")
  var weightDecay: Double?

  func validate() throws {
    if let steps, steps.value > Self.maximumSteps {
      throw ValidationError("--steps must be at most 10000000 (10⁷); \(steps.value) is larger.")
    }
    let fractions = [("--momentum", momentum), ("--alpha", alpha), ("--beta1", beta1), ("--beta2", beta2)]
    for case let (name, value?) in fractions where !(value >= 0 && value < 1) {
      throw ValidationError("\(name) must be at least 0 and below 1; \(value) is not.")
    }
    if let eps, !(eps > 0 && eps <= 1) { throw ValidationError("--eps must be above 0 and at most 1; \(eps) is not.") }
    if let weightDecay, !(weightDecay >= 0 && weightDecay <= 1) {
      throw ValidationError("--weight-decay must be between 0 and 1; \(weightDecay) is not.")
    }
  }

  /// The optimizer these options describe, every hyper-parameter not given at torch's default.
  func make(_ kind: OptimizerKind, learningRate: Double) -> any Optimizer {
    let betas = (beta1 ?? OptimizerKind.standardBetas.beta1, beta2 ?? OptimizerKind.standardBetas.beta2)
    return kind.make(learningRate: learningRate, weightDecay: weightDecay, momentum: momentum, alpha: alpha,
                     betas: betas, epsilon: eps)
  }
}

/// `--start x,y`: a finite point in the plane.
struct StartPoint: ExpressibleByArgument, Sendable {
  let x: Double
  let y: Double

  init?(argument: String) {
    let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
      .map { Double($0.trimmingCharacters(in: .whitespaces)) }
    guard parts.count == 2, let x = parts[0], let y = parts[1], x.isFinite, y.isFinite else { return nil }
    (self.x, self.y) = (x, y)
  }
}

// Options name an optimizer or a test function directly: `--optimizer adam --function beale`.
extension OptimizerKind: ExpressibleByArgument {}
extension TestFunction: ExpressibleByArgument {}
