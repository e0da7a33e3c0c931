import Foundation

/// A learning rate that depends on the epoch (or step) count t = 0, 1, 2, …
///
/// Set `optimizer.learningRate = schedule.learningRate(at: epoch)` before each epoch, as torch's
/// `scheduler.step()` does after it; ``Trainable/fit(_:test:settings:using:hooks:)`` does so when its
/// settings hold one. torch's schedulers are ``StepLR``, ``ExponentialLR``, ``CosineAnnealingLR`` and
/// ``LinearWarmup``. Introduced in chapter 04, used by chapters 06 and 08.
public protocol LearningRateSchedule: Sendable {
  func learningRate(at epoch: Int) -> Double
}
