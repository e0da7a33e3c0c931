/// Layers applied one after another; backward runs them in reverse, the chain rule layer by layer.
///
/// ```
///   forward:   a⁽⁰⁾ = X,   a⁽ˡ⁾ = layerₗ(a⁽ˡ⁻¹⁾)
///   backward:  δ⁽ᴸ⁾ = ∂L/∂a⁽ᴸ⁾,   δ⁽ˡ⁻¹⁾ = layerₗ.backward(δ⁽ˡ⁾)
/// ```
public final class Sequential: Layer {
  public let layers: [Layer]

  public init(_ layers: [Layer]) {
    self.layers = layers
  }

  public func forward(_ input: Matrix) -> Matrix {
    layers.reduce(input) { $1.forward($0) }
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    layers.reversed().reduce(outputGradient) { $1.backward($0) }
  }

  /// Backward through every layer but the first, whose input gradient nobody needs when the input is
  /// data: for a 64-64-10 network that skips a third of the backward pass's multiply-adds, and for a
  /// 784-wide input as much as the first layer's weight gradient costs (chapter 07 measures both).
  public func backwardParameters(_ outputGradient: Matrix) {
    guard let first = layers.first else { return }
    first.backwardParameters(layers.dropFirst().reversed().reduce(outputGradient) { $1.backward($0) })
  }

  /// Every layer's parameters, concatenated in layer order.
  public var parameters: [Matrix] {
    get { layers.flatMap(\.parameters) }
    set {
      let expected = layers.reduce(0) { $0 + $1.parameters.count }
      precondition(expected == newValue.count, "Sequential: \(newValue.count) parameters given, \(expected) expected")
      var offset = 0
      for layer in layers {
        let count = layer.parameters.count
        layer.parameters = Array(newValue[offset..<offset + count])
        offset += count
      }
    }
  }

  public var parameterGradients: [Matrix] { layers.flatMap(\.parameterGradients) }
}
