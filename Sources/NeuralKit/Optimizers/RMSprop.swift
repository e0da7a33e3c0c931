import Foundation

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
/// keeps hopping with steps of about η.
public struct RMSprop: Optimizer {
  public var learningRate: Double
  /// α, the smoothing constant of the running average.
  public let alpha: Double
  public let epsilon: Double
  public let weightDecay: Double
  private var squareAverages: [Matrix] = []

  public init(learningRate: Double, alpha: Double = 0.99, epsilon: Double = 1e-8, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.alpha = alpha
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: squareAverages, "RMSprop")
    if squareAverages.isEmpty { squareAverages = zerosLike(parameters) }
    let lr = learningRate, alpha = alpha, eps = epsilon, decay = weightDecay
    for i in parameters.indices {
      let p = parameters[i].storage
      let g = gradients[i].storage.indices.map { gradients[i].storage[$0] + decay * p[$0] }
      let previous = squareAverages[i].storage
      squareAverages[i].updateElements { k in previous[k] * alpha + (1 - alpha) * g[k] * g[k] }
      let v = squareAverages[i].storage
      parameters[i].updateElements { k in p[k] + -lr * g[k] / (sqrt(v[k]) + eps) }
    }
  }
}
