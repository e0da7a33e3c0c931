import NeuralKit

/// The 2-2-2 network of Matt Mazur's "A Step by Step Backpropagation Example" (2015), the classic worked
/// example: inputs (0.05, 0.10), targets (0.01, 0.99), sigmoid everywhere, E = ½Σ(target − output)²,
/// learning rate 0.5, biases 0.35 (hidden) and 0.60 (output) never updated. Introduced in chapter 05.
///
/// ```
///   w1, w2: i1, i2 → h1    w3, w4: i1, i2 → h2    w5, w6: h1, h2 → o1    w7, w8: h1, h2 → o2
/// ```
/// In ``Dense``'s layout (W is inputs × outputs) the hidden weights are [[w1, w3], [w2, w4]] and the
/// output weights [[w5, w7], [w6, w8]].
enum MazurExample {
  static let input = Matrix(rowVector: [0.05, 0.10])
  static let target = Matrix(rowVector: [0.01, 0.99])
  static let weights = [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55]
  static let hiddenBias = 0.35, outputBias = 0.60
  static let learningRate = 0.5

  /// Fresh layers holding the example's starting weights: hidden Dense, sigmoid, output Dense, sigmoid.
  static func network() -> (hidden: Dense, output: Dense, network: Sequential) {
    let w = weights
    let hidden = Dense(weights: Matrix([[w[0], w[2]], [w[1], w[3]]]), bias: Matrix(rowVector: [hiddenBias, hiddenBias]))
    let output = Dense(weights: Matrix([[w[4], w[6]], [w[5], w[7]]]), bias: Matrix(rowVector: [outputBias, outputBias]))
    return (hidden, output, Sequential([hidden, ActivationLayer(.sigmoid), output, ActivationLayer(.sigmoid)]))
  }

  /// w1 … w8 read back from the two layers.
  static func weights(hidden: Dense, output: Dense) -> [Double] {
    let h = hidden.weights.value, o = output.weights.value
    return [h[0, 0], h[1, 0], h[0, 1], h[1, 1], o[0, 0], o[1, 0], o[0, 1], o[1, 1]]
  }

  /// One gradient-descent update of the weights only (the biases stay fixed), returning E before it.
  @discardableResult
  static func step(_ hidden: Dense, _ output: Dense, _ network: Sequential) -> Double {
    let loss = HalfSumOfSquares()
    let prediction = network.forward(input)
    _ = network.backward(loss.gradient(prediction, target))
    hidden.weights.value -= learningRate * hidden.weights.gradient
    output.weights.value -= learningRate * output.weights.gradient
    return loss.value(prediction, target)
  }
}
