// A package outside the course that depends on NeuralKit by version: it trains a 2-8-2 network on XOR.
import NeuralKit

var generator = SeededGenerator(seed: 1)
let xor = Dataset(
  name: "xor", features: Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]), labels: [0, 1, 1, 0], classCount: 2)
let network = Sequential.multilayerPerceptron(
  sizes: [2, 8, 2], activation: .tanh, initializer: .xavier, using: &generator)
let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.05))
let history = trainer.fit(xor, settings: TrainingSettings(epochs: 300, batchSize: 4), using: &generator)
let predictions = trainer.predict(xor.features).rowArgmax()
print("final loss \(history.last?.train.loss ?? .nan), predictions \(predictions)")
