/// Reference answer to `Exercises/01-Neurons/PerceptronTraining.swift`: passes in order until one makes
/// no mistake, at most `maxEpochs`.
public func trainPerceptron(
  samples: [[Double]], targets: [Double], learningRate: Double, maxEpochs: Int
) -> (weights: [Double], bias: Double, epochs: Int) {
  var weights = Array(repeating: 0.0, count: samples.first?.count ?? 0), bias = 0.0
  for epoch in 1...maxEpochs {
    var mistakes = 0
    for (x, t) in zip(samples, targets) {
      let before = weights + [bias]
      perceptronUpdate(weights: &weights, bias: &bias, input: x, target: t, learningRate: learningRate)
      if weights + [bias] != before { mistakes += 1 }
    }
    if mistakes == 0 { return (weights, bias, epoch) }
  }
  return (weights, bias, maxEpochs)
}
