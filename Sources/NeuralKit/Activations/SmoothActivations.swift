import Foundation

// snippet: softplus
/// Softplus, a smooth ReLU.
///
/// ```
///   softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|))       softplus′(x) = σ(x)
/// ```
// The naive ln(1 + eˣ) overflows to +∞ for x ≳ 709. The rewritten form never exponentiates a positive
// number, and `log1p` keeps ln(1 + u) exact for tiny u: softplus(1000) = 1000, softplus(−1000) = 0.
// (PyTorch switches to x above a threshold of 20; this form is exact there too.)
@inlinable
public func softplus(_ x: Double) -> Double {
  max(x, 0) + log1p(exp(-abs(x)))
}

/// The derivative of softplus, which is the sigmoid: softplus′(x) = σ(x).
@inlinable
public func softplusDerivative(_ x: Double) -> Double {
  sigmoid(x)
}
// snippet end

// snippet: gelu
/// The Gaussian error linear unit, exact form (Hendrycks & Gimpel 2016), as PyTorch's default GELU.
///
/// ```
///   gelu(x) = x·Φ(x),   Φ(x) = ½(1 + erf(x/√2))       gelu′(x) = Φ(x) + x·φ(x),   φ(x) = e^(−x²/2)/√(2π)
/// ```
// Φ(x) is evaluated as ½·erfc(−x/√2): for x ≪ 0, 1 + erf(x/√2) would cancel to zero long before Φ does.
@inlinable
public func gelu(_ x: Double) -> Double {
  // At x = −∞ the product is −∞·0 = NaN; the limit is 0.
  x == -.infinity ? 0 : x * standardNormalCDF(x)
}

/// The derivative of the exact GELU, Φ(x) + x·φ(x).
@inlinable
public func geluDerivative(_ x: Double) -> Double {
  // At x = ±∞, x·φ(x) is ±∞·0 = NaN; its limit is 0, leaving Φ(±∞) = 1 or 0.
  x.isInfinite ? standardNormalCDF(x) : standardNormalCDF(x) + x * standardNormalPDF(x)
}

/// The standard normal cumulative distribution Φ(x) = ½·erfc(−x/√2).
@inlinable
public func standardNormalCDF(_ x: Double) -> Double {
  0.5 * erfc(-x / 2.0.squareRoot())
}

/// The standard normal density φ(x) = e^(−x²/2)/√(2π).
@inlinable
public func standardNormalPDF(_ x: Double) -> Double {
  exp(-0.5 * x * x) / (2 * Double.pi).squareRoot()
}
// snippet end

// snippet: silu
/// SiLU, also called swish (Elfwing et al. 2018; Ramachandran et al. 2017).
///
/// ```
///   silu(x) = x·σ(x)       silu′(x) = σ(x)·(1 + x·(1 − σ(x)))
/// ```
@inlinable
public func silu(_ x: Double) -> Double {
  // At x = −∞ the product is −∞·0 = NaN; the limit is 0.
  x == -.infinity ? 0 : x * sigmoid(x)
}

/// The derivative of SiLU, σ(x)·(1 + x·(1 − σ(x))).
@inlinable
public func siluDerivative(_ x: Double) -> Double {
  let s = sigmoid(x)
  // At x = ±∞, x·(1 − σ) is ∞·0 or −∞·1 times σ = 0: NaN either way; the limits are σ(±∞) = 1 and 0.
  return x.isInfinite ? s : s * (1 + x * (1 - s))
}
// snippet end
