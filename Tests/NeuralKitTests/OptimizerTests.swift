import Foundation
import NeuralKit
import TestSupport
import Testing

/// Three steps of every rule on f(θ) = θ² (g = 2θ) from θ = 1, worked by hand, and five steps on two
/// parameter matrices at once against torch.optim.
@Suite("Optimizers")
struct OptimizerTests {
  /// Rounding in a three-step recurrence of a handful of operations stays within a few ulps.
  static let handTolerance = 1e-14
  /// torch and NeuralKit evaluate the same expressions; a few ulps per step over five steps.
  static let torchTolerance = 1e-12

  func threeSteps(_ optimizer: any Optimizer) -> [Double] {
    let theta = Parameter(Matrix(rows: 1, columns: 1, repeating: 1))
    return (0..<3).map { _ in
      theta.gradient = theta.value * 2
      optimizer.step([theta])
      return theta.value[0, 0]
    }
  }

  @Test("GD, η = 0.1: θ ← θ − 0.1·2θ = 0.8θ")
  func gradientDescent() {
    #expect(isClose(threeSteps(GradientDescent(learningRate: 0.1)), [0.8, 0.64, 0.512], relative: Self.handTolerance))
  }

  // b₁ = 2, θ₁ = 1 − 0.2 = 0.8;  g = 1.6, b₂ = 0.9·2 + 1.6 = 3.4, θ₂ = 0.8 − 0.34 = 0.46;
  // g = 0.92, b₃ = 0.9·3.4 + 0.92 = 3.98, θ₃ = 0.46 − 0.398 = 0.062.
  @Test("momentum 0.9, η = 0.1: 0.8, 0.46, 0.062")
  func momentum() {
    #expect(isClose(threeSteps(Momentum(learningRate: 0.1)), [0.8, 0.46, 0.062], relative: Self.handTolerance))
  }

  // b₁ = 2, θ₁ = 1 − 0.1·(2 + 1.8) = 0.62;  g = 1.24, b₂ = 1.8 + 1.24 = 3.04, θ₂ = 0.62 − 0.1·(1.24 + 2.736) = 0.2224;
  // g = 0.4448, b₃ = 2.736 + 0.4448 = 3.1808, θ₃ = 0.2224 − 0.1·(0.4448 + 2.86272) = −0.108352.
  @Test("Nesterov 0.9, η = 0.1: 0.62, 0.2224, −0.108352")
  func nesterov() {
    #expect(isClose(threeSteps(Momentum(learningRate: 0.1, nesterov: true)), [0.62, 0.2224, -0.108352], relative: Self.handTolerance))
  }

  // s = 4, θ₁ = 1 − 0.1·2/(2 + 1e-10) = 0.900000000005;  g = 1.8, s = 7.24, θ₂ = 0.9 − 0.18/√7.24;
  // g = 2θ₂, s = 7.24 + g², θ₃ = θ₂ − 0.1·g/√s.
  @Test("AdaGrad, η = 0.1: steps shrink with the running sum of g²")
  func adaGrad() {
    #expect(isClose(threeSteps(AdaGrad(learningRate: 0.1)), [0.900000000005, 0.8331035268450359, 0.7804561813568098], relative: Self.handTolerance))
  }

  // v = 0.01·4 = 0.04, θ₁ = 1 − 0.01·2/(0.2 + 1e-8);  v = 0.99·0.04 + 0.01·1.8² = 0.0720000…, θ₂ = θ₁ − 0.01·g/(√v + 1e-8); …
  @Test("RMSprop, η = 0.01: the first step is η·g/√(0.01·g²) = 10η")
  func rmsProp() {
    #expect(isClose(threeSteps(RMSprop(learningRate: 0.01)), [0.9000000049999998, 0.8329179679700331, 0.7799822732436351], relative: Self.handTolerance))
  }

  // m = 0.2, v = 0.004; m̂ = 0.2/0.1 = 2, v̂ = 0.004/0.001 = 4: θ₁ = 1 − 0.1·2/(2 + 1e-8) = 0.9000000005 (a step of η).
  @Test("Adam, η = 0.1: the bias-corrected first step has length η")
  func adam() {
    #expect(isClose(threeSteps(Adam(learningRate: 0.1)), [0.9000000005, 0.8004122286917927, 0.70158627294603], relative: Self.handTolerance))
  }

  // θ ← θ·(1 − 0.1·0.01) = 0.999θ before each Adam step: θ₁ = 0.999 − 0.0999999995 = 0.8990000005.
  @Test("AdamW, η = 0.1, λ = 0.01: decay by 0.999, then Adam's step")
  func adamW() {
    #expect(isClose(threeSteps(AdamW(learningRate: 0.1)), [0.8990000005, 0.7985190271685215, 0.6989111831582321], relative: Self.handTolerance))
  }

  @Test("OptimizerKind names every rule and makes it with torch's defaults")
  func kinds() {
    #expect(OptimizerKind.allCases.map(\.rawValue) == ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"])
    #expect(threeSteps(OptimizerKind.nesterov.make(learningRate: 0.1)) == threeSteps(Momentum(learningRate: 0.1, nesterov: true)))
    #expect(threeSteps(OptimizerKind.adamw.make(learningRate: 0.1)) == threeSteps(AdamW(learningRate: 0.1, weightDecay: 0.01)))
    #expect(OptimizerKind(rawValue: "sgd") == nil)
  }

  // MARK: - Against torch.optim on two matrices

  struct MatrixFixture: Decodable {
    struct Run: Decodable { let w: [[Double]]; let b: [[Double]] }
    let A: [[Double]], C: [[Double]], W0: [[Double]], B0: [[Double]]
    let learning_rate: Double
    let steps: Int
    let runs: [String: Run]
  }

  struct Fixture: Decodable {
    let matrices: MatrixFixture
    let schedules: [String: [Double]]
  }

  static func fixture() throws -> Fixture {
    let url = try #require(Bundle.module.url(forResource: "torch-optimizers", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url))
  }

  @Test("five steps on W (2×3) and b (1×3) together match torch.optim", arguments: OptimizerKind.allCases, [0.0, 0.1])
  func againstTorch(kind: OptimizerKind, weightDecay: Double) throws {
    let f = try Self.fixture().matrices
    let (a, c) = (Matrix(f.A), Matrix(f.C))
    let (w, b) = (Parameter(Matrix(f.W0)), Parameter(Matrix(f.B0)))
    let optimizer = kind.make(learningRate: f.learning_rate, weightDecay: weightDecay)
    for _ in 0..<f.steps {
      // L = Σ A∘W²/2 + Σ C∘(b − 1)²/2:  ∂L/∂W = A∘W,  ∂L/∂b = C∘(b − 1).
      (w.gradient, b.gradient) = (a * w.value, c * (b.value - 1))
      optimizer.step([w, b])
    }
    let expected = try #require(f.runs["\(kind.rawValue)@\(weightDecay)"])
    #expect(isClose(w.value.storage, expected.w.flatMap { $0 }, relative: Self.torchTolerance), "\(w.value)")
    #expect(isClose(b.value.storage, expected.b.flatMap { $0 }, relative: Self.torchTolerance), "\(b.value)")
  }
}
