/// Layers applied one after another; backward runs them in reverse, the chain rule layer by layer.
///
/// ```
///   forward:   a⁽⁰⁾ = X,   a⁽ˡ⁾ = layerₗ(a⁽ˡ⁻¹⁾)
///   backward:  δ⁽ᴸ⁾ = ∂L/∂a⁽ᴸ⁾,   δ⁽ˡ⁻¹⁾ = layerₗ.backward(δ⁽ˡ⁾)
/// ```
public final class Sequential: Layer {
  public let layers: [Layer]
  /// Every layer's parameters, in layer order.
  public let parameters: [Parameter]

  /// The composition layerₙ ∘ … ∘ layer₁ of `layers`, applied in order.
  public init(_ layers: [Layer]) {
    self.layers = layers
    parameters = layers.flatMap(\.parameters)
  }

  // snippet: sequential-forward-backward
  public func forward(_ input: Matrix) -> Matrix {
    layers.reduce(input) { $1.forward($0) }
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    layers.reversed().reduce(outputGradient) { $1.backward($0) }
  }
  // snippet end

  /// Backward through every layer but the first, whose input gradient nobody needs when the input is
  /// data: for a 64-64-10 network that skips a third of the backward pass's multiply-adds, and for a
  /// 784-wide input as much as the first layer's weight gradient costs (chapter 07 measures both).
  public func backwardParameters(_ outputGradient: Matrix) {
    guard let first = layers.first else { return }
    first.backwardParameters(layers.dropFirst().reversed().reduce(outputGradient) { $1.backward($0) })
  }
}
