import ExerciseKit

/// Exercise 04-optimizers/adam-step: step number t of Adam (Kingma & Ba 2015; torch.optim.Adam).
///
/// ```
///   m ← β₁·m + (1 − β₁)·g            first moment: a running mean of g
///   v ← β₂·v + (1 − β₂)·g²           second moment: a running mean of g²
///   m̂ = m / (1 − β₁ᵗ)                bias correction: m and v start at 0 and would be too small early on
///   v̂ = v / (1 − β₂ᵗ)
///   p ← p − lr·m̂ / (√v̂ + ε)
/// ```
/// Element by element; t = 1 for the first step; m and v are zeros before it and kept by the caller.
/// Defaults in the course: β₁ = 0.9, β₂ = 0.999, ε = 1e-8 (outside the root). Update `parameters`,
/// `firstMoment` and `secondMoment` in place. (`pow(x, y)` needs `import Foundation`.)
///
/// Check it: `make check CH=04`
public func adamStep(
  parameters: inout [Double], gradients: [Double], firstMoment: inout [Double], secondMoment: inout [Double],
  step: Int, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
) {
  return notImplemented()
}
