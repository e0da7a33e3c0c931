// Training speed of chapter 06's digits recipe: 64-64-10 ReLU, softmax cross-entropy, He init, Adam
// lr 1e-3, minibatches of 32, 30 epochs, float64, the whole training and test sets evaluated after every
// epoch — the same work scripts/reference/mlp_numpy.py times. Best of several runs.
//
//   swift run -c release bench-mlp [--repeat 5]      (or `make bench-mlp`, which runs numpy beside it)
//
// The last line, `swift train_seconds T`, is read by the Makefile.
import Foundation
import NeuralKit

/// One run of the recipe on the digits: seconds spent in `fit` and the final test accuracy.
func trainDigits(_ digits: Dataset, seed: UInt64) -> (seconds: Double, accuracy: Double) {
  var generator = SeededGenerator(seed: seed)
  let (train, test) = digits.split(trainFraction: 0.8, using: &generator)
  let network = Sequential.multilayerPerceptron(sizes: [64, 64, 10], activation: .relu, initializer: .he, using: &generator)
  let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 1e-3))
  let clock = ContinuousClock(), started = clock.now
  let history = trainer.fit(train, test: test, settings: TrainingSettings(epochs: 30, batchSize: 32), using: &generator)
  let elapsed = started.duration(to: clock.now)
  let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
  return (seconds, history.last?.test?.accuracy ?? 0)
}

var repeats = 5
if let index = CommandLine.arguments.firstIndex(of: "--repeat"), index + 1 < CommandLine.arguments.count,
  let value = Int(CommandLine.arguments[index + 1]), value >= 1 {
  repeats = value
}
do {
  let digits = try loadDigits()
  var best = Double.infinity, accuracy = 0.0
  for _ in 0..<repeats {
    let run = trainDigits(digits, seed: 42)
    (best, accuracy) = (min(best, run.seconds), run.accuracy)
  }
  print("swift digits recipe 64-64-10, Adam 1e-3, batch 32, 30 epochs, float64, one thread")
  print("swift seed 42: test accuracy \(accuracy)")
  print("swift train_seconds \(best)")
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
