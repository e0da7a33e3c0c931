/// Plain gradient descent (`torch.optim.SGD` with momentum 0).
///
/// ```
///   g ← ∇f(θ) + λθ          (λ = weightDecay, 0 by default)
///   θ ← θ − η·g
/// ```
/// Cauchy, "Méthode générale pour la résolution des systèmes d'équations simultanées", Comptes Rendus 25,
/// 1847. Called on one sample or a minibatch at a time it is stochastic gradient descent (Robbins & Monro,
/// "A stochastic approximation method", Ann. Math. Statist. 22, 1951).
public final class GradientDescent: Optimizer {
  public var learningRate: Double
  public let weightDecay: Double

  public init(learningRate: Double, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    for p in parameters {
      // snippet: gd-step
      let g = p.gradient + weightDecay * p.value
      p.value -= learningRate * g
      // snippet end
    }
  }
}
