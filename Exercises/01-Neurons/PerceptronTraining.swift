import ExerciseKit

/// Exercise 01-neurons/perceptron-training: train a perceptron until it classifies every sample.
///
/// Start from zero weights and a zero bias. One pass (epoch) applies the perceptron rule (the exercise
/// `perceptron-update`) to every sample, in the given order:
///
/// ```
///   for epoch in 1...maxEpochs:
///     for (x, t) in samples:  w, b ← perceptron rule(w, b, x, t)     counting the samples it got wrong
///     if no mistake in this pass: stop
/// ```
/// Return the final weights and bias, and `epochs`: the number of passes made, including the last,
/// mistake-free one, or `maxEpochs` when no pass was mistake-free (XOR never is: it is not linearly
/// separable). You may call your `perceptronUpdate`.
///
/// Check it: `make check CH=01`
public func trainPerceptron(
  samples: [[Double]], targets: [Double], learningRate: Double, maxEpochs: Int
) -> (weights: [Double], bias: Double, epochs: Int) {
  return notImplemented()
}
