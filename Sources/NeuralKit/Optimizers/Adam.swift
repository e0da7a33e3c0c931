import Foundation

/// Adam: momentum on the gradient (first moment) divided by RMSprop's root-mean-square (second moment),
/// both corrected for starting at zero (`torch.optim.Adam`).
///
/// ```
///   g ← ∇f(θ) + λθ                   (λ = weightDecay: L2 added to the gradient, 0 by default)
///   m ← β₁·m + (1 − β₁)·g            β₁ = 0.9
///   v ← β₂·v + (1 − β₂)·g²           β₂ = 0.999
///   m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)
///   θ ← θ − η·m̂ / (√v̂ + ε)          ε = 1e-8
/// ```
/// Kingma & Ba, "Adam: a method for stochastic optimization", ICLR 2015. Without the bias correction the
/// first steps would be (1 − β₁) = 10 times too short; with it the first step has length η in every
/// coordinate whatever the gradient's scale.
public struct Adam: Optimizer {
  public var learningRate: Double
  public let beta1: Double
  public let beta2: Double
  public let epsilon: Double
  public let weightDecay: Double
  private var firstMoments: [Matrix] = []
  private var secondMoments: [Matrix] = []
  /// t, the number of steps taken.
  public private(set) var stepCount = 0

  public init(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: firstMoments, "Adam")
    if firstMoments.isEmpty { (firstMoments, secondMoments) = (zerosLike(parameters), zerosLike(parameters)) }
    stepCount += 1
    let t = Double(stepCount), beta1 = beta1, beta2 = beta2, eps = epsilon, decay = weightDecay
    // torch's arrangement: the step size carries 1/(1 − β₁ᵗ), the denominator √v/√(1 − β₂ᵗ) + ε.
    let stepSize = learningRate / (1 - pow(beta1, t))
    let correction2 = (1 - pow(beta2, t)).squareRoot()
    for i in parameters.indices {
      // One pass over raw buffers with no temporary arrays: twice as fast as building the gradient and
      // moments as new arrays element by element (the update is memory- and divider-bound).
      gradients[i].storage.withUnsafeBufferPointer { g in
        parameters[i].storage.withUnsafeMutableBufferPointer { p in
          firstMoments[i].storage.withUnsafeMutableBufferPointer { m in
            secondMoments[i].storage.withUnsafeMutableBufferPointer { v in
              for k in 0..<p.count {
                let gk = g[k] + decay * p[k]
                // m + (1 − β₁)(g − m) is β₁m + (1 − β₁)g written as torch's lerp computes it.
                m[k] = m[k] + (1 - beta1) * (gk - m[k])
                v[k] = v[k] * beta2 + (1 - beta2) * gk * gk
                p[k] = p[k] + -stepSize * m[k] / (sqrt(v[k]) / correction2 + eps)
              }
            }
          }
        }
      }
    }
  }
}
