/// An elementwise activation as a layer: a = f(z) forward, ∂L/∂z = ∂L/∂a ⊙ f′(z) backward.
///
/// It caches z, the pre-activation, because every f′ of ``Activation`` is written in terms of it.
public final class ActivationLayer: ParameterFreeLayer {
  public let activation: Activation
  private var lastInput: Matrix?

  /// The layer a = f(z) for f = `activation`.
  public init(_ activation: Activation) {
    self.activation = activation
  }

  // snippet: activation-layer
  /// a = f(z), elementwise; caches z.
  public func forward(_ input: Matrix) -> Matrix {
    lastInput = input
    return activation.value(input)
  }

  /// ∂L/∂z = ∂L/∂a ⊙ f′(z).
  public func backward(_ outputGradient: Matrix) -> Matrix {
    guard let z = lastInput else { preconditionFailure("ActivationLayer.backward called before forward") }
    return activation.backpropagate(outputGradient, through: z)  // chain rule, elementwise: ∂L/∂a ⊙ f′(z)
  }
  // snippet end
}
