import Foundation

/// A schedule written as `torch.optim.lr_scheduler` computes it: η₀ at epoch 0, then each epoch's rate from
/// the one before (`get_lr()` reads the optimizer's current rate and changes it).
///
/// ```
///   η(0) = η₀,   η(t) = next(η(t − 1), t)   for t ≥ 1
/// ```
/// `learningRate(at: t)` is the rate used during epoch t: torch's `get_last_lr()` before that epoch's
/// `scheduler.step()`. The recursion rounds differently from a closed form (η₀·γ^⌊t/s⌋, the cosine of
/// t), so following it reproduces torch's rates to the last bit. Introduced in chapter 08.
public protocol RecursiveLearningRateSchedule: LearningRateSchedule {
  /// η₀, the optimizer's rate when the schedule starts.
  var initial: Double { get }
  /// η(t) from η(t − 1), for t ≥ 1.
  func learningRate(after previous: Double, epoch t: Int) -> Double
}

extension RecursiveLearningRateSchedule {
  public func learningRate(at epoch: Int) -> Double {
    precondition(epoch >= 0, "a schedule starts at epoch 0, got \(epoch)")
    var rate = initial
    for t in stride(from: 1, through: epoch, by: 1) { rate = learningRate(after: rate, epoch: t) }
    return rate
  }

  /// η(0), η(1), …, η(count − 1).
  public func learningRates(count: Int) -> [Double] {
    var rates: [Double] = []
    for t in 0..<count { rates.append(t == 0 ? initial : learningRate(after: rates[t - 1], epoch: t)) }
    return rates
  }
}

/// `torch.optim.lr_scheduler.StepLR`: multiply by γ every `stepSize` epochs.
///
/// ```
///   η(t) = γ·η(t − 1) when t is a multiple of stepSize, else η(t − 1)      (= η₀·γ^⌊t/stepSize⌋)
/// ```
public struct StepLR: RecursiveLearningRateSchedule {
  public let initial: Double, stepSize: Int, gamma: Double

  public init(initial: Double, stepSize: Int, gamma: Double = 0.1) {
    precondition(stepSize >= 1, "StepLR needs stepSize ≥ 1, got \(stepSize)")
    (self.initial, self.stepSize, self.gamma) = (initial, stepSize, gamma)
  }

  public func learningRate(after previous: Double, epoch t: Int) -> Double {
    t % stepSize == 0 ? previous * gamma : previous
  }
}

/// `torch.optim.lr_scheduler.ExponentialLR`: multiply by γ every epoch.
///
/// ```
///   η(t) = γ·η(t − 1)                                                     (= η₀·γᵗ)
/// ```
public struct ExponentialLR: RecursiveLearningRateSchedule {
  public let initial: Double, gamma: Double

  public init(initial: Double, gamma: Double) {
    (self.initial, self.gamma) = (initial, gamma)
  }

  public func learningRate(after previous: Double, epoch t: Int) -> Double {
    previous * gamma
  }
}

/// `torch.optim.lr_scheduler.CosineAnnealingLR`, in the recursive form torch computes.
///
/// ```
///            1 + cos(π·t/T)
///   η(t) = ────────────────── · (η(t − 1) − η_min) + η_min                (= η_min + (η₀ − η_min)·(1 + cos(π·t/T))/2)
///          1 + cos(π·(t−1)/T)
/// ```
/// At t = T + 1, 3T + 1, … the denominator is 1 + cos π = 0, and torch adds (η₀ − η_min)·(1 − cos(π/T))/2
/// instead: the rate climbs back along the cosine. Loshchilov & Hutter, "SGDR", ICLR 2017.
public struct CosineAnnealingLR: RecursiveLearningRateSchedule {
  public let initial: Double, period: Int, minimum: Double

  public init(initial: Double, period: Int, minimum: Double = 0) {
    precondition(period >= 1, "CosineAnnealingLR needs period ≥ 1, got \(period)")
    (self.initial, self.period, self.minimum) = (initial, period, minimum)
  }

  // snippet: cosine-annealing-recursive
  public func learningRate(after previous: Double, epoch t: Int) -> Double {
    let T = Double(period)
    if (t - 1 - period) % (2 * period) == 0 {
      return previous + (initial - minimum) * (1 - cos(Double.pi / T)) / 2
    }
    let ratio = (1 + cos(Double.pi * Double(t) / T)) / (1 + cos(Double.pi * Double(t - 1) / T))
    return ratio * (previous - minimum) + minimum
  }
  // snippet end
}
