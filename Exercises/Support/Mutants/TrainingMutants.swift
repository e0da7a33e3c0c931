import Checks
import Foundation
import NeuralKit

/// Chapter 06's wrong answers.
func multilayerPerceptronMutants() -> [Mutant] {
  let id = "06-mlp/minibatch-loop"
  return [
    Mutant(id, "the last partial batch dropped", hint: "keep the last, smaller batch") {
      $0.multilayerPerceptron.trainInMinibatches = faultyLoop(dropPartialBatch: true)
    },
    Mutant(id, "the mean of the batch means", hint: "weight each batch's mean loss") {
      $0.multilayerPerceptron.trainInMinibatches = faultyLoop(weightBySize: false)
    },
    Mutant(id, "one order for every epoch", hint: "once per epoch") {
      $0.multilayerPerceptron.trainInMinibatches = faultyLoop(reshuffle: false)
    },
    Mutant("06-mlp/accuracy", "ties to the last maximum", hint: "on a tie, take the first") {
      $0.multilayerPerceptron.accuracy = { logits, labels in
        let correct = labels.indices.filter { r in
          logits.row(r).indices.max { logits[r, $0] < logits[r, $1] || (logits[r, $0] == logits[r, $1] && $0 < $1) } == labels[r]
        }
        return labels.isEmpty ? 0 : Double(correct.count) / Double(labels.count)
      }
    },
    Mutant("06-mlp/accuracy", "a count, not a fraction", hint: "divide by the number of rows") {
      let accuracy = $0.multilayerPerceptron.accuracy
      $0.multilayerPerceptron.accuracy = { logits, labels in accuracy(logits, labels) * Double(labels.count) }
    },
    Mutant("06-mlp/confusion-matrix", "rows and columns swapped", hint: "row i is the true class") {
      let confusion = $0.multilayerPerceptron.confusionMatrix
      $0.multilayerPerceptron.confusionMatrix = { labels, predictions, classCount in confusion(predictions, labels, classCount) }
    },
  ]
}

/// The minibatch loop with one of three mistakes.
private func faultyLoop(
  dropPartialBatch: Bool = false, weightBySize: Bool = true, reshuffle: Bool = true
) -> @Sendable (Int, Int, Int, (Int) -> [Int], ([Int]) -> Double) -> [Double] {
  { exampleCount, batchSize, epochs, shuffledOrder, step in
    let firstOrder = shuffledOrder(0)
    return (0..<epochs).map { epoch in
      let order = reshuffle && epoch > 0 ? shuffledOrder(epoch) : firstOrder
      let end = dropPartialBatch ? exampleCount - exampleCount % batchSize : exampleCount
      let batches = stride(from: 0, to: end, by: batchSize).map { Array(order[$0..<min($0 + batchSize, exampleCount)]) }
      let losses = batches.map { (step($0), Double($0.count)) }
      let weight = { (size: Double) in weightBySize ? size : 1 }
      return losses.reduce(0) { $0 + $1.0 * weight($1.1) } / losses.reduce(0) { $0 + weight($1.1) }
    }
  }
}
