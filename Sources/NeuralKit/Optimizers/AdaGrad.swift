/// AdaGrad: each coordinate's step shrinks with the sum of all its squared gradients so far
/// (`torch.optim.Adagrad`, lr_decay 0, initial accumulator 0).
///
/// ```
///   g ← ∇f(θ) + λθ
///   s ← s + g²
///   θ ← θ − η·g / (√s + ε)          ε = 1e-10
/// ```
/// Duchi, Hazan & Singer, "Adaptive subgradient methods for online learning and stochastic optimization",
/// JMLR 12, 2011. Because s only grows, the effective step η/√s decays like 1/√t: AdaGrad slows down for good.
/// On the first step s = g², so every coordinate moves by η·sign(g) whatever the gradient's size.
public final class AdaGrad: Optimizer {
  public var learningRate: Double
  public let epsilon: Double
  public let weightDecay: Double
  private let sums = ParameterStates<RunningMatrix>()

  public init(learningRate: Double, epsilon: Double = 1e-10, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    for p in parameters {
      let sum = sums.state(for: p, initial: RunningMatrix.init)
      // snippet: adagrad-step
      let g = p.gradient + weightDecay * p.value
      sum.value = sum.value + g * g
      p.value -= learningRate * g / (sum.value.squareRoot() + epsilon)
      // snippet end
    }
  }
}
