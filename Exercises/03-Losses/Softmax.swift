import ExerciseKit
import NeuralKit

/// Exercise 03-losses/softmax: the softmax of each row of a matrix of logits (one row per example).
///
/// ```
///                 e^(zⱼ)       e^(zⱼ − m)
///   softmax(z)ⱼ = ─────── = ────────────────     m = maxₖ zₖ (the row's maximum)
///                 Σₖ e^(zₖ)   Σₖ e^(zₖ − m)
/// ```
/// Each row of the result sums to 1. Subtracting m changes nothing mathematically, but every exponent
/// becomes ≤ 0: e^1000 would overflow to ∞ and give ∞/∞ = NaN. Tied logits give equal probabilities.
///
/// Check it: `make check CH=03`
public func softmax(_ logits: Matrix) -> Matrix {
  return notImplemented()
}
