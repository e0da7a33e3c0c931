import ExerciseKit
import NeuralKit

/// Exercise 03-losses/mean-squared-error: the mean squared error and its gradient.
///
/// ```
///         1  n                      ∂L      2
///   L  =  ─  Σ (ŷᵢ − yᵢ)²          ─── =  ─ (ŷᵢ − yᵢ)
///         n i=1                     ∂ŷᵢ     n
/// ```
/// n counts every element of the matrix (rows × columns), as PyTorch's `reduction='mean'`. No ½.
///
/// Check it: `make check CH=03`
public func meanSquaredError(prediction: Matrix, target: Matrix) -> Double {
  return notImplemented()
}

/// ∂L/∂ŷ, a matrix shaped like `prediction`: 2(ŷ − y)/n.
public func meanSquaredErrorGradient(prediction: Matrix, target: Matrix) -> Matrix {
  return notImplemented()
}
