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
