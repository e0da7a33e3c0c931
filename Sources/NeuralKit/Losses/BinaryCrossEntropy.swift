import Foundation

/// How far from 0 and 1 a probability is clamped before its logarithm is taken.
///
/// ln(0) = −∞ would make the loss infinite for one confidently wrong prediction. Clamping p to
/// [ε, 1 − ε] caps each term at −ln ε ≈ 27.6. ε = 1e-12 keeps 1 − ε distinct from 1 in double
/// precision (spacing ≈ 1.1e-16) and is the same floor PyTorch puts under p(1 − p) in the BCE gradient.
public let probabilityClampEpsilon = 1e-12

/// A probability clamped to [ε, 1 − ε] with ε = ``probabilityClampEpsilon``.
@inlinable
public func clampedProbability(_ p: Double) -> Double {
  min(max(p, probabilityClampEpsilon), 1 - probabilityClampEpsilon)
}

/// Binary cross-entropy from probabilities p = P(y = 1), mean-reduced.
///
/// ```
///           1  n
///   L  =  − ─  Σ [ yᵢ·ln pᵢ + (1 − yᵢ)·ln(1 − pᵢ) ]         ∂L/∂pᵢ = (pᵢ − yᵢ) / (n·pᵢ(1 − pᵢ))
///           n i=1
/// ```
/// p is clamped to [ε, 1 − ε] (``probabilityClampEpsilon``) first, so the loss stays finite: p = 0 with
/// y = 1 costs −ln ε ≈ 27.6. A NaN p or y gives NaN (PyTorch refuses NaN probabilities with an error);
/// an empty batch gives NaN, the mean of no terms.
public func binaryCrossEntropy(probabilities p: Matrix, labels y: Matrix) -> Double {
  let total = p.zipMap(y, "binaryCrossEntropy") { pi, yi in
    let q = clampedProbability(pi)
    return -(yi * log(q) + (1 - yi) * log1p(-q))
  }.sum()
  return total / Double(p.count)
}

/// The gradient of ``binaryCrossEntropy(probabilities:labels:)`` with respect to p.
public func binaryCrossEntropyGradient(probabilities p: Matrix, labels y: Matrix) -> Matrix {
  let n = Double(p.count)
  return p.zipMap(y, "binaryCrossEntropyGradient") { pi, yi in
    let q = clampedProbability(pi)
    return (q - yi) / (q * (1 - q)) / n
  }
}

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
