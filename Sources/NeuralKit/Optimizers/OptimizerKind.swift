/// The seven update rules by name, as chapter options spell them (`--optimizer adam`).
public enum OptimizerKind: String, CaseIterable, Sendable {
  case gd, momentum, nesterov, adagrad, rmsprop, adam, adamw

  /// The momentum μ used by `momentum` and `nesterov`.
  public static let standardMomentum = 0.9
  /// The weight decay λ used by `adamw` unless told otherwise (torch's default).
  public static let standardWeightDecay = 0.01

  /// A fresh optimizer of this kind with torch's defaults. `weightDecay` is AdamW's decoupled decay for
  /// `adamw` and an L2 term in the gradient for the others (torch's meaning of `weight_decay` for each).
  public func make(learningRate: Double, weightDecay: Double? = nil) -> any Optimizer {
    switch self {
    case .gd: GradientDescent(learningRate: learningRate, weightDecay: weightDecay ?? 0)
    case .momentum: Momentum(learningRate: learningRate, momentum: Self.standardMomentum, weightDecay: weightDecay ?? 0)
    case .nesterov:
      Momentum(learningRate: learningRate, momentum: Self.standardMomentum, nesterov: true, weightDecay: weightDecay ?? 0)
    case .adagrad: AdaGrad(learningRate: learningRate, weightDecay: weightDecay ?? 0)
    case .rmsprop: RMSprop(learningRate: learningRate, weightDecay: weightDecay ?? 0)
    case .adam: Adam(learningRate: learningRate, weightDecay: weightDecay ?? 0)
    case .adamw: AdamW(learningRate: learningRate, weightDecay: weightDecay ?? Self.standardWeightDecay)
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
