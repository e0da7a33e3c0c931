import NeuralKit
import NotebookKit

/// Trains for `epochs` epochs of minibatches drawn from `generator` as ``Trainer/fit`` draws them, timing
/// only the updates (no evaluation); returns the seconds.
func trainTimed(_ trainer: Trainer, on train: Dataset, epochs: Int, batchSize: Int, using generator: inout SeededGenerator) -> Double {
  var seconds = 0.0
  for _ in 0..<epochs {
    let batches = Dataset.minibatchIndices(count: train.count, batchSize: batchSize, using: &generator)
    seconds += Stopwatch.seconds { _ = trainer.trainEpoch(train, batches: batches) }
  }
  return seconds
}
