// Training speed of chapter 06's digits recipe: 64-64-10 ReLU, softmax cross-entropy, He init, Adam
// lr 1e-3, minibatches of 32, 30 epochs, float64, the whole training and test sets evaluated after every
// epoch — the same work scripts/reference/mlp_numpy.py times. Best of several runs.
//
//   swift run -c release bench-mlp [--repeat 5]      (or `make bench-mlp`, which runs numpy beside it)
//
// The last line, `swift train_seconds T`, is read by the Makefile.
import Foundation
import NeuralKit
import NotebookKit

/// One run of the recipe: seconds spent in `fit` and the final test accuracy.
func trainDigits(_ recipe: DigitsRecipe) -> (seconds: Double, accuracy: Double) {
  var (network, generator) = recipe.start()
  let trainer = DigitsRecipe.trainer(network)
  let settings = TrainingSettings(epochs: DigitsRecipe.epochs, batchSize: DigitsRecipe.batchSize)
  var history = TrainingHistory()
  let seconds = Stopwatch.seconds { history = trainer.fit(recipe.train, test: recipe.test, settings: settings, using: &generator) }
  return (seconds, history.last?.test?.accuracy ?? 0)
}

var repeats = 5
if let index = CommandLine.arguments.firstIndex(of: "--repeat"), index + 1 < CommandLine.arguments.count,
  let value = Int(CommandLine.arguments[index + 1]), value >= 1 {
  repeats = value
}
do {
  let recipe = try DigitsRecipe(seed: 42)
  var best = Double.infinity, accuracy = 0.0
  for _ in 0..<repeats {
    let run = trainDigits(recipe)
    (best, accuracy) = (min(best, run.seconds), run.accuracy)
  }
  print("swift digits recipe 64-64-10, Adam 1e-3, batch 32, 30 epochs, float64, one thread")
  print("swift seed 42: test accuracy \(accuracy)")
  print("swift train_seconds \(best)")
} catch {
  FileHandle.standardError.write(Data("error: \(error)\n".utf8))
  exit(1)
}
