import ExerciseKit
import NeuralKit

/// Exercise 05-forward-backward/dense-forward: a fully connected layer's forward pass on a batch.
///
/// ```
///   Y = X·W + b        X: n×in (one example per row), W: in×out, b: 1×out, Y: n×out
///   Yᵢⱼ = Σₖ Xᵢₖ·Wₖⱼ + bⱼ
/// ```
/// The bias row is added to every row of X·W. (`Matrix` has `matmul(_:)`, `transposed()`, `[row, column]`.)
///
/// Check it: `make check CH=05`
public func denseForward(input: Matrix, weights: Matrix, bias: Matrix) -> Matrix {
  return notImplemented()
}
