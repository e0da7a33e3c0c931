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
public final class Momentum: Optimizer {
  public var learningRate: Double
  /// μ, the fraction of the previous velocity kept (torch has no default; 0.9 is the usual choice).
  public let momentum: Double
  public let nesterov: Bool
  public let weightDecay: Double
  private let velocities = ParameterStates<Velocity>()

  /// The buffer b of one parameter; `nil` until its first step.
  final class Velocity {
    var b: Matrix?
  }

  public init(learningRate: Double, momentum: Double = 0.9, nesterov: Bool = false, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.momentum = momentum
    self.nesterov = nesterov
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    for p in parameters {
      let velocity = velocities.state(for: p) { _ in Velocity() }
      // snippet: momentum-step
      let g = p.gradient + weightDecay * p.value
      let b = velocity.b.map { momentum * $0 + g } ?? g
      velocity.b = b
      p.value -= learningRate * (nesterov ? g + momentum * b : b)
      // snippet end
    }
  }
}
