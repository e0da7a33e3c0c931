import ExerciseKit
import Foundation

/// Exercise 02-activations/tanh: the hyperbolic tangent and its derivative, without Foundation's `tanh`.
///
/// ```
///            eˣ − e⁻ˣ
///   tanh x = ────────  = 2σ(2x) − 1       tanh′(x) = 1 − tanh²(x)
///            eˣ + e⁻ˣ
/// ```
/// The grader tries x from −1000 to 1000, where the quotient above is ∞/∞. Rewrite it so that only
/// e^(−2|x|) ≤ 1 is formed: tanh x = sign(x)·(1 − e^(−2|x|))/(1 + e^(−2|x|)). (`expm1(u)` = eᵘ − 1 keeps
/// 1 − e^(−2|x|) accurate for tiny |x|.)
///
/// Check it: `make check CH=02`
public func hyperbolicTangent(_ x: Double) -> Double {
  return notImplemented()
}

/// The derivative of tanh, 1 − tanh²(x).
public func hyperbolicTangentDerivative(_ x: Double) -> Double {
  return notImplemented()
}
