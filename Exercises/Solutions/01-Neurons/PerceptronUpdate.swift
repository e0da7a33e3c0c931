/// Reference answer to `Exercises/01-Neurons/PerceptronUpdate.swift`: w ← w + η(t − ŷ)x, b ← b + η(t − ŷ).
public func perceptronUpdate(
  weights: inout [Double], bias: inout Double, input: [Double], target: Double, learningRate: Double
) {
  let z = zip(weights, input).reduce(bias) { $0 + $1.0 * $1.1 }
  let prediction: Double = z > 0 ? 1 : 0
  let error = target - prediction
  for i in weights.indices { weights[i] += learningRate * error * input[i] }
  bias += learningRate * error
}
