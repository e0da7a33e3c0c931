import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// How much this chapter measures; `--quick` shrinks everything for tests. Every number has a range,
/// checked before any work.
struct EfficiencySettings: ParsableArguments {
  /// The largest matrix side (a 4096² product is 137 GFLOP: seconds per repetition), seconds per GFLOPS
  /// point, epochs, batch size and number of batch sizes accepted.
  static let maxSide = 4096, maxBudget = 10.0, maxEpochs = 1000, maxBatchSize = 4096, maxBatchSizes = 12
  /// More threads than this buys nothing on any machine the course runs on, and each costs a stack.
  static let maxThreads = 64

  @Flag(help: "Few epochs, few profiled steps and single short timings (a few seconds in all): for tests.")
  var quick = false

  @Option(help: "Largest matrix size n for the GFLOPS curve (powers of two from 32; 32 … 4096).")
  var maxN = PositiveInt(1024)

  @Option(
    parsing: .unconditional, help: "Seconds of repetitions behind each GFLOPS point (0 < s ≤ 10); the best counts.")
  var budget = PositiveDouble(0.25)

  @Option(help: "Epochs of the Float/Double and batch-size runs (1 … 1000).")
  var epochs = PositiveInt(30)

  @Option(help: ArgumentHelp(
    "Threads for large matrix products (1 … 64; default 1). The chapter's 'second core' section compares 1 thread with this many (with 2 when it is 1 and the machine has two cores)."))
  var threads = PositiveInt(1)

  @Option(help: "Batch sizes to compare, comma-separated, each once (1 to 12 of them, each 1 … 4096).")
  var batchSizes = PositiveIntList([1, 8, 32, 128, 512])

  func validate() throws {
    if maxN.value < 32 || maxN.value > Self.maxSide {
      throw ValidationError("--max-n must be between 32 and \(Self.maxSide).")
    }
    if budget.value > Self.maxBudget {
      throw ValidationError("--budget must be at most \(Int(Self.maxBudget)) seconds.")
    }
    if threads.value > Self.maxThreads { throw ValidationError("--threads must be between 1 and \(Self.maxThreads).") }
    if epochs.value > Self.maxEpochs { throw ValidationError("--epochs must be between 1 and \(Self.maxEpochs).") }
    let sizes = batchSizes.values
    if sizes.count > Self.maxBatchSizes || Set(sizes).count != sizes.count
      || sizes.contains(where: { $0 > Self.maxBatchSize })
    {
      throw ValidationError(
        "--batch-sizes takes 1 to \(Self.maxBatchSizes) different sizes of 1 to \(Self.maxBatchSize).")
    }
  }

  /// Matrix sizes: powers of two from 32 up to --max-n.
  var sizes: [Int] { Array(sequence(first: 32) { $0 * 2 }.prefix { $0 <= maxN.value }) }

  /// The thread count the second-core section compares with one: --threads, or 2 when that is 1 and the
  /// machine has at least two cores.
  var comparedThreads: Int { threads.value > 1 ? threads.value : min(2, Parallelism.availableCores) }
  /// Sizes of the second-core comparison: from where threads do not pay to where they pay fully.
  var threadSizes: [Int] { quick ? [64, 256] : [64, 128, 256, 512, 1024] }

  /// The naive loop stops here: at 1024 it runs for seconds and shows nothing new.
  var naiveLimit: Int { 512 }
  var measurementBudget: Double { quick ? 0.01 : budget.value }
  var trainingEpochs: Int { quick ? min(epochs.value, 3) : epochs.value }
  var profileSteps: (digits: Int, wide: Int) { quick ? (20, 3) : (400, 40) }
}
