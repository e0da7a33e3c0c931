import NeuralKit

/// The activations of every layer of a deep stack of dense layers at initialization.
///
/// Pushes `samples` standard-normal inputs through `depth` layers of `width` units (weights from
/// `initializer`, zero biases, `activation` after each). Theory for width n: with tanh and N(0, s²) weights
/// the spread shrinks by about s·√n per layer while it is small; with ReLU and He weights E[a²] is
/// preserved layer after layer (Var z = n·(2/n)·E[a²] and ReLU halves it back).
func activationsThroughDepth(
  depth: Int, width: Int, samples: Int, activation: Activation, initializer: Initializer,
  using generator: inout SeededGenerator
) -> [Matrix] {
  var a = Matrix.randomNormal(rows: samples, columns: width, using: &generator)
  var layers: [Matrix] = []
  for _ in 0..<depth {
    let w = initializer.weights(fanIn: width, fanOut: width, using: &generator)
    a = activation.value(a.matmul(w))
    layers.append(a)
  }
  return layers
}

/// The population standard deviation √(Σ(x − x̄)²/n).
func standardDeviation(_ values: [Double]) -> Double {
  guard !values.isEmpty else { return 0 }
  let mean = values.reduce(0, +) / Double(values.count)
  return (values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / Double(values.count)).squareRoot()
}
