import ExerciseKit

/// Exercise 01-neurons/perceptron-update: one step of Rosenblatt's perceptron learning rule.
///
/// The perceptron predicts with a step function, then moves its weights by the error:
///
/// ```
///   ŷ = 1 if w·x + b > 0, else 0          (exactly 0 gives 0)
///   w ← w + η·(t − ŷ)·x
///   b ← b + η·(t − ŷ)
/// ```
/// t is the target (0 or 1), η the learning rate. When the prediction is right, t − ŷ = 0 and nothing
/// changes. Update `weights` and `bias` in place.
///
/// Check it: `make check CH=01`
public func perceptronUpdate(
  weights: inout [Double], bias: inout Double, input: [Double], target: Double, learningRate: Double
) {
  return notImplemented()
}
