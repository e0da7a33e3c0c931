import Foundation
import NeuralKit
import TestSupport
import Testing

@Suite("Dropout")
struct DropoutTests {
  /// A binomial count lies within 5 standard deviations of its mean with probability 1 − 6e-7.
  static let binomialSigmas = 5.0

  @Test("training: each element is dropped or scaled by 1/(1 − p); the drop count lies within binomial bounds",
        arguments: [0.1, 0.5, 0.8])
  func invertedScaling(p: Double) {
    let layer = Dropout(probability: p, seed: 7)
    let x = Matrix(rows: 200, columns: 500, repeating: 3)
    let y = layer.forward(x)
    let dropped = y.storage.filter { $0 == 0 }.count
    // The mask holds 1/(1 − p), which multiplies x, as torch's dropout does: equal bits.
    #expect(y.storage.allSatisfy { $0 == 0 || $0 == 3 * (1 / (1 - p)) })
    let n = Double(x.count)
    #expect(abs(Double(dropped) - n * p) <= Self.binomialSigmas * (n * p * (1 - p)).squareRoot())
    // E[y] = x: the mean of the output is 3 to within the same bound, scaled.
    let meanBound = Self.binomialSigmas * (p * (1 - p) / n).squareRoot() * 3 / (1 - p)
    #expect(abs(y.mean() - 3) <= meanBound)
  }

  @Test("backward drops the same units and scales the survivors alike")
  func backward() {
    var generator = SeededGenerator(seed: 2)
    let layer = Dropout(probability: 0.3, seed: 11)
    let x = Matrix.randomNormal(rows: 6, columns: 7, using: &generator)
    let y = layer.forward(x)
    let g = Matrix.randomNormal(rows: 6, columns: 7, using: &generator)
    let dx = layer.backward(g)
    for i in x.storage.indices {
      // y = x·mask, so ∂L/∂x = g·mask, the mask 0 where y is and 1/0.7 elsewhere.
      #expect(dx.storage[i] == (y.storage[i] == 0 ? 0 : g.storage[i] * (1 / 0.7)))
    }
  }

  @Test("evaluation mode and p = 0 are the identity, forward and backward")
  func identity() {
    var generator = SeededGenerator(seed: 4)
    let x = Matrix.randomNormal(rows: 5, columns: 5, using: &generator)
    let evaluating = Dropout(probability: 0.5, seed: 1)
    evaluating.setTraining(false)
    #expect(evaluating.forward(x) == x && evaluating.backward(x) == x)
    let none = Dropout(probability: 0, seed: 1)
    #expect(none.forward(x) == x && none.backward(x) == x)
  }

  @Test("the same seed drops the same units; another seed, others")
  func seeded() {
    let x = Matrix(rows: 10, columns: 10, repeating: 1)
    let a = Dropout(probability: 0.5, seed: 9).forward(x), b = Dropout(probability: 0.5, seed: 9).forward(x)
    let c = Dropout(probability: 0.5, seed: 10).forward(x)
    #expect(a == b && a != c)
  }

  @Test("Trainer.evaluate runs a dropout network in evaluation mode and leaves it in training mode")
  func trainerModes() {
    var generator = SeededGenerator(seed: 3)
    let network = Sequential.multilayerPerceptron(
      sizes: [4, 8, 3], activation: .relu, initializer: .he, batchNorm: false, dropout: 0.5, using: &generator)
    let features = Matrix.randomNormal(rows: 9, columns: 4, using: &generator)
    let data = Dataset(name: "t", features: features, labels: Array(repeating: 1, count: 9), classCount: 3)
    let optimizer = GradientDescent(learningRate: 0.1)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: optimizer)
    #expect(trainer.evaluate(data) == trainer.evaluate(data))  // no units dropped: the same loss twice
    let dropouts = network.layers.compactMap { $0 as? Dropout }
    #expect(dropouts.count == 1 && dropouts[0].isTraining)
    #expect(trainer.predict(data.features) == trainer.predict(data.features))
  }

  @Test("with neither BatchNorm nor dropout the regularized builder gives the plain perceptron's weights")
  func plainBuilder() {
    var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8)
    let plain = Sequential.multilayerPerceptron(sizes: [5, 6, 4, 2], activation: .tanh, initializer: .xavier, using: &a)
    let same = Sequential.multilayerPerceptron(
      sizes: [5, 6, 4, 2], activation: .tanh, initializer: .xavier, batchNorm: false, dropout: 0, using: &b)
    #expect(plain.parameters.map(\.value) == same.parameters.map(\.value) && plain.layers.count == same.layers.count)
  }
}
