import Foundation
import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// Runs `ch07-efficiency --quick` once and checks its results.json against the library Trainer run here,
/// and its timings.json for the measurements the course promises.
@Suite("Chapter 07 · Efficiency", .serialized)
struct Chapter07Tests {
  /// --quick trains for this many epochs.
  static let quickEpochs = 3
  static let batchSizes = [1, 8, 32, 128, 512]

  static let run = ChapterRun.start("ch07-efficiency", ["--quick", "--no-render"])

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  /// The digits recipe trained here by NeuralKit's Trainer: chapter 06's draw (split, He weights, batches)
  /// from seed 42, batches of `batchSize`, --quick's epochs; returns the test evaluation.
  static func trainerOracle(batchSize: Int, learningRate: Double = 1e-3) throws -> Evaluation {
    try trainerHistory(batchSize: batchSize, learningRate: learningRate).test
  }

  /// The same, evaluated on the test set after every epoch; the history and the final test evaluation.
  static func trainerHistory(batchSize: Int, learningRate: Double) throws -> (history: TrainingHistory, test: Evaluation) {
    var generator = SeededGenerator(seed: ChapterOptions.defaultSeed)
    let (train, test) = try loadDigits().split(trainFraction: 0.8, using: &generator)
    let network = Sequential.multilayerPerceptron(sizes: [64, 64, 10], activation: .relu, initializer: .he, using: &generator)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: learningRate))
    let history = trainer.fit(train, test: test, settings: TrainingSettings(epochs: quickEpochs, batchSize: batchSize),
                              using: &generator)
    return (history, trainer.evaluate(test))
  }

  // The same count of correct images; Foundation's JSON reader may miss the written value by an ulp
  // (one image is 1/360 ≈ 3e-3 of the accuracy, nine orders above this).
  static let jsonRoundTrip = 1e-12
  // Float changes weights by up to ~1e-2 (Adam's near-zero gradients, see NetworkKernelTests): a few
  // borderline images at most; 2 % is the bound the course states.
  static let floatAccuracyTolerance = 0.02
  // Losses: Float's relative rounding accumulated over a few hundred steps, well under 1e-3.
  static let floatLossTolerance = 1e-3

  @Test("Double equals the library Trainer's run; Float within 2 % of it")
  func precisionAgainstTrainer() throws {
    let m = try metrics()
    let oracle = try Self.trainerOracle(batchSize: 32)
    let accuracy = try #require(oracle.accuracy)
    #expect(isClose(try #require(m["precision.double.test_accuracy"]), accuracy, relative: Self.jsonRoundTrip))
    #expect(isClose(try #require(m["precision.double.test_loss"]), oracle.loss, relative: 1e-12))
    #expect(abs(try #require(m["precision.float.test_accuracy"]) - accuracy) <= Self.floatAccuracyTolerance)
    #expect(isClose(try #require(m["precision.float.test_loss"]), oracle.loss, relative: Self.floatLossTolerance))
    #expect(try #require(m["precision.float_vs_double.max_abs_weight_difference"]) > 0)
    #expect(m["precision.trainer.test_accuracy"] == nil)
  }

  @Test("each batch size's accuracy equals the library Trainer's; updates = epochs·⌈1437/b⌉", arguments: [32, 512])
  func batchSizeAgainstTrainer(batchSize: Int) throws {
    let m = try metrics()
    let oracle = try Self.trainerOracle(batchSize: batchSize)
    let accuracy = try #require(m["batch.b\(batchSize).test_accuracy"])
    #expect(isClose(accuracy, try #require(oracle.accuracy), relative: Self.jsonRoundTrip))
    #expect(isClose(try #require(m["batch.b\(batchSize).test_loss"]), oracle.loss, relative: 1e-12))
  }

  @Test("the scaled learning rate is 0.001·√(b/32), the square-root rule for Adam", arguments: batchSizes)
  func scaledLearningRate(batchSize: Int) throws {
    let rate = try #require(try metrics()["batch_scaled.b\(batchSize).learning_rate"])
    #expect(isClose(rate, 1e-3 * (Double(batchSize) / 32).squareRoot(), relative: 1e-15))
  }

  @Test("with the scaled learning rate, accuracy and epochs to 97 % equal the library Trainer's", arguments: [32, 512])
  func scaledBatchAgainstTrainer(batchSize: Int) throws {
    let m = try metrics()
    let oracle = try Self.trainerHistory(batchSize: batchSize, learningRate: 1e-3 * (Double(batchSize) / 32).squareRoot())
    let accuracy = try #require(m["batch_scaled.b\(batchSize).test_accuracy"])
    #expect(isClose(accuracy, try #require(oracle.test.accuracy), relative: Self.jsonRoundTrip))
    let reached = oracle.history.epochs.first { ($0.test?.accuracy ?? 0) >= 0.97 }?.epoch
    #expect(m["batch_scaled.b\(batchSize).epochs_to_target"] == reached.map(Double.init))
  }

  /// Test accuracies of scripts/reference/learning_curve_numpy.py over 20 seeds, by training-set size.
  struct NumpyLearningCurve: Decodable {
    struct Run: Decodable { let test_accuracy: [String: Double] }
    let runs: [Run]
  }

  /// The chapter's split and starting weights are one draw; numpy's 20 seeds show how much a draw moves
  /// each point. Three standard deviations of those seeds contain a correct run's point (99.7 % for a
  /// normal spread); a curve trained with too few updates on the small sets, or on the wrong images,
  /// falls far outside at 50 and 100 images.
  static let learningCurveSigmas = 3.0

  @Test("Less data: each point of the learning curve lies within numpy's seed-to-seed spread",
        arguments: ["n50", "n100", "n200", "n400", "n800", "full"])
  func learningCurve(size: String) throws {
    let url = try #require(Bundle.module.url(forResource: "numpy-learning-curve", withExtension: "json", subdirectory: "Fixtures"))
    let numpy = try JSONDecoder().decode(NumpyLearningCurve.self, from: Data(contentsOf: url))
    let values = numpy.runs.compactMap { $0.test_accuracy[size] }
    let mean = values.reduce(0, +) / Double(values.count)
    let deviation = (values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count - 1)).squareRoot()
    let accuracy = try #require(try metrics()["learning_curve.\(size).test_accuracy"])
    #expect(abs(accuracy - mean) <= Self.learningCurveSigmas * deviation, "\(accuracy) vs numpy \(mean) ± \(deviation)")
  }

  // One sample at a time and 256 at once multiply the same numbers; only the kernel's blocking (and so
  // the rounding of sums of at most 784 terms of size ~1) can differ: 784 · 2⁻⁵² ≈ 2e-13.
  static let batchedRounding = 1e-12

  @Test("Inference: batches of 256 give the outputs of one sample at a time, to rounding")
  func inferenceAgrees() throws {
    let difference = try #require(try metrics()["inference.batch_vs_single.max_abs_difference"])
    #expect(difference >= 0 && difference <= Self.batchedRounding)
  }

  @Test("every batch size reports its accuracy, loss and number of updates")
  func batchSizeKeys() throws {
    let m = try metrics()
    for b in Self.batchSizes {
      #expect(m["batch.b\(b).test_accuracy"] != nil && m["batch.b\(b).test_loss"] != nil)
      #expect(m["batch.b\(b).updates"] == Double(Self.quickEpochs * ((1437 + b - 1) / b)))
    }
  }

  @Test("timings.json has the promised measurements, all positive and finite")
  func timings() throws {
    let run = try #require(Self.run)
    let data = try Data(contentsOf: run.directory.appendingPathComponent("timings.json"))
    let timings = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Double])
    var required = ["matmul.naive_gflops@512", "matmul.fast_gflops@512", "matmul.fast_gflops@1024", "matmul.reordered_gflops@1024",
                    "precision.float.seconds_per_epoch", "precision.double.seconds_per_epoch",
                    "threads.t1_gflops@64", "threads.t1_gflops@256"]
    required += Self.batchSizes.map { "batch.b\($0).samples_per_second" }
    required += Self.batchSizes.map { "batch_scaled.b\($0).seconds_per_epoch" }
    for network in ["digits", "mnist_shape"] {
      required += ["b1", "b256"].map { "inference.\(network).\($0).samples_per_second" }
    }
    for configuration in ["digits", "mnist_shape", "mnist_shape_no_input_gradient"] {
      required += ["forward", "loss", "backward", "optimizer", "total"].map { "step.\(configuration).\($0)_seconds" }
    }
    for key in required { #expect(timings[key] != nil, "\(key) missing") }
    for (key, value) in timings { #expect(value.isFinite && value > 0, "\(key) = \(value)") }
    #expect(!run.outcome.standardOutput.isEmpty)
  }

  @Test("no timing reaches results.json, and every metric is finite")
  func resultsHoldNoTimes() throws {
    let m = try metrics()
    #expect(!m.keys.contains { $0.contains("seconds") || $0.contains("gflops") })
    #expect(m.values.allSatisfy { $0.isFinite })
  }
}
