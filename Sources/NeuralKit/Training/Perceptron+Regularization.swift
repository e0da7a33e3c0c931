extension Sequential {
  /// A multilayer perceptron with batch normalization and dropout in its hidden layers:
  ///
  /// ```
  ///   x → Dense → [BatchNorm] → activation → [Dropout] → … → Dense → logits
  /// ```
  /// BatchNorm sits between the weighted sum and the nonlinearity, as Ioffe & Szegedy place it; Dropout
  /// after the nonlinearity, as Srivastava et al. do. Every Dense layer's weights are drawn first, in order,
  /// then one seed per Dropout layer: the weights are those of
  /// ``multilayerPerceptron(sizes:activation:initializer:using:)`` with the same generator, whatever the
  /// normalization and dropout, so runs that differ only in them start from the same point.
  /// Introduced in chapter 08.
  public static func multilayerPerceptron(
    sizes: [Int], activation: Activation, initializer: Initializer, batchNorm: Bool, dropout: Double,
    using generator: inout SeededGenerator
  ) -> Sequential {
    precondition(sizes.count >= 2 && sizes.allSatisfy { $0 >= 1 }, "An MLP needs ≥ 2 positive layer sizes: \(sizes)")
    let dense = zip(sizes, sizes.dropFirst()).map { inputs, outputs in
      Dense(inputs: inputs, outputs: outputs, initializer: initializer, using: &generator)
    }
    var layers: [Layer] = []
    for (index, layer) in dense.enumerated() {
      layers.append(layer)
      guard index < dense.count - 1 else { continue }
      if batchNorm { layers.append(BatchNorm(features: layer.weights.value.columns)) }
      layers.append(ActivationLayer(activation))
      if dropout > 0 { layers.append(Dropout(probability: dropout, seed: generator.next())) }
    }
    return Sequential(layers)
  }
}
