import Foundation
@testable import NeuralKit
import PropertyBased
import TestSupport
import Testing

/// Inputs for the activation identities: wide enough that σ and softplus saturate at both ends.
let activationInputs = Gen.double(in: -60...60)

/// Identities between values of size ≤ 1 (σ(x) + σ(−x) = 1): each side carries a few roundings of
/// half an ulp of 1 (1.1e-16); 1e-15 leaves room for four of them and catches any real error.
let identityTolerance = 1e-15
/// softplus(x) − softplus(−x) = x: the two terms are rounded to half an ulp of themselves, which is at
/// most half an ulp of max(|x|, ln 2); their difference may cancel to |x|, so the error is a few ulps of
/// max(|x|, 1): relative 1e-15 plus the same absolutely.
let softplusIdentityTolerance = 1e-15
/// Central differences with h = 1e-5: truncation ~h²·f‴ ≈ 1e-10 plus rounding ~ε/h ≈ 1e-11.
let gradientCheckTolerance = 1e-8
/// How far from a kink (ReLU and leaky ReLU at 0) a central difference must stay: 100 steps.
let kinkMargin = 100 * centralDifferenceStep

/// Identities every activation must satisfy at any input, checked on random inputs (a failure prints
/// the input and a seed that reproduces it).
@Suite("Activation properties")
struct ActivationPropertyTests {
  @Test("σ(x) + σ(−x) = 1")
  func sigmoidSymmetry() async {
    await propertyCheck(count: 500, input: activationInputs) { x in
      #expect(abs(sigmoid(x) + sigmoid(-x) - 1) <= identityTolerance)
    }
  }

  @Test("tanh is odd and tanh(x) = 2σ(2x) − 1")
  func tanhOddAndRescaledSigmoid() async {
    await propertyCheck(count: 500, input: activationInputs) { x in
      #expect(Activation.tanh.value(-x) == -Activation.tanh.value(x))
      #expect(abs(tanh(x) - (2 * sigmoid(2 * x) - 1)) <= 2 * identityTolerance)
    }
  }

  @Test("relu is idempotent and is x·[x > 0]")
  func reluIdempotent() async {
    await propertyCheck(count: 500, input: activationInputs) { x in
      #expect(relu(relu(x)) == relu(x))
      #expect(relu(x) == (x > 0 ? x : 0))
    }
  }

  @Test("softplus(x) − softplus(−x) = x")
  func softplusIdentity() async {
    await propertyCheck(count: 500, input: activationInputs) { x in
      let tolerance = softplusIdentityTolerance
      #expect(isClose(softplus(x) - softplus(-x), x, relative: tolerance, absolute: tolerance))
    }
  }

  @Test("softplus′ = σ, by central differences of softplus itself")
  func softplusDerivativeIsSigmoid() async {
    await propertyCheck(count: 300, input: Gen.double(in: -30...30)) { x in
      #expect(abs(centralDifference(softplus, at: x) - sigmoid(x)) <= gradientCheckTolerance)
    }
  }

  @Test("every analytic f′ matches central differences away from the kinks")
  func gradientCheck() async {
    let inputs = zip(Gen<Activation>.case, Gen.double(in: -8...8)).filter { activation, x in
      !activation.hasKinkAtZero || abs(x) > kinkMargin
    }
    await propertyCheck(count: 800, input: inputs) { activation, x in
      let numeric = centralDifference(activation.value, at: x)
      #expect(abs(numeric - activation.derivative(x)) <= gradientCheckTolerance, "\(activation)")
    }
  }

  @Test("central differences recover cos as the derivative of sin")
  func centralDifferenceWorks() async {
    await propertyCheck(count: 200, input: Gen.double(in: -4...4)) { x in
      #expect(abs(centralDifference(sin, at: x) - cos(x)) <= gradientCheckTolerance)
    }
    let gradient = centralDifferenceGradient(
      of: { $0.storage.reduce(0) { $0 + $1 * $1 * $1 } }, at: Matrix([[1, -2]]))
    #expect(isClose(gradient.storage, [3, 12], relative: 1e-9))
  }
}
