import ExerciseKit
import Foundation

/// Exercise 02-activations/sigmoid: the logistic sigmoid and its derivative, for any input.
///
/// ```
///            1
///   σ(x) = ───────       σ′(x) = σ(x)·(1 − σ(x))
///          1 + e⁻ˣ
/// ```
/// The grader tries x from −1000 to 1000. Exponentiate only non-positive numbers: for x ≥ 0 use
/// 1/(1 + e⁻ˣ), for x < 0 the equal eˣ/(1 + eˣ). (eˣ/(1 + eˣ) at x = 1000 is ∞/∞ = NaN.)
///
/// Check it: `make check CH=02`
public func sigmoid(_ x: Double) -> Double {
  return notImplemented()
}

/// The derivative of the sigmoid, σ′(x) = σ(x)·(1 − σ(x)).
public func sigmoidDerivative(_ x: Double) -> Double {
  return notImplemented()
}
