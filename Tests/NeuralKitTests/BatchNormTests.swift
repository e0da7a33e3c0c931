import Foundation
import NeuralKit
import TestSupport
import Testing

/// BatchNorm1d and the learning-rate schedules as torch computes them (scripts/reference/batchnorm_schedules.py).
struct TorchBatchNormFixture: Decodable {
  struct Step: Decodable {
    let x: [[Double]]
    let dy: [[Double]]
    let y: [[Double]]
    let dx: [[Double]]
    let dgamma: [Double]
    let dbeta: [Double]
    let running_mean: [Double]?
    let running_var: [Double]?
  }

  struct Case: Decodable {
    let gamma: [Double]
    let beta: [Double]
    let steps: [Step]
    let eval: Step
  }

  let batchnorm: [String: Case]
  let schedules: [String: [Double]]

  static func load() throws -> TorchBatchNormFixture {
    let url = try #require(
      Bundle.module.url(forResource: "torch-batchnorm-schedules", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(TorchBatchNormFixture.self, from: Data(contentsOf: url))
  }
}

@Suite("BatchNorm")
struct BatchNormTests {
  /// torch normalizes with 1/√(σ² + ε) computed in another order (and a Welford variance): a few ulps of
  /// order-one values, amplified at most by γ and by the ÷ n of the gradient's mean terms.
  static let torchTolerance = 1e-12
  /// Central differences with h = 1e-5 on order-one values: truncation ~h² and rounding ~ε/h, about 1e-10.
  static let differenceTolerance = 1e-7

  static func layer(_ c: TorchBatchNormFixture.Case) -> BatchNorm {
    let layer = BatchNorm(features: c.gamma.count)
    layer.gamma.value = Matrix(rowVector: c.gamma)
    layer.beta.value = Matrix(rowVector: c.beta)
    return layer
  }

  static func expectClose(_ actual: Matrix, _ expected: [[Double]], _ what: String) {
    let reference = expected.flatMap { $0 }
    #expect(isClose(actual.storage, reference, relative: torchTolerance, absolute: torchTolerance), "\(what)")
  }

