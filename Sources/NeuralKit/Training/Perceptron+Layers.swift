/// A multilayer perceptron: dense layers with an activation between them and none after the last.
///
/// ```
///   sizes [d, h₁, …, h_L, k]:   a⁽⁰⁾ = X,   a⁽ˡ⁾ = f(a⁽ˡ⁻¹⁾·Wₗ + bₗ)  (l < L+1),   output = a⁽ᴸ⁾·W + b
/// ```
/// The output is linear: logits for softmax cross-entropy, the prediction itself for regression.
/// Introduced in chapter 06.
extension Sequential {
  public static func multilayerPerceptron(
    sizes: [Int], activation: Activation, initializer: Initializer, using generator: inout SeededGenerator
  ) -> Sequential {
    precondition(sizes.count >= 2 && sizes.allSatisfy { $0 >= 1 }, "An MLP needs ≥ 2 positive layer sizes, got \(sizes)")
    var layers: [Layer] = []
    for (index, (inputs, outputs)) in zip(sizes, sizes.dropFirst()).enumerated() {
      layers.append(Dense(inputs: inputs, outputs: outputs, initializer: initializer, using: &generator))
      if index < sizes.count - 2 { layers.append(ActivationLayer(activation)) }
    }
    return Sequential(layers)
  }

  /// The dense layers, in order.
  public var denseLayers: [Dense] { layers.compactMap { $0 as? Dense } }
}
