import NeuralKit
import Testing

/// Skipping the first layer's input gradient leaves every parameter gradient unchanged.
@Suite("Sequential without the input gradient")
struct SequentialInputGradientTests {
  @Test("backwardParameters leaves the parameter gradients of backward unchanged")
  func skipsInputGradient() {
    var generator = SeededGenerator(seed: 3)
    let x = Matrix.randomUniform(rows: 5, columns: 7, in: -1..<1, using: &generator)
    let delta = Matrix.randomUniform(rows: 5, columns: 3, in: -1..<1, using: &generator)
    var copy = generator
    let full = Sequential.multilayerPerceptron(sizes: [7, 4, 3], activation: .relu, initializer: .he, using: &generator)
    let skipping = Sequential.multilayerPerceptron(sizes: [7, 4, 3], activation: .relu, initializer: .he, using: &copy)
    _ = full.forward(x)
    _ = skipping.forward(x)
    #expect(full.backward(delta).shape == (5, 7))
    skipping.backwardParameters(delta)
    #expect(full.parameters.map(\.gradient) == skipping.parameters.map(\.gradient))
  }
}
