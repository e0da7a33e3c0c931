/// A linear warm-up, then another schedule: the rate climbs from startFactor·η₀ to η₀ over the first
/// `epochs` epochs, then `then` runs from its own epoch 0. torch writes it
/// `SequentialLR([LinearLR(start_factor, total_iters=w), then], milestones=[w])`.
///
/// ```
///   η(0) = f·η₀                                                  f = startFactor, w = epochs
///   η(t) = η(t − 1)·(1 + (1 − f)/(w·f + (t − 1)·(1 − f)))         0 < t < w   (= η₀·(f + (1 − f)·t/w))
///   η(t) = then(t − w)                                           t ≥ w
/// ```
/// Goyal et al., "Accurate, large minibatch SGD: training ImageNet in 1 hour", 2017: large steps taken
/// from random weights can throw a network where it never recovers; a few epochs of small ones settle it
/// first. η₀ is `then`'s first rate. Introduced in chapter 08.
public struct LinearWarmup: LearningRateSchedule {
  public let epochs: Int
  public let startFactor: Double
  public let then: any LearningRateSchedule

  public init(epochs: Int, startFactor: Double, then: any LearningRateSchedule) {
    precondition(epochs >= 1, "LinearWarmup needs at least one epoch, got \(epochs)")
    precondition(startFactor > 0 && startFactor <= 1, "LinearWarmup needs a start factor in (0, 1], got \(startFactor)")
    self.epochs = epochs
    self.startFactor = startFactor
    self.then = then
  }

  public func learningRate(at epoch: Int) -> Double {
    precondition(epoch >= 0, "a schedule starts at epoch 0, got \(epoch)")
    guard epoch < epochs else { return then.learningRate(at: epoch - epochs) }
    let (f, w) = (startFactor, Double(epochs))
    var rate = then.learningRate(at: 0) * f
    for t in stride(from: 1, through: epoch, by: 1) {
      rate *= 1 + (1 - f) / (w * f + Double(t - 1) * (1 - f))  // torch's LinearLR, recursively
    }
    return rate
  }
}
