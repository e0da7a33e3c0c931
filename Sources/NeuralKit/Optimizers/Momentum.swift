/// Gradient descent with heavy-ball or Nesterov momentum (`torch.optim.SGD` with `momentum`, dampening 0).
///
/// ```
///   g ← ∇f(θ) + λθ
///   b ← g                    on the first step
///   b ← μ·b + g              afterwards
///   θ ← θ − η·b              heavy ball (Polyak)
///   θ ← θ − η·(g + μ·b)      Nesterov
/// ```
/// Polyak, "Some methods of speeding up the convergence of iteration methods", USSR Comput. Math. Math.
/// Phys. 4(5), 1964. Nesterov, "A method for solving the convex programming problem with convergence rate
/// O(1/k²)", Soviet Math. Dokl. 27, 1983, in the form of Sutskever, Martens, Dahl & Hinton, "On the importance
/// of initialization and momentum in deep learning", ICML 2013, as torch writes it: the look-ahead is folded
/// into the step so the gradient is still taken at θ.
public struct Momentum: Optimizer {
  public var learningRate: Double
  /// μ, the fraction of the previous velocity kept (0.9 in the chapters).
  public let momentum: Double
  public let nesterov: Bool
  public let weightDecay: Double
  private var buffers: [Matrix] = []

  public init(learningRate: Double, momentum: Double = 0.9, nesterov: Bool = false, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.nesterov = nesterov
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: buffers, "Momentum")
    let first = buffers.isEmpty
    if first { buffers = zerosLike(parameters) }
    let lr = learningRate, mu = momentum, decay = weightDecay, nesterov = nesterov
    for i in parameters.indices {
      let p = parameters[i].storage
      let g = gradients[i].storage.indices.map { gradients[i].storage[$0] + decay * p[$0] }
      let previous = buffers[i].storage
      buffers[i].updateElements { k in first ? g[k] : previous[k] * mu + g[k] }
      let b = buffers[i].storage
      parameters[i].updateElements { k in p[k] + -lr * (nesterov ? g[k] + mu * b[k] : b[k]) }
    }
  }
}
