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

  /// ∂E/∂w1 … ∂E/∂w8 at the starting weights, by the chain rule written out by hand (the trace's products).
  static func handGradients() -> [Double] {
    let w = weights, (i1, i2) = (input[0, 0], input[0, 1]), (t1, t2) = (target[0, 0], target[0, 1])
    let h1 = sigmoid(w[0] * i1 + w[1] * i2 + hiddenBias), h2 = sigmoid(w[2] * i1 + w[3] * i2 + hiddenBias)
    let o1 = sigmoid(w[4] * h1 + w[5] * h2 + outputBias), o2 = sigmoid(w[6] * h1 + w[7] * h2 + outputBias)
    let d1 = (o1 - t1) * o1 * (1 - o1), d2 = (o2 - t2) * o2 * (1 - o2)  // δ_o = ∂E/∂out_o · σ′
    let e1 = (d1 * w[4] + d2 * w[6]) * h1 * (1 - h1), e2 = (d1 * w[5] + d2 * w[7]) * h2 * (1 - h2)  // δ_h
    return [e1 * i1, e1 * i2, e2 * i1, e2 * i2, d1 * h1, d1 * h2, d2 * h1, d2 * h2]
  }

  // snippet: mazur-autograd
  /// The example as a graph of scalar ``Value``s: E_total and the eight weights, ready for `backward()`.
  static func autogradGraph() -> (error: Value, weights: [Value]) {
    let w = weights.map { Value($0) }
    let (i1, i2) = (Value(input[0, 0]), Value(input[0, 1]))
    let (b1, b2) = (Value(hiddenBias), Value(outputBias))
    let h1 = (w[0] * i1 + w[1] * i2 + b1).sigmoid(), h2 = (w[2] * i1 + w[3] * i2 + b1).sigmoid()
    let o1 = (w[4] * h1 + w[5] * h2 + b2).sigmoid(), o2 = (w[6] * h1 + w[7] * h2 + b2).sigmoid()
    let error = 0.5 * (target[0, 0] - o1).power(2) + 0.5 * (target[0, 1] - o2).power(2)
    return (error, w)
  }
  // snippet end
}
