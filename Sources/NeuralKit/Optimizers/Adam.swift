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
///
/// `step` runs the fused kernel (``AdamKernel``: one pass over each parameter, four lanes at a time); the
/// readable step below is the same arithmetic in Matrix expressions, and the tests hold the two to equal
/// bits. Set `fused = false` to run the readable one.
public final class Adam: Optimizer {
  public var learningRate: Double
  public let beta1: Double
  public let beta2: Double
  public let epsilon: Double
  public let weightDecay: Double
  /// Whether `step` runs the fused kernel (true) or the readable Matrix expressions; same numbers.
  public var fused = true
  private let moments = ParameterStates<Moments>()

  /// m, v and t of one parameter.
  final class Moments {
    var m: Matrix
    var v: Matrix
    var t = 0

    init(_ parameter: Parameter) {
      m = Matrix(rows: parameter.value.rows, columns: parameter.value.columns)
      v = m
    }
  }

  public init(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    for p in parameters {
      let state = moments.state(for: p, initial: Moments.init)
      state.t += 1
      if fused { fusedStep(p, state) } else { readableStep(p, state) }
    }
  }

  /// The update of one parameter as its formula reads.
  func readableStep(_ p: Parameter, _ state: Moments) {
    let t = Double(state.t)
    // snippet: adam-step
    let g = p.gradient + weightDecay * p.value
    state.m = state.m + (1 - beta1) * (g - state.m)  // β₁·m + (1 − β₁)·g, as torch's lerp computes it
    state.v = beta2 * state.v + (1 - beta2) * g * g
    // η·m̂/(√v̂ + ε) arranged as torch does: [η/(1 − β₁ᵗ)]·m / (√v/√(1 − β₂ᵗ) + ε)
    let stepSize = learningRate / (1 - pow(beta1, t))
    let correction2 = (1 - pow(beta2, t)).squareRoot()
    p.value -= stepSize * state.m / (state.v.squareRoot() / correction2 + epsilon)
    // snippet end
  }

  /// The same update in one pass over raw buffers (``AdamKernel``).
  func fusedStep(_ p: Parameter, _ state: Moments) {
    let t = Double(state.t)
    let coefficients = AdamKernel.Coefficients<Double>(
      beta1: beta1, beta2: beta2, epsilon: epsilon, decay: weightDecay,
      stepSize: learningRate / (1 - pow(beta1, t)), correction2: (1 - pow(beta2, t)).squareRoot())
    p.value.withUnsafeMutableElements { value in
      p.gradient.withUnsafeElements { gradient in
        state.m.withUnsafeMutableElements { m in
          state.v.withUnsafeMutableElements { v in
            AdamKernel.update(value, gradient, m, v, coefficients)
          }
        }
      }
    }
  }
}
