import ExerciseKit
import NeuralKit

/// Exercise 08-techniques/batchnorm-backward: the gradients of batch normalization (training mode).
///
/// Given g = ∂L/∂y for y = γ·x̂ + β (the exercise batchnorm-forward), column by column, with n rows:
///
/// ```
///   ∂L/∂βⱼ = Σᵢ gᵢⱼ
///   ∂L/∂γⱼ = Σᵢ gᵢⱼ·x̂ᵢⱼ
///              γⱼ      ⎛                 1                  1                 ⎞
///   ∂L/∂xᵢⱼ = ──────── ⎜ gᵢⱼ  −  ─ ∂L/∂βⱼ  −  x̂ᵢⱼ · ─ ∂L/∂γⱼ ⎟
///             √(σ²ⱼ+ε) ⎝                 n                  n                 ⎠
/// ```
/// The two extra terms come from μ and σ², which depend on every x of the column. The grader compares
/// with numpy's values and with central differences.
///
/// Check it: `make check CH=08`
public func batchNormBackward(
  input: Matrix, gamma: [Double], outputGradient: Matrix, epsilon: Double
) -> (inputGradient: Matrix, gammaGradient: [Double], betaGradient: [Double]) {
  return notImplemented()
}
