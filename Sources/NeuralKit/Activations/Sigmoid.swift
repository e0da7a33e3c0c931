import Foundation

// snippet: sigmoid
/// The logistic sigmoid.
///
/// ```
///            1
///   σ(x) = ───────       σ′(x) = σ(x)·(1 − σ(x))
///          1 + e⁻ˣ
/// ```
// For x < 0 we evaluate eˣ/(1 + eˣ), so that e⁻ˣ never overflows. 1/(1 + e⁻ˣ) would still be right
// there (1/(1 + ∞) = 0 at x = −1000), but only through an ∞, and it drops σ's tail below x ≈ −709.78 to 0.
// The form to avoid is eˣ/(1 + eˣ) for large positive x: ∞/∞ = NaN.
@inlinable
public func sigmoid(_ x: Double) -> Double {
  if x >= 0 {
    return 1 / (1 + exp(-x))
  }
  let e = exp(x)
  return e / (1 + e)
}
// snippet end

// snippet: sigmoid-derivative
/// The derivative of the sigmoid, σ′(x) = σ(x)·(1 − σ(x)).
@inlinable
public func sigmoidDerivative(_ x: Double) -> Double {
  let s = sigmoid(x)
  return s * (1 - s)
}
// snippet end

// snippet: tanh-derivative
/// The derivative of the hyperbolic tangent, a sigmoid rescaled to (−1, 1) and centred on 0.
///
/// ```
///            eˣ − e⁻ˣ
///   tanh x = ────────  = 2σ(2x) − 1       tanh′(x) = 1 − tanh²(x)
///            eˣ + e⁻ˣ
/// ```
// The value is Foundation's `tanh`, which saturates to ±1 without overflow.
@inlinable
public func tanhDerivative(_ x: Double) -> Double {
  let t = tanh(x)
  return 1 - t * t
}
// snippet end
