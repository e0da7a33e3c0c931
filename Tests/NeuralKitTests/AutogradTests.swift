import Foundation
import NeuralKit
import TestSupport
import Testing

@Suite("Scalar autograd")
struct AutogradTests {
  @Test("micrograd's README example: g = 24.7041, ∂g/∂a = 138.8338, ∂g/∂b = 645.5773")
  func microgradExample() {
    // The expression and the printed values (4 decimals, checked there against PyTorch) are from the
    // README of Karpathy's micrograd.
    let a = Value(-4), b = Value(2)
    var c = a + b
    var d = a * b + b.power(3)
    c = c + c + 1
    c = c + 1 + c + (-a)
    d = d + d * 2 + (b + a).relu()
    d = d + 3 * d + (b - a).relu()
    let e = c - d
    let f = e.power(2)
    var g = f / 2
    g = g + 10 / f
    g.backward()
    #expect(abs(g.data - 24.7041) < 5e-5)
    #expect(abs(a.grad - 138.8338) < 5e-5)
    #expect(abs(b.grad - 645.5773) < 5e-5)
  }

  /// A function touching every operation, written once on Values and once on Doubles.
  static func expression(_ x: Value, _ y: Value) -> Value {
    ((x * y).tanh() + (x - y).sigmoid() * x.exp() - (y * y + 1).log() / (x + 3)).power(2) + (x - 0.5).relu()
  }

  static func expression(_ x: Double, _ y: Double) -> Double {
    let s = 1 / (1 + exp(-(x - y)))
    let inner = tanh(x * y) + s * exp(x) - log(y * y + 1) / (x + 3)
    return inner * inner + max(0, x - 0.5)
  }

  // Central differences with h = 1e-5 are accurate to ~1e-9 relative for these smooth, order-one values.
  static let centralDifferenceTolerance = 1e-7

  @Test("backward matches central differences on every operation", arguments: [(-0.7, 0.4), (0.9, -1.3), (1.6, 2.2)])
  func againstCentralDifferences(point: (Double, Double)) {
    let x = Value(point.0), y = Value(point.1)
    let out = Self.expression(x, y)
    out.backward()
    #expect(isClose(out.data, Self.expression(point.0, point.1), relative: 1e-14))
    let dx = centralDifference({ Self.expression($0, point.1) }, at: point.0)
    let dy = centralDifference({ Self.expression(point.0, $0) }, at: point.1)
    #expect(relativeError(x.grad, dx) < Self.centralDifferenceTolerance)
    #expect(relativeError(y.grad, dy) < Self.centralDifferenceTolerance)
  }

  @Test("a value used twice accumulates both contributions: d(x·x)/dx = 2x")
  func reuse() {
    let x = Value(3)
    let y = x * x
    y.backward()
    #expect(x.grad == 6)
  }
}

@Suite("Numerical gradients")
struct NumericalGradientTests {
  @Test("central differences recover the gradient of a quadratic form exactly up to rounding")
  func quadratic() {
    // f(x) = Σ cᵢ xᵢ², ∇f = 2cᵢxᵢ; central differences are exact for quadratics, so only rounding remains.
    let c = [1.0, -2, 0.5, 3]
    let x = Matrix(rowVector: [0.3, -1.1, 2.0, 0.7])
    let gradient = centralDifferenceGradient(of: { m in zip(c, m.storage).reduce(0) { $0 + $1.0 * $1.1 * $1.1 } }, at: x)
    #expect(isClose(gradient.storage, zip(c, x.storage).map { 2 * $0 * $1 }, relative: 1e-9, absolute: 1e-10))
  }

  @Test("relative error is symmetric, scale-free and zero for two zeros")
  func relative() {
    #expect(relativeError(0, 0) == 0)
    #expect(relativeError(1, 1.000001) == relativeError(1.000001, 1))
    #expect(isClose(relativeError(2e-8, 1e-8), 0.5, relative: 1e-15))
  }
}
