import NeuralKit

/// The one place where the graders call NeuralKit APIs that are not plain math functions. When those
/// APIs change, only this file changes.

/// NeuralKit's perceptron trained by its own rule: the oracle for `01-neurons/perceptron-training`.
/// `epochs` is the number of passes up to and including the first mistake-free one, `maxEpochs` if none.
func referencePerceptronTraining(
  samples: [[Double]], targets: [Double], learningRate: Double, maxEpochs: Int
) -> (weights: [Double], bias: Double, epochs: Int) {
  var perceptron = Perceptron(inputs: samples.first?.count ?? 0)
  let record = perceptron.train(samples, targets, learningRate: learningRate, maxEpochs: maxEpochs)
  return (perceptron.weights, perceptron.bias, record.epochsToConverge ?? maxEpochs)
}

/// NeuralKit's confusion matrix: the oracle for `06-mlp/confusion-matrix`.
func referenceConfusionMatrix(labels: [Int], predictions: [Int], classCount: Int) -> [[Int]] {
  ConfusionMatrix(labels: labels, predictions: predictions, classCount: classCount).counts
}
