import Foundation
import NeuralKit
import NotebookKit

/// Where one training step of ``Trainer/step(_:)`` spends its time, phase by phase, in seconds per step.
///
/// ```
///   forward     network.forward(X)                     the products X·W and the activations
///   loss        loss.lossAndGradient(logits, batch)    (softmax cross-entropy: softmax, its log, ∂L/∂z)
///   backward    network.backwardParameters(∂L/∂logits) Xᵀ·δ per layer, δ·Wᵀ below the first
///               (or network.backward: δ·Wᵀ for the first layer too, the gradient of the data)
///   optimizer   optimizer.step(θ, ∂L/∂θ)                one elementwise update per parameter
/// ```
/// Each phase is timed with the monotonic clock around exactly what ``Trainer/step(_:)`` runs, summed
/// over many steps (cycling through the given batches) after a few unmeasured warm-up steps, then
/// divided by the number of steps. Introduced in chapter 07.
struct StepProfile: Sendable, Equatable {
  var forward = 0.0
  var loss = 0.0
  var backward = 0.0
  var optimizer = 0.0

  init() {}

  /// The four phases in order, with their names.
  var phases: [(name: String, seconds: Double)] {
    [("forward", forward), ("loss", loss), ("backward", backward), ("optimizer", optimizer)]
  }

  /// Seconds per whole step.
  var total: Double { forward + loss + backward + optimizer }

  /// Steps run before measuring: first touches of memory, and the optimizer's state allocation.
  static let warmUpSteps = 3

  /// Profiles `steps` updates of `trainer` on `batches`; with
  /// `formingInputGradient` the backward pass also forms ∂L/∂X, which `Trainer.step` skips.
  static func measure(_ trainer: Trainer, batches: [Batch], steps: Int, formingInputGradient: Bool = false) -> StepProfile {
    precondition(!batches.isEmpty && steps > 0, "StepProfile needs batches and at least one step")
    for index in 0..<warmUpSteps { trainer.step(batches[index % batches.count]) }
    var profile = StepProfile()
    let clock = ContinuousClock()
    for index in 0..<steps {
      let batch = batches[index % batches.count]
      let start = clock.now
      let logits = trainer.network.forward(batch.features)
      let forwardDone = clock.now
      let gradient = trainer.loss.lossAndGradient(logits, for: batch, formingGradient: true).gradient
      let lossDone = clock.now
      if formingInputGradient { _ = trainer.network.backward(gradient) } else { trainer.network.backwardParameters(gradient) }
      let backwardDone = clock.now
      var parameters = trainer.network.parameters
      trainer.optimizer.step(&parameters, gradients: trainer.network.parameterGradients)
      trainer.network.parameters = parameters
      let end = clock.now
      profile.forward += Stopwatch.seconds(forwardDone - start)
      profile.loss += Stopwatch.seconds(lossDone - forwardDone)
      profile.backward += Stopwatch.seconds(backwardDone - lossDone)
      profile.optimizer += Stopwatch.seconds(end - backwardDone)
    }
    let n = Double(steps)
    return StepProfile(forward: profile.forward / n, loss: profile.loss / n, backward: profile.backward / n, optimizer: profile.optimizer / n)
  }

  private init(forward: Double, loss: Double, backward: Double, optimizer: Double) {
    self.forward = forward
    self.loss = loss
    self.backward = backward
    self.optimizer = optimizer
  }
}
