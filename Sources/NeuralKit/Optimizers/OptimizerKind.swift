/// The seven update rules by name, as chapter options spell them (`--optimizer adam`).
public enum OptimizerKind: String, CaseIterable, Sendable {
  case gd, momentum, nesterov, adagrad, rmsprop, adam, adamw

  /// The momentum μ used by `momentum` and `nesterov`.
  public static let standardMomentum = 0.9
  /// The weight decay λ used by `adamw` unless told otherwise (torch's default).
  public static let standardWeightDecay = 0.01

  /// torch's defaults for the other hyper-parameters: RMSprop's α, Adam's (β₁, β₂), and ε (AdaGrad's is
  /// smaller, 1e-10, because its running sum only grows).
  public static let standardAlpha = 0.99
  public static let standardBetas = (beta1: 0.9, beta2: 0.999)
  public static let standardEpsilon = 1e-8, adaGradEpsilon = 1e-10

  /// A fresh optimizer of this kind; every hyper-parameter left `nil` takes torch's default. `weightDecay` is
  /// AdamW's decoupled decay for `adamw` and an L2 term in the gradient for the others (torch's meaning of
  /// `weight_decay` for each); `momentum` is μ of `momentum` and `nesterov`, `alpha` RMSprop's smoothing,
  /// `betas` Adam's and AdamW's; a hyper-parameter the kind does not have is ignored.
  public func make(
    learningRate: Double, weightDecay: Double? = nil, momentum: Double? = nil, alpha: Double? = nil,
    betas: (beta1: Double, beta2: Double)? = nil, epsilon: Double? = nil
  ) -> any Optimizer {
    let decay = weightDecay ?? 0, mu = momentum ?? Self.standardMomentum
    let (beta1, beta2) = betas ?? Self.standardBetas, eps = epsilon ?? Self.standardEpsilon
    switch self {
    case .gd: return GradientDescent(learningRate: learningRate, weightDecay: decay)
    case .momentum, .nesterov:
      return Momentum(learningRate: learningRate, momentum: mu, nesterov: self == .nesterov, weightDecay: decay)
    case .adagrad:
      return AdaGrad(learningRate: learningRate, epsilon: epsilon ?? Self.adaGradEpsilon, weightDecay: decay)
    case .rmsprop:
      return RMSprop(learningRate: learningRate, alpha: alpha ?? Self.standardAlpha, epsilon: eps, weightDecay: decay)
    case .adam: return Adam(learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: eps, weightDecay: decay)
    case .adamw:
      return AdamW(
        learningRate: learningRate, beta1: beta1, beta2: beta2, epsilon: eps,
        weightDecay: weightDecay ?? Self.standardWeightDecay)
    }
  }

  /// How the chapters write the rule's name: `Nesterov`, `AdaGrad`, `AdamW`.
  public var displayName: String {
    switch self {
    case .gd: "GD"
    case .momentum: "Momentum"
    case .nesterov: "Nesterov"
    case .adagrad: "AdaGrad"
    case .rmsprop: "RMSprop"
    case .adam: "Adam"
    case .adamw: "AdamW"
    }
  }
}
