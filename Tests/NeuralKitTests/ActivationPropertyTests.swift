import Foundation
import NeuralKit
import TestSupport
import Testing

/// Inputs for the property checks: seeded, so a failure names an input that reproduces.
///
/// A seeded loop over many inputs says the same as a property-testing library would for these one-line
/// identities, without a dependency; the seed is fixed, so every run checks the same points.
func seededInputs(count: Int = 5000, in range: Range<Double> = -30..<30, seed: UInt64 = 2024) -> [Double] {
  var generator = SeededGenerator(seed: seed)
  return (0..<count).map { _ in generator.nextUniform(in: range) }
}

/// Identities hold to a few ulps of the larger side.
let identityTolerance = 1e-15
/// Central differences with h = 1e-5: truncation ~h²·f‴ ≈ 1e-10 plus rounding ~ε/h ≈ 1e-11.
let gradientCheckTolerance = 1e-8

@Suite("Activation properties")
struct ActivationPropertyTests {
  @Test("σ(−x) = 1 − σ(x)")
  func sigmoidSymmetry() {
    for x in seededInputs() {
      #expect(abs(sigmoid(-x) - (1 - sigmoid(x))) <= identityTolerance, "x = \(x)")
    }
  }

  @Test("tanh(x) = 2σ(2x) − 1")
  func tanhIsRescaledSigmoid() {
    for x in seededInputs() {
      #expect(abs(tanh(x) - (2 * sigmoid(2 * x) - 1)) <= 2 * identityTolerance, "x = \(x)")
    }
  }

  @Test("softplus′ = σ, by central differences of softplus itself")
  func softplusDerivativeIsSigmoid() {
    for x in seededInputs(count: 2000) {
      #expect(abs(centralDifference(softplus, at: x) - sigmoid(x)) <= gradientCheckTolerance, "x = \(x)")
    }
  }

  @Test("softplus(x) − softplus(−x) = x and relu(x) = x·[x > 0]")
  func softplusAndReluIdentities() {
    for x in seededInputs() {
      #expect(isClose(softplus(x) - softplus(-x), x, relative: 1e-12, absolute: 1e-13), "x = \(x)")
      #expect(relu(x) == (x > 0 ? x : 0))
    }
  }

  @Test("analytic f′ matches central differences away from the kinks", arguments: Activation.allCases)
  func gradientCheck(activation: Activation) {
    // Stay a few steps away from 0 where f′ jumps (ReLU, leaky ReLU); elsewhere f is smooth.
    let inputs = seededInputs(count: 2000, in: -8..<8).filter { !activation.hasKinkAtZero || abs($0) > 1e-3 }
    for x in inputs {
      let numeric = centralDifference(activation.value, at: x)
      #expect(abs(numeric - activation.derivative(x)) <= gradientCheckTolerance, "\(activation) at \(x)")
    }
  }

  @Test("central differences recover cos as the derivative of sin")
  func centralDifferenceWorks() {
    for x in seededInputs(count: 200, in: -4..<4) {
      #expect(abs(centralDifference(sin, at: x) - cos(x)) <= gradientCheckTolerance)
    }
    let gradient = centralDifferenceGradient(of: { $0.storage.reduce(0) { $0 + $1 * $1 * $1 } }, at: Matrix([[1, -2]]))
    #expect(isClose(gradient.storage, [3, 12], relative: 1e-9))
  }
}
