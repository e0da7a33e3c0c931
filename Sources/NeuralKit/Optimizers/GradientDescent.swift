/// Plain gradient descent (`torch.optim.SGD` with momentum 0).
///
/// ```
///   g ← ∇f(θ) + λθ          (λ = weightDecay, 0 by default)
///   θ ← θ − η·g
/// ```
/// Cauchy, "Méthode générale pour la résolution des systèmes d'équations simultanées", Comptes Rendus 25,
/// 1847. Called on one sample or a minibatch at a time it is stochastic gradient descent (Robbins & Monro,
/// "A stochastic approximation method", Ann. Math. Statist. 22, 1951).
public struct GradientDescent: Optimizer {
  public var learningRate: Double
  public let weightDecay: Double

  public init(learningRate: Double, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: [], "GradientDescent")
    let lr = learningRate, decay = weightDecay
    for i in parameters.indices {
      let p = parameters[i].storage, g = gradients[i].storage
      parameters[i].updateElements { k in p[k] + -lr * (g[k] + decay * p[k]) }
    }
  }
}
