import NeuralKit
import TestSupport
import Testing

@Suite("Layers")
struct LayerTests {
  @Test("Dense forward is X·W + b, by hand")
  func denseForward() {
    let dense = Dense(weights: Matrix([[1, 2], [3, 4], [5, 6]]), bias: Matrix(rowVector: [0.5, -1]))
    let y = dense.forward(Matrix([[1, 0, -1], [2, 1, 0]]))
    #expect(y == Matrix([[1 - 5 + 0.5, 2 - 6 - 1], [2 + 3 + 0.5, 4 + 4 - 1]]))
  }

  // Central differences (h = 1e-5) on order-one values agree with exact gradients to ~1e-9 relative.
  static let gradientTolerance = 1e-6

  @Test("Dense backward matches central differences for W, b and X")
  func denseGradients() {
    var generator = SeededGenerator(seed: 11)
    let dense = Dense(inputs: 3, outputs: 4, initializer: .xavier, using: &generator)
    dense.bias.value = .randomNormal(rows: 1, columns: 4, using: &generator)
    let x = Matrix.randomNormal(rows: 5, columns: 3, using: &generator)
    let probe = Matrix.randomNormal(rows: 5, columns: 4, using: &generator)
    // L = Σ probe ⊙ Y, so ∂L/∂Y = probe.
    func loss(_ layer: Dense, _ input: Matrix) -> Double { (layer.forward(input) * probe).sum() }
    _ = dense.forward(x)
    let inputGradient = dense.backward(probe)
    let numericW = centralDifferenceGradient(of: { w in loss(Dense(weights: w, bias: dense.bias.value), x) }, at: dense.weights.value)
    let numericB = centralDifferenceGradient(of: { b in loss(Dense(weights: dense.weights.value, bias: b), x) }, at: dense.bias.value)
    let numericX = centralDifferenceGradient(of: { loss(dense, $0) }, at: x)
    #expect(isClose(dense.weights.gradient.storage, numericW.storage, relative: Self.gradientTolerance, absolute: 1e-9))
    #expect(isClose(dense.bias.gradient.storage, numericB.storage, relative: Self.gradientTolerance, absolute: 1e-9))
    #expect(isClose(inputGradient.storage, numericX.storage, relative: Self.gradientTolerance, absolute: 1e-9))
  }

  @Test("Sequential chains forward and backward and exposes parameters in layer order")
  func sequential() {
    var generator = SeededGenerator(seed: 5)
    let first = Dense(inputs: 2, outputs: 3, initializer: .he, using: &generator)
    let second = Dense(inputs: 3, outputs: 1, initializer: .he, using: &generator)
    let network = Sequential([first, second])
    let x = Matrix([[0.5, -1], [2, 0.25]])
    #expect(network.forward(x) == second.forward(first.forward(x)))
    #expect(network.parameters.map(\.value.shapeDescription) == ["2×3", "1×3", "3×1", "1×1"])
    network.parameters[3].value = Matrix([[7]])
    #expect(second.bias.value == Matrix([[7]]))
  }

  @Test("initializers have the documented spread", arguments: [Initializer.xavier, .he, .small, .zeros])
  func initializerSpread(initializer: Initializer) {
    var generator = SeededGenerator(seed: 9)
    let fanIn = 400, fanOut = 300
    let w = initializer.weights(fanIn: fanIn, fanOut: fanOut, using: &generator)
    let variance = w.storage.reduce(0) { $0 + $1 * $1 } / Double(w.count)
    let expected: Double = switch initializer {
    case .zeros: 0
    case .smallRandom(let s): s * s
    case .xavier: 2 / Double(fanIn + fanOut)
    case .he: 2 / Double(fanIn)
    }
    // 120,000 draws: the sample variance is within 2 % of the true one (≈ 6 standard errors for the normal).
    #expect(isClose(variance, expected, relative: 0.02))
  }
}
