/// AdamW: Adam with the weight decay taken out of the gradient and applied to the weights directly
/// (`torch.optim.AdamW`, weight decay 0.01 by default).
///
/// ```
///   θ ← θ·(1 − η·λ)                  decoupled decay, before the step
///   then Adam's step with g = ∇f(θ)  (no λθ in the gradient, so v never sees the decay)
/// ```
/// Loshchilov & Hutter, "Decoupled weight decay regularization", ICLR 2019. With Adam's L2 penalty the decay
/// term is divided by √v̂ like the gradient, so weights with large gradients are barely decayed; here every
/// weight shrinks by the same factor. The decay also pulls the optimum towards the origin: on a test
/// function AdamW settles where ∇f balances λθ, not at the minimum of f.
public final class AdamW: Optimizer {
  private let adam: Adam
  public let weightDecay: Double

  public var learningRate: Double {
    get { adam.learningRate }
    set { adam.learningRate = newValue }
  }

  public init(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0.01) {
    adam = Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: epsilon)
    self.weightDecay = weightDecay
  }

  public func step(_ parameters: [Parameter]) {
    // snippet: adamw-step
    for p in parameters { p.value = (1 - learningRate * weightDecay) * p.value }
    adam.step(parameters)
    // snippet end
  }
}
