import ExerciseKit
import NeuralKit

/// Exercise 03-losses/cross-entropy-gradient: the gradient of the mean softmax cross-entropy with respect
/// to the logits.
///
/// ```
///    ∂L       softmax(zᵢ)ⱼ − [j = yᵢ]
///   ───── = ─────────────────────────        [j = yᵢ] is 1 in the label's column, else 0
///   ∂z_ij              n
/// ```
/// A matrix shaped like `logits`; each row sums to 0. You may call your `softmax` (exercise 03-losses/softmax).
///
/// Check it: `make check CH=03`
public func crossEntropyGradient(logits: Matrix, labels: [Int]) -> Matrix {
  return notImplemented()
}
