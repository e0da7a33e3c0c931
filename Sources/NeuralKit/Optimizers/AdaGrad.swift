import Foundation

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
public struct AdaGrad: Optimizer {
  public var learningRate: Double
  public let epsilon: Double
  public let weightDecay: Double
  private var sums: [Matrix] = []

  public init(learningRate: Double, epsilon: Double = 1e-10, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: sums, "AdaGrad")
    if sums.isEmpty { sums = zerosLike(parameters) }
    let lr = learningRate, eps = epsilon, decay = weightDecay
    for i in parameters.indices {
      let p = parameters[i].storage
      let g = gradients[i].storage.indices.map { gradients[i].storage[$0] + decay * p[$0] }
      let previous = sums[i].storage
      sums[i].updateElements { k in previous[k] + g[k] * g[k] }
      let s = sums[i].storage
      parameters[i].updateElements { k in p[k] + -lr * g[k] / (sqrt(s[k]) + eps) }
    }
  }
}
