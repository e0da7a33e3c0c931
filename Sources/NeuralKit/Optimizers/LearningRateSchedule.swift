import Foundation

/// A learning rate that depends on the epoch (or step) count t = 0, 1, 2, …
///
/// Set `optimizer.learningRate = schedule.learningRate(at: epoch)` before each epoch, as torch's
/// `scheduler.step()` does after it. Introduced in chapter 04, used by chapter 06.
public protocol LearningRateSchedule: Sendable {
  func learningRate(at epoch: Int) -> Double
}

/// Step decay (`torch.optim.lr_scheduler.StepLR`): multiply by γ every `stepSize` epochs.
///
/// ```
///   η(t) = η₀ · γ^⌊t / stepSize⌋
/// ```
/// The piecewise-constant schedule of Krizhevsky, Sutskever & Hinton, "ImageNet classification with deep
/// convolutional neural networks", NeurIPS 2012 (÷10 when the validation error stalls), and of He et al.,
/// "Deep residual learning for image recognition", CVPR 2016.
public struct StepDecay: LearningRateSchedule {
  public let initial: Double
  public let stepSize: Int
  public let gamma: Double

  public init(initial: Double, stepSize: Int, gamma: Double = 0.1) {
    precondition(stepSize >= 1, "StepDecay needs stepSize ≥ 1, got \(stepSize)")
    self.initial = initial
    self.stepSize = stepSize
    self.gamma = gamma
  }

  public func learningRate(at epoch: Int) -> Double {
    initial * pow(gamma, Double(epoch / stepSize))
  }
}

/// Cosine annealing (`torch.optim.lr_scheduler.CosineAnnealingLR`, closed form): half a cosine from η₀ down
/// to η_min over `period` epochs.
///
/// ```
///   η(t) = η_min + (η₀ − η_min)·(1 + cos(π·t / T)) / 2
/// ```
/// Loshchilov & Hutter, "SGDR: stochastic gradient descent with warm restarts", ICLR 2017 (one cycle,
/// no restart). Past t = T the cosine climbs again, as torch's closed form does.
public struct CosineAnnealing: LearningRateSchedule {
  public let initial: Double
  public let period: Int
  public let minimum: Double

  public init(initial: Double, period: Int, minimum: Double = 0) {
    precondition(period >= 1, "CosineAnnealing needs period ≥ 1, got \(period)")
    self.initial = initial
    self.period = period
    self.minimum = minimum
  }

  public func learningRate(at epoch: Int) -> Double {
    minimum + (initial - minimum) * (1 + cos(Double.pi * Double(epoch) / Double(period))) / 2
  }
}
