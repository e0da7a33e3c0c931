import Foundation

/// The logistic sigmoid.
///
/// ```
///            1
///   σ(x) = ───────       σ′(x) = σ(x)·(1 − σ(x))
///          1 + e⁻ˣ
/// ```
// For x < 0 we evaluate eˣ/(1 + eˣ) so that e⁻ˣ never overflows: sigmoid(−1000) is 0, not NaN.
@inlinable
public func sigmoid(_ x: Double) -> Double {
  if x >= 0 {
    return 1 / (1 + exp(-x))
  }
  let e = exp(x)
  return e / (1 + e)
}

/// The derivative of the sigmoid, σ′(x) = σ(x)·(1 − σ(x)).
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
  let s = sigmoid(x)
  return s * (1 - s)
}
