import ExerciseKit
import NeuralKit

/// Exercise 08-techniques/batchnorm-forward: batch normalization in training mode (Ioffe & Szegedy 2015).
///
/// Each column j (one feature) is normalized over the rows (the batch), then scaled and shifted:
///
/// ```
///   μⱼ = (1/n) Σᵢ xᵢⱼ          σ²ⱼ = (1/n) Σᵢ (xᵢⱼ − μⱼ)²      (the biased variance: divide by n)
///   x̂ᵢⱼ = (xᵢⱼ − μⱼ) / √(σ²ⱼ + ε)
///   yᵢⱼ = γⱼ·x̂ᵢⱼ + βⱼ
/// ```
/// ε keeps a constant column (σ² = 0) finite. With γ = 1, β = 0 and ε = 0 every column of y has mean 0
/// and variance 1.
///
/// Check it: `make check CH=08`
public func batchNormForward(input: Matrix, gamma: [Double], beta: [Double], epsilon: Double) -> Matrix {
  return notImplemented()
}
