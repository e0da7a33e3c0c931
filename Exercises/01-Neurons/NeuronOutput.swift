import ExerciseKit

/// Exercise 01-neurons/neuron-output: the output of one artificial neuron.
///
/// A neuron weighs each input, adds a bias, and passes the sum through an activation function f:
///
/// ```
///   z = w₁x₁ + w₂x₂ + … + wₙxₙ + b = w·x + b
///   output = f(z)
/// ```
/// `weights` and `input` have the same length (possibly 0: then the output is f(b)). Apply `activation`
/// once, to the whole sum.
///
/// Check it: `make check CH=01`
public func neuronOutput(weights: [Double], bias: Double, input: [Double], activation: (Double) -> Double) -> Double {
  return notImplemented()
}
