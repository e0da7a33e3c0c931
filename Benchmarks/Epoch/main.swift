// One training epoch at MNIST's shape: a 784-256-10 ReLU network, softmax cross-entropy, Adam (lr 1e-3),
// minibatches of 128 over 60,000 random examples (pixels uniform in [0, 1), labels uniform over 10
// classes, seed 2024), Float64, one thread, NeuralKit's Trainer. Prints the best of --repeat epochs.
//
//   swift run -c release bench-epoch [--samples 60000] [--repeat 1]
//
// The last line, `swift epoch_seconds T`, is read by `make bench` beside scripts/bench/epoch_numpy.py.
import Foundation
import NeuralKit
import NotebookKit

/// The network and recipe, the same as epoch_numpy.py's.
let layerSizes = [784, 256, 10]
let batchSize = 128
let learningRate = 1e-3

func option(_ name: String, default value: Int) -> Int? {
  let arguments = CommandLine.arguments
  guard let index = arguments.firstIndex(of: name) else { return value }
  guard index + 1 < arguments.count, let parsed = Int(arguments[index + 1]), parsed > 0 else { return nil }
  return parsed
}

guard let samples = option("--samples", default: 60_000), let repeats = option("--repeat", default: 1) else {
  FileHandle.standardError.write(Data("usage: bench-epoch [--samples N] [--repeat R]\n".utf8))
  exit(64)
}
var generator = SeededGenerator(seed: 2024)
let data = Dataset.randomClassification(count: samples, features: layerSizes[0], classes: layerSizes[2], using: &generator)
let network = Sequential.multilayerPerceptron(sizes: layerSizes, activation: .relu, initializer: .he, using: &generator)
// Trainer.step never forms the gradient of the data, as numpy and PyTorch do not.
let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: learningRate))
print("\(layerSizes.map(String.init).joined(separator: "-")) ReLU, softmax cross-entropy, Adam, batch \(batchSize), \(samples) samples, Float64")
var best = Double.infinity
for run in 1...repeats {
  let batches = Dataset.minibatchIndices(count: samples, batchSize: batchSize, using: &generator)
  var failure: (batch: Int, loss: Double)?
  let seconds = Stopwatch.seconds { failure = trainer.trainEpoch(data, batches: batches) }
  if let failure { print("warning: loss \(failure.loss) at batch \(failure.batch)") }
  print(String(format: "epoch %d: %.3f s", run, seconds))
  best = min(best, seconds)
}
print(String(format: "swift epoch_seconds %.4f", best))