  @Test("training steps and then evaluation match torch.nn.BatchNorm1d", arguments: ["example", "random", "two_rows"])
  func matchesTorch(name: String) throws {
    let c = try #require(try TorchBatchNormFixture.load().batchnorm[name])
    let layer = Self.layer(c)
    for (index, step) in c.steps.enumerated() {
      Self.expectClose(layer.forward(Matrix(step.x)), step.y, "\(name) step \(index) y")
      Self.expectClose(layer.backward(Matrix(step.dy)), step.dx, "\(name) step \(index) dx")
      Self.expectClose(layer.gamma.gradient, [step.dgamma], "\(name) step \(index) dγ")
      Self.expectClose(layer.beta.gradient, [step.dbeta], "\(name) step \(index) dβ")
      Self.expectClose(layer.runningMean, [try #require(step.running_mean)], "\(name) step \(index) running mean")
      Self.expectClose(layer.runningVariance, [try #require(step.running_var)], "\(name) step \(index) running var")
    }
    layer.setTraining(false)
    Self.expectClose(layer.forward(Matrix(c.eval.x)), c.eval.y, "\(name) eval y")
    Self.expectClose(layer.backward(Matrix(c.eval.dy)), c.eval.dx, "\(name) eval dx")
    Self.expectClose(layer.gamma.gradient, [c.eval.dgamma], "\(name) eval dγ")
    Self.expectClose(layer.beta.gradient, [c.eval.dbeta], "\(name) eval dβ")
  }

  @Test("the running variance uses the unbiased batch variance: ÷ (n − 1), not ÷ n")
  func unbiasedRunningVariance() {
    let layer = BatchNorm(features: 1)
    _ = layer.forward(Matrix(columnVector: [1, 2, 3, 6]))  // mean 3, Σ(x − μ)² = 14
    #expect(isClose(layer.runningMean[0, 0], 0.1 * 3, relative: 1e-15))
    #expect(isClose(layer.runningVariance[0, 0], 0.9 + 0.1 * 14 / 3, relative: 1e-15))
  }

  @Test("with γ = 1 and β = 0 every column of the output has mean 0 and variance σ²/(σ² + ε)")
  func normalizes() {
    var generator = SeededGenerator(seed: 3)
    let x = Matrix.randomNormal(rows: 50, columns: 4, standardDeviation: 5, using: &generator) + 7
    let y = BatchNorm(features: 4).forward(x)
    for c in 0..<4 {
      let column = y.column(c), n = Double(column.count)
      let mean = column.reduce(0, +) / n
      let variance = column.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / n
      #expect(abs(mean) < 1e-14)
      #expect(abs(variance - 1) < 1e-5 / 4)  // ε/σ² with σ ≈ 5
    }
  }

  /// L = Σ probe ⊙ y, so ∂L/∂y = probe, in training or evaluation mode.
  func gradientCheck(training: Bool) {
    var generator = SeededGenerator(seed: 21)
    let layer = BatchNorm(features: 3)
    layer.gamma.value = .randomNormal(rows: 1, columns: 3, using: &generator)
    layer.beta.value = .randomNormal(rows: 1, columns: 3, using: &generator)
    _ = layer.forward(.randomNormal(rows: 8, columns: 3, using: &generator))  // running statistics ≠ 0, 1
    layer.setTraining(training)
    let x = Matrix.randomNormal(rows: 5, columns: 3, using: &generator)
    let probe = Matrix.randomNormal(rows: 5, columns: 3, using: &generator)
    let (gamma, beta) = (layer.gamma.value, layer.beta.value)
    // A copy of the layer's state for each evaluation, so the running statistics stay where they are.
    func loss(x: Matrix, gamma: Matrix, beta: Matrix) -> Double {
      let copy = BatchNorm(features: 3)
      copy.buffers = layer.buffers
      copy.setTraining(training)
      (copy.gamma.value, copy.beta.value) = (gamma, beta)
      return (copy.forward(x) * probe).sum()
    }
    let dx = centralDifferenceGradient(of: { loss(x: $0, gamma: gamma, beta: beta) }, at: x)
    let dGamma = centralDifferenceGradient(of: { loss(x: x, gamma: $0, beta: beta) }, at: gamma)
    let dBeta = centralDifferenceGradient(of: { loss(x: x, gamma: gamma, beta: $0) }, at: beta)
    _ = layer.forward(x)
    let inputGradient = layer.backward(probe)
    #expect(isClose(inputGradient.storage, dx.storage, relative: Self.differenceTolerance, absolute: 1e-9))
    #expect(isClose(layer.gamma.gradient.storage, dGamma.storage, relative: Self.differenceTolerance, absolute: 1e-9))
    #expect(isClose(layer.beta.gradient.storage, dBeta.storage, relative: Self.differenceTolerance, absolute: 1e-9))
  }

  @Test("training-mode backward matches central differences for x, γ and β")
  func trainingGradients() { gradientCheck(training: true) }

  @Test("evaluation-mode backward matches central differences for x, γ and β")
  func evaluationGradients() { gradientCheck(training: false) }

  @Test("evaluation mode leaves the running statistics alone; a network passes its mode and buffers to every layer")
  func modesAndBuffers() {
    var generator = SeededGenerator(seed: 5)
    let network = Sequential.multilayerPerceptron(
      sizes: [3, 4, 4, 2], activation: .relu, initializer: .he, batchNorm: true, dropout: 0, using: &generator)
    let norms = network.layers.compactMap { $0 as? BatchNorm }
    #expect(norms.count == 2 && network.buffers.count == 4)
    _ = network.forward(.randomNormal(rows: 6, columns: 3, using: &generator))
    let saved = network.buffers
    network.setTraining(false)
    #expect(norms.allSatisfy { !$0.isTraining })
    _ = network.forward(.randomNormal(rows: 6, columns: 3, using: &generator))
    #expect(network.buffers == saved)
    network.setTraining(true)
    _ = network.forward(.randomNormal(rows: 6, columns: 3, using: &generator))
    #expect(network.buffers != saved)
    network.buffers = saved
    #expect(network.buffers == saved)
  }
}
