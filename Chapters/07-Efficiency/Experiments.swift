import Foundation
import NeuralKit
import NotebookKit

/// The digits recipe trained under one setting, timed: what the batch-size and data-size sections
/// compare.
struct TimedRun {
  let label: Int
  let learningRate: Double
  let history: TrainingHistory
  let seconds: Double
  let test: Evaluation

  /// The first epoch whose test accuracy reaches `target`, if any.
  func epochs(toReach target: Double) -> Int? {
    history.epochs.first { ($0.test?.accuracy ?? 0) >= target }?.epoch
  }
}

extension DigitsRecipe {
  /// The recipe from its own starting weights on `train` (default: the whole training split), Adam at
  /// `learningRate`, timing the updates alone (``timedFit``); test accuracy after every epoch when `everyEpoch`.
  func timedRun(
    label: Int, train: Dataset? = nil, batchSize: Int, epochs: Int, learningRate: Double = DigitsRecipe.learningRate,
    everyEpoch: Bool = false
  ) -> TimedRun {
    let start = start()
    var generator = start.generator
    let trainer = DigitsRecipe.trainer(start.network, optimizer: Adam(learningRate: learningRate))
    let settings = TrainingSettings(epochs: epochs, batchSize: batchSize, evaluatesEveryEpoch: everyEpoch)
    let (history, seconds) = timedFit(
      trainer, train ?? self.train, test: everyEpoch ? test : nil, settings: settings,
      using: &generator)
    return TimedRun(
      label: label, learningRate: learningRate, history: history, seconds: seconds, test: trainer.evaluate(test))
  }
}

/// The learning rate scaled with the batch size by the square-root rule for Adam: η(b) = η₀·√(b / b₀).
///
/// Adam divides each step by the gradient's running root-mean-square, so the step's size does not grow
/// with the batch the way SGD's does (where the linear rule η ∝ b keeps the update per sample fixed);
/// what a larger batch shrinks is the gradient noise's variance, ∝ 1/b, and the square root of it sets
/// Adam's equivalent step (Malladi, Lyu, Panigrahi & Arora, "On the SDEs and Scaling Rules for Adaptive
/// Gradient Algorithms", NeurIPS 2022).
func scaledLearningRate(batchSize: Int) -> Double {
  DigitsRecipe.learningRate * (Double(batchSize) / Double(DigitsRecipe.batchSize)).squareRoot()
}

/// Samples per second of a network's forward pass on `batchSize` rows at a time, over the same `rows`
/// examples; and the outputs, to compare one size with another.
func inferenceSpeed(
  _ network: Layer, rows: Matrix, batchSize: Int, budget: Double
) -> (samplesPerSecond: Double, output: Matrix) {
  let batches = stride(from: 0, to: rows.rows, by: batchSize).map {
    rows.gatheringRows(Array($0..<min($0 + batchSize, rows.rows)))
  }
  var outputs: [Matrix] = []
  let seconds = Stopwatch.bestTime(budget: budget) { outputs = batches.map(network.forward) }
  let output = Matrix(rows: rows.rows, columns: outputs.first?.columns ?? 0, storage: outputs.flatMap(\.storage))
  return (Double(rows.rows) / seconds, output)
}
