/// Reference answer to `Exercises/01-Neurons/NeuronOutput.swift`: f(w·x + b).
public func neuronOutput(weights: [Double], bias: Double, input: [Double], activation: (Double) -> Double) -> Double {
  var z = bias
  for (w, x) in zip(weights, input) { z += w * x }
  return activation(z)
}
