import NeuralKit

/// Gradients through a deep network at initialization: `depth` dense layers of `width` units, the activation
/// after every layer but the last, mean squared error against random targets, one backward pass.
///
/// ```
///   zˡ = aˡ⁻¹Wˡ,  aˡ = f(zˡ) (l < depth),  ŷ = z^depth,  L = mean((ŷ − T)²)
///   measured gain of hidden layer l:  n·Var(w)·mean f′(zˡ)²
/// ```
/// The generator draws X, then T, then W¹ … W^depth, so every activation sees the same data.
struct GradientFlow {
  /// ‖∂L/∂Wˡ‖ (Frobenius) for l = 1 … depth.
  let gradientNorms: [Double]
  /// n·Var(w)·mean f′(zˡ)² for the hidden layers l = 1 … depth − 1.
  let gains: [Double]

  init(_ activation: Activation, _ initializer: Initializer, depth: Int, width: Int, batch: Int, seed: UInt64) {
    var generator = SeededGenerator(seed: seed)
    let x = Matrix.randomNormal(rows: batch, columns: width, using: &generator)
    let t = Matrix.randomNormal(rows: batch, columns: width, using: &generator)
    let gainScale = initializer == .he ? 2.0 : 1.0  // n·Var(w): He 2, Xavier 1 for equal fan-in and fan-out
    // snippet: gradient-flow
    let dense = (0..<depth).map { _ in
      Dense(inputs: width, outputs: width, initializer: initializer, using: &generator)
    }
    let activations = (1..<depth).map { _ in ActivationLayer(activation) }
    var a = x, gains: [Double] = []
    for (l, layer) in dense.enumerated() {
      let z = layer.forward(a)  // zˡ = aˡ⁻¹·Wˡ (+ b = 0)
      guard l < depth - 1 else { a = z; break }  // linear output layer
      gains.append(gainScale * activation.derivative(z).storage.map { $0 * $0 }.mean)
      a = activations[l].forward(z)  // aˡ = f(zˡ)
    }
    var delta = meanSquaredErrorGradient(a, t)  // ∂L/∂ŷ
    for l in stride(from: depth - 1, through: 0, by: -1) {
      if l < depth - 1 { delta = activations[l].backward(delta) }  // ⊙ f′(zˡ)
      delta = dense[l].backward(delta)  // fills ∂L/∂Wˡ = aˡ⁻¹ᵀ·δˡ, passes δˡ·Wˡᵀ down
    }
    gradientNorms = dense.map { $0.weights.gradient.storage.map { $0 * $0 }.sum.squareRoot() }
    // snippet end
    self.gains = gains
  }

  /// First layer's gradient norm ÷ last layer's.
  var firstToLast: Double { (gradientNorms.first ?? 0) / (gradientNorms.last ?? 1) }
}

extension [Double] {
  var sum: Double { reduce(0, +) }
  var mean: Double { isEmpty ? 0 : sum / Double(count) }
}
