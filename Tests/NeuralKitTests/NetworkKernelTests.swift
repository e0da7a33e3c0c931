import Foundation
import NeuralKit
import TestSupport
import Testing

/// The Trainer's fused kernel against its readable path (Sequential, Dense, ActivationLayer, softmax
/// cross-entropy, Matrix expressions): in Double the same operations in the same order, so the same bits.
@Suite("Network kernel")
struct NetworkKernelTests {
  /// A network, its data and the generator that will shuffle, all drawn from one seed.
  static func setUp(sizes: [Int], activation: Activation, count: Int) -> (Sequential, Dataset, SeededGenerator) {
    var generator = SeededGenerator(seed: 5)
    let data = Dataset.randomClassification(count: count, features: sizes[0], classes: sizes[sizes.count - 1], using: &generator)
    let network = Sequential.multilayerPerceptron(sizes: sizes, activation: activation, initializer: .he, using: &generator)
    return (network, data, generator)
  }

  /// Trains twice from the same start, fused and readable, and returns each run's history, final
  /// parameters, evaluation and predictions.
  static func bothPaths(
    sizes: [Int], activation: Activation, count: Int, batchSize: Int, epochs: Int = 2
  ) -> [(history: TrainingHistory, parameters: [Matrix], evaluation: Evaluation, predictions: Matrix)] {
    [true, false].map { fused in
      var (network, data, generator) = setUp(sizes: sizes, activation: activation, count: count)
      let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
      trainer.fused = fused
      let history = trainer.fit(data, test: data, settings: TrainingSettings(epochs: epochs, batchSize: batchSize), using: &generator)
      return (history, network.parameters.map(\.value), trainer.evaluate(data), trainer.predict(data.features))
    }
  }

  static func bits(_ matrices: [Matrix]) -> [[UInt64]] { matrices.map { $0.storage.map(\.bitPattern) } }

  /// Shapes around the tiles' edges: 32-row batches and 10-class outputs (the digits recipe's), a ragged
  /// last batch, widths that are not multiples of 8 or 24, one and two hidden layers.
  static let cases: [(sizes: [Int], activation: Activation, count: Int, batch: Int)] = [
    ([64, 64, 10], .relu, 200, 32), ([13, 29, 7], .relu, 150, 17), ([5, 3], .relu, 40, 6),
    ([20, 33, 25, 10], .tanh, 130, 32), ([8, 50, 3], .sigmoid, 300, 128), ([30, 70, 10], .gelu, 100, 1),
  ]

  @Test("fused and readable training give equal bits: losses, weights, evaluation, predictions", arguments: cases)
  func equalBits(sizes: [Int], activation: Activation, count: Int, batch: Int) {
    let runs = Self.bothPaths(sizes: sizes, activation: activation, count: count, batchSize: batch)
    let (fused, readable) = (runs[0], runs[1])
    #expect(Self.bits(fused.parameters) == Self.bits(readable.parameters))
    #expect(fused.history.trainLosses.map(\.bitPattern) == readable.history.trainLosses.map(\.bitPattern))
    #expect(fused.history.testAccuracies == readable.history.testAccuracies)
    #expect(fused.evaluation.loss.bitPattern == readable.evaluation.loss.bitPattern)
    #expect(fused.evaluation.accuracy == readable.evaluation.accuracy)
    #expect(Self.bits([fused.predictions]) == Self.bits([readable.predictions]))
  }

  @Test("a step on a Batch and a step on rows of the data set are the same step")
  func batchAndRows() {
    let results = [true, false].map { byRows in
      let (network, data, _) = Self.setUp(sizes: [16, 24, 4], activation: .relu, count: 50)
      let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
      let rows = [3, 1, 4, 15, 9, 26, 5, 35]
      let loss = byRows ? trainer.step(rows: rows, of: data) : trainer.step(data.batch(at: rows))
      return (loss, network.parameters.map(\.value))
    }
    #expect(results[0].0.bitPattern == results[1].0.bitPattern)
    #expect(Self.bits(results[0].1) == Self.bits(results[1].1))
  }

  @Test("networks the kernel cannot run train through the readable path: BatchNorm, MSE")
  func fallsBack() {
    var generator = SeededGenerator(seed: 3)
    let data = Dataset.randomClassification(count: 40, features: 6, classes: 3, using: &generator)
    let network = Sequential([Dense(inputs: 6, outputs: 8, initializer: .he, using: &generator), BatchNorm(features: 8),
                              ActivationLayer(.relu), Dense(inputs: 8, outputs: 3, initializer: .he, using: &generator)])
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
    let history = trainer.fit(data, settings: TrainingSettings(epochs: 2, batchSize: 8), using: &generator)
    #expect(history.last?.train.loss.isFinite == true)
    #expect(!Trainer.supportsFloat(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01)))
    let mse = Sequential.multilayerPerceptron(sizes: [6, 3], activation: .relu, initializer: .he, using: &generator)
    #expect(!Trainer.supportsFloat(network: mse, loss: MeanSquaredErrorLoss(), optimizer: Adam(learningRate: 0.01)))
  }

  // Float rounds every operation at 2⁻²⁴ ≈ 6e-8 relative; over a few dozen Adam steps on a small network the
  // losses stay within 1e-4 of Double's and the weights within 1e-2 (Adam's near-zero gradients can move a
  // weight by a few steps' worth in a direction rounding decides: the course's chapter 07 shows it).
  static let floatLoss = 1e-4, floatWeight = 1e-2

  @Test("Float training follows Double training to Float's rounding; the Double parameters hold its weights")
  func floatFollowsDouble() throws {
    var runs: [(TrainingHistory, [Matrix])] = []
    for precision in Precision.allCases {
      var (network, data, generator) = Self.setUp(sizes: [64, 32, 10], activation: .relu, count: 200)
      let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.005), precision: precision)
      let history = trainer.fit(data, settings: TrainingSettings(epochs: 3, batchSize: 32), using: &generator)
      runs.append((history, network.parameters.map(\.value)))
      if precision == .float {  // every parameter is a Float, widened exactly
        #expect(network.parameters.allSatisfy { $0.value.storage.allSatisfy { Double(Float($0)) == $0 } })
      }
    }
    let (double, float) = (runs[0], runs[1])
    for (d, f) in zip(double.0.trainLosses, float.0.trainLosses) { #expect(abs(d - f) <= Self.floatLoss) }
    let gap = zip(double.1, float.1).map { zip($0.storage, $1.storage).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
    #expect(gap > 0 && gap <= Self.floatWeight)
  }

  @Test("a Float trainer restores a checkpoint into its Float weights")
  func floatCheckpoint() {
    var (network, data, generator) = Self.setUp(sizes: [10, 12, 3], activation: .relu, count: 60)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01), precision: .float)
    let start = trainer.checkpoint()
    let before = trainer.evaluate(data)
    _ = trainer.fit(data, settings: TrainingSettings(epochs: 2, batchSize: 10), using: &generator)
    if let start { trainer.restore(start) }
    #expect(trainer.evaluate(data) == before)
  }
}
