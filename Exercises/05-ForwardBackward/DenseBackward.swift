import ExerciseKit
import NeuralKit

/// Exercise 05-forward-backward/dense-backward: a fully connected layer's backward pass.
///
/// Given G = ∂L/∂Y for Y = X·W + b (the exercise dense-forward), return the gradients of L:
///
/// ```
///   ∂L/∂X = G·Wᵀ          n×in
///   ∂L/∂W = Xᵀ·G          in×out
///   ∂L/∂b = Σᵢ Gᵢ         1×out: the column sums of G (every example adds its share)
/// ```
/// Each gradient has the shape of what it differentiates. The grader compares them with central
/// differences of L = Σ G ⊙ Y.
///
/// Check it: `make check CH=05`
public func denseBackward(
  input: Matrix, weights: Matrix, outputGradient: Matrix
) -> (inputGradient: Matrix, weightsGradient: Matrix, biasGradient: Matrix) {
  return notImplemented()
}
