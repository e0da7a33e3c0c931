/// RMSprop: divide the step by a running root-mean-square of recent gradients (`torch.optim.RMSprop`,
/// not centred, no momentum).
///
/// ```
///   g ← ∇f(θ) + λθ
///   v ← α·v + (1 − α)·g²            α = 0.99, v starts at 0
///   θ ← θ − η·g / (√v + ε)          ε = 1e-8, outside the square root
/// ```
/// Tieleman & Hinton, "Lecture 6.5 — RMSprop: divide the gradient by a running average of its recent
/// magnitude", COURSERA Neural Networks for Machine Learning, 2012. This is an adaptive step size, not
/// momentum: v averages squared gradients, and nothing carries the direction of past steps forward. Unlike
/// AdaGrad the average forgets, so the step does not decay to zero; near a minimum with a constant η it
/// keeps hopping with steps of about η. On the first step v = (1 − α)·g², so every coordinate moves by
/// η/√(1 − α) = 10·η (α = 0.99) in the direction of −sign(g).
public final class RMSprop: Optimizer {
  public var learningRate: Double
  /// α, the smoothing constant of the running average.
  public let alpha: Double
  public let epsilon: Double
  public let weightDecay: Double
  private let averages = ParameterStates<RunningMatrix>()

  public init(learningRate: Double, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    for p in parameters {
      let average = averages.state(for: p, initial: RunningMatrix.init)
      // snippet: rmsprop-step
      let g = p.gradient + weightDecay * p.value
      average.value = alpha * average.value + (1 - alpha) * g * g
      p.value -= learningRate * g / (average.value.squareRoot() + epsilon)
      // snippet end
    }
  }
}
