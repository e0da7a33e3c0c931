/// Layers applied one after another; backward runs them in reverse, the chain rule layer by layer.
///
/// ```
///   forward:   a⁽⁰⁾ = X,   a⁽ˡ⁾ = layerₗ(a⁽ˡ⁻¹⁾)
///   backward:  δ⁽ᴸ⁾ = ∂L/∂a⁽ᴸ⁾,   δ⁽ˡ⁻¹⁾ = layerₗ.backward(δ⁽ˡ⁾)
/// ```
public final class Sequential: Layer {
  public let layers: [Layer]
  /// When false and the first layer is ``Dense``, backward stops at that layer's parameter gradients and
  /// returns an n×0 matrix instead of ∂L/∂X: training never reads the gradient of the data, and for a
  /// wide input (784 pixels) it costs as much as the layer's weight gradient (chapter 07).
  public var computesInputGradient = true

  public init(_ layers: [Layer]) {
    self.layers = layers
  }

  public func forward(_ input: Matrix) -> Matrix {
    layers.reduce(input) { $1.forward($0) }
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    guard !computesInputGradient, let first = layers.first as? Dense else {
      return layers.reversed().reduce(outputGradient) { $1.backward($0) }
    }
    first.backwardParameters(layers.dropFirst().reversed().reduce(outputGradient) { $1.backward($0) })
    return Matrix(rows: outputGradient.rows, columns: 0)
  }

  /// Every layer's parameters, concatenated in layer order.
  public var parameters: [Matrix] {
    get { layers.flatMap(\.parameters) }
    set {
      var offset = 0
      for layer in layers {
        let count = layer.parameters.count
        layer.parameters = Array(newValue[offset..<offset + count])
        offset += count
      }
      precondition(offset == newValue.count, "Sequential: \(newValue.count) parameters given, \(offset) expected")
    }
  }

  public var parameterGradients: [Matrix] { layers.flatMap(\.parameterGradients) }
}
