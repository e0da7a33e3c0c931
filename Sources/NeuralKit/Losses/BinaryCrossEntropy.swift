import Foundation

/// The floor PyTorch puts under each logarithm of binary cross-entropy from probabilities.
///
/// ln 0 = −∞ would make the loss infinite for one confidently wrong prediction; torch clamps ln p and
/// ln(1 − p) at −100, so such a term costs exactly 100. Any p below e⁻¹⁰⁰ ≈ 3.7e-44 costs the same.
public let binaryCrossEntropyLogFloor = -100.0

/// The floor PyTorch puts under p(1 − p) in the gradient of binary cross-entropy: `EPSILON = 1e-12`,
/// declared as a `float` in torch's kernel, so it is the single-precision neighbour of 1e-12.
public let binaryCrossEntropyGradientFloor = Double(Float(1e-12))

// snippet: binary-cross-entropy-probabilities
/// Binary cross-entropy from probabilities p = P(y = 1), mean-reduced; PyTorch's `binary_cross_entropy`.
///
/// ```
///           1  n
///   L  =  − ─  Σ [ yᵢ·max(ln pᵢ, −100) + (1 − yᵢ)·max(ln(1 − pᵢ), −100) ]
///           n i=1
/// ```
// The floor keeps a confidently wrong term finite: p = 0 with y = 1 costs 100, as in torch, and
// p = 1e-15 costs −ln 1e-15 = 34.5. ln(1 − p) is log1p(−p), exact for tiny p. torch refuses p outside
// [0, 1] with an error; here such a p, like a NaN, gives NaN. An empty batch gives NaN.
public func binaryCrossEntropy(probabilities p: Matrix, labels y: Matrix) -> Double {
  let floor = binaryCrossEntropyLogFloor
  let total = p.zipMap(y, "binaryCrossEntropy") { pi, yi in
    (yi - 1) * max(log1p(-pi), floor) - yi * max(log(pi), floor)
  }.sum()
  return total / Double(p.count)
}
// snippet end

// snippet: binary-cross-entropy-probabilities-gradient
/// The gradient of ``binaryCrossEntropy(probabilities:labels:)`` with respect to p, as torch computes it:
///
/// ```
///   ∂L/∂pᵢ = (pᵢ − yᵢ) / max(pᵢ(1 − pᵢ), 1e-12) / n
/// ```
// The floor keeps the gradient finite at p = 0 and p = 1 (±10¹² instead of ±∞). Where a log is floored
// the loss is flat, but torch still returns this slope, so a wrong p of exactly 0 is pushed up.
public func binaryCrossEntropyGradient(probabilities p: Matrix, labels y: Matrix) -> Matrix {
  let n = Double(p.count)
  return p.zipMap(y, "binaryCrossEntropyGradient") { pi, yi in
    (pi - yi) / max((1 - pi) * pi, binaryCrossEntropyGradientFloor) / n
  }
}
// snippet end

// snippet: binary-cross-entropy-logits
/// Binary cross-entropy from logits z (p = σ(z)), mean-reduced; PyTorch's
/// `binary_cross_entropy_with_logits`.
///
/// ```
///   ℓ(z, y) = −[y·ln σ(z) + (1 − y)·ln(1 − σ(z))] = max(z, 0) − z·y + ln(1 + e^(−|z|))
///
///   L = (1/n) Σ ℓ(zᵢ, yᵢ)          ∂L/∂zᵢ = (σ(zᵢ) − yᵢ)/n
/// ```
// Going through p = σ(z) loses everything once σ(z) rounds to 1 (z ≳ 37): ln(1 − p) = −∞. The
// rewritten form never exponentiates a positive number, so z = 1000 with y = 0 gives exactly 1000.
public func binaryCrossEntropy(logits z: Matrix, labels y: Matrix) -> Double {
  let total = z.zipMap(y, "binaryCrossEntropy(logits:)") { zi, yi in
    max(zi, 0) - zi * yi + log1p(exp(-abs(zi)))
  }.sum()
  return total / Double(z.count)
}
// snippet end

/// The gradient of ``binaryCrossEntropy(logits:labels:)`` with respect to the logits: (σ(z) − y)/n.
public func binaryCrossEntropyGradient(logits z: Matrix, labels y: Matrix) -> Matrix {
  let n = Double(z.count)
  return z.zipMap(y, "binaryCrossEntropyGradient(logits:)") { zi, yi in (sigmoid(zi) - yi) / n }
}
