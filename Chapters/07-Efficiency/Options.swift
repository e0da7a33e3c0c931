import ArgumentParser
import Foundation
import NeuralKit

/// How much this chapter measures; `--quick` shrinks everything for tests.
struct EfficiencySettings: ParsableArguments {
  @Flag(help: "Few epochs, few profiled steps and single short timings (a few seconds in all): for tests, not for reading the numbers.")
  var quick = false

  @Option(help: "Largest matrix size n for the GFLOPS curve (powers of two from 32; ≥ 32).")
  var maxN = PositiveInt(1024)

  @Option(parsing: .unconditional, help: "Seconds of repetitions behind each GFLOPS point (> 0); the best repetition counts.")
  var budget = PositiveDouble(0.25)

  @Option(help: "Epochs of the Float/Double and batch-size runs (≥ 1).")
  var epochs = PositiveInt(30)

  @Option(help: "Batch sizes to compare, comma-separated (each ≥ 1).")
  var batchSizes = PositiveIntList([1, 8, 32, 128, 512])

  func validate() throws {
    if maxN.value < 32 { throw ValidationError("--max-n must be at least 32.") }
  }

  /// Matrix sizes: powers of two from 32 up to --max-n.
  var sizes: [Int] { Array(sequence(first: 32) { $0 * 2 }.prefix { $0 <= maxN.value }) }

  /// The naive loop stops here: at 1024 it runs for seconds and shows nothing new.
  var naiveLimit: Int { 512 }
  var measurementBudget: Double { quick ? 0.01 : budget.value }
  var trainingEpochs: Int { quick ? min(epochs.value, 3) : epochs.value }
  var profileSteps: (digits: Int, wide: Int) { quick ? (20, 3) : (400, 40) }
}

/// What the page says about the machine.
struct MachineSnapshot {
  let model: String
  let cores: Int
  let date: String
  let processor: ProcessorDescription?

  static func current() -> MachineSnapshot {
    let processor = ProcessorDescription.current()
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return MachineSnapshot(model: processor?.model ?? "unknown processor", cores: processor?.logicalCores ?? ProcessInfo.processInfo.activeProcessorCount,
                           date: formatter.string(from: Date()), processor: processor)
  }
}

/// The digits recipe's data and starting network, drawn from the seed exactly as chapter 06 draws them:
/// split 80/20, then He-initialized 64-64-10 weights, then the generator goes on to shuffle batches.
struct DigitsSetup {
  let train: Dataset
  let test: Dataset
  let seed: UInt64
  /// The generator just after the split: where chapter 06 draws the initial weights.
  private let afterSplit: SeededGenerator
  static let sizes = [64, 64, 10]
  static let learningRate = 1e-3
  static let batchSize = 32

  init(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    (train, test) = try loadDigits().split(trainFraction: 0.8, using: &generator)
    afterSplit = generator
    self.seed = seed
  }

  /// A fresh network and the generator positioned after its initialization, ready to draw batches.
  func start() -> (network: Sequential, generator: SeededGenerator) {
    var generator = afterSplit
    let network = Sequential.multilayerPerceptron(sizes: Self.sizes, activation: .relu, initializer: .he, using: &generator)
    return (network, generator)
  }

  /// A Trainer with the recipe's loss and Adam around `network`.
  static func trainer(_ network: Sequential) -> Trainer {
    Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: learningRate))
  }
}

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
