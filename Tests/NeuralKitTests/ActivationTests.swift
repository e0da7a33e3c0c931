import Foundation
@testable import NeuralKit
import TestSupport
import Testing

/// The committed output of `scripts/reference/activations_losses.py` (torch.nn.functional, float64).
struct TorchReference: Decodable {
  struct Curve: Decodable { let f: [Double], df: [Double] }
  struct LossCase: Decodable { let loss: Double, grad: [[Double]] }
  struct Regression: Decodable { let y_hat: [[Double]], y: [[Double]], mse: LossCase, mae: LossCase, huber: LossCase }
  struct BCE: Decodable { let p: [[Double]], y: [[Double]], loss: Double, grad: [[Double]] }
  struct BCELogits: Decodable { let z: [[Double]], y: [[Double]], loss: Double, grad: [[Double]] }
  struct CE: Decodable { let logits: [[Double]], labels: [Int], loss: Double, grad: [[Double]] }
  struct Losses: Decodable { let regression: Regression, bce: BCE, bce_logits: BCELogits, ce: CE }

  let activations: [String: Curve]
  let grid: [Double]
  let farTails: [String: Double]
  let losses: Losses

  private enum Keys: String, CodingKey { case activations, far_tails, losses }
  private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
  }

  init(from decoder: Decoder) throws {
    let container = try decoder.container(keyedBy: Keys.self)
    let table = try container.nestedContainer(keyedBy: AnyKey.self, forKey: .activations)
    var curves: [String: Curve] = [:]
    var grid: [Double] = []
    for key in table.allKeys {
      if key.stringValue == "x" { grid = try table.decode([Double].self, forKey: key) }
      else { curves[key.stringValue] = try table.decode(Curve.self, forKey: key) }
    }
    self.activations = curves
    self.grid = grid
    self.farTails = try container.decode([String: Double].self, forKey: .far_tails)
    self.losses = try container.decode(Losses.self, forKey: .losses)
  }

  static func load() throws -> TorchReference {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/torch-activations-losses", withExtension: "json"))
    return try JSONDecoder().decode(TorchReference.self, from: Data(contentsOf: url))
  }
}

/// Agreement with PyTorch: both evaluate the same closed forms in float64, so only the last few bits may
/// differ (a different but equally exact arrangement, e.g. erfc vs 1 + erf, expm1 vs exp − 1).
let torchRelativeTolerance = 1e-13
/// Values that are exactly zero in one and ~1e-17 in the other need an absolute floor.
let torchAbsoluteTolerance = 1e-15

@Suite("Activations")
struct ActivationTests {
  @Test("value and derivative match torch.nn.functional over a grid with the kinks", arguments: Activation.allCases)
  func matchesTorch(activation: Activation) throws {
    let reference = try TorchReference.load()
    let curve = try #require(reference.activations[activation.rawValue])
    for (i, x) in reference.grid.enumerated() {
      #expect(isClose(activation.value(x), curve.f[i], relative: torchRelativeTolerance, absolute: torchAbsoluteTolerance), "f(\(x))")
      #expect(isClose(activation.derivative(x), curve.df[i], relative: torchRelativeTolerance, absolute: torchAbsoluteTolerance), "f′(\(x))")
    }
  }

  @Test("far tails keep their relative accuracy (40-digit mpmath values)")
  func farTails() throws {
    let tails = try TorchReference.load().farTails
    let computed: [String: Double] = [
      "gelu@-10": gelu(-10), "gelu@-30": gelu(-30), "softplus@30": softplus(30),
      "softplus@-30": softplus(-30), "sigmoid@-40": sigmoid(-40), "silu@-40": silu(-40),
    ]
    for (key, value) in computed {
      // erfc(t) has condition number ≈ 2t² (≈ 900 at t = 30/√2): rounding x/√2 alone costs ~1e-13.
      #expect(isClose(value, try #require(tails[key]), relative: 1e-12), "\(key)")
    }
  }

  @Test("saturation is exact and finite: σ(±1000) = 1/0, softplus(±1000) = 1000/0")
  func saturation() {
    #expect(sigmoid(1000) == 1)
    #expect(sigmoid(-1000) == 0)
    #expect(softplus(1000) == 1000)
    #expect(softplus(-1000) == 0)
    let extremes = [-Double.greatestFiniteMagnitude, -1e300, -1000, -745, 745, 1000, 1e300, .greatestFiniteMagnitude]
    for activation in Activation.allCases where activation != .softplus {
      #expect(allFinite(extremes.map(activation.value)), "\(activation) value")
      #expect(allFinite(extremes.map(activation.derivative)), "\(activation) derivative")
    }
    #expect(allFinite(extremes.dropLast().map(softplus)), "softplus(x) ≈ x is finite below the largest double")
  }

  @Test("derivatives at the kinks follow PyTorch: relu′(0) = 0, leaky_relu′(0) = 0.01")
  func kinks() {
    #expect(reluDerivative(0) == 0)
    #expect(leakyReLUDerivative(0) == 0.01)
    #expect(Activation.leakyReLU.derivative(-2) == leakyReLUDefaultSlope)
    #expect(eluDerivative(0) == 1)
    #expect(relu(-0.5) == 0 && relu(0.5) == 0.5)
    #expect(leakyReLU(-2) == -0.02)
  }

  @Test("hand-worked values: σ(0) = ½, tanh′(0) = 1, gelu(1) = Φ(1), silu(0) = 0, elu(−1) = 1/e − 1")
  func handWorked() {
    #expect(sigmoid(0) == 0.5 && sigmoidDerivative(0) == 0.25)
    #expect(tanhDerivative(0) == 1)
    #expect(isClose(gelu(1), 0.841344746068542948585232545632, relative: 1e-15))
    #expect(silu(0) == 0 && siluDerivative(0) == 0.5)
    #expect(isClose(elu(-1), exp(-1) - 1, relative: 1e-15))
    #expect(isClose(softplus(0), log(2), relative: 1e-15))
    #expect(isClose(geluDerivative(0), 0.5, relative: 1e-15))
  }

  @Test("the Matrix forms apply the scalar function to every element", arguments: Activation.allCases)
  func matrixForms(activation: Activation) {
    let z = Matrix([[-3, -0.5, 0], [0.25, 2, 40]])
    #expect(activation.value(z) == z.map(activation.value))
    #expect(activation.derivative(z) == z.map(activation.derivative))
    #expect(activation.value(z).shape == z.shape)
  }

  @Test("every activation is named as PyTorch names it")
  func names() {
    #expect(Activation.allCases.map(\.rawValue) == ["sigmoid", "tanh", "relu", "leaky_relu", "elu", "softplus", "gelu", "silu"])
    #expect(Activation(rawValue: "leaky_relu") == .leakyReLU)
  }
}
