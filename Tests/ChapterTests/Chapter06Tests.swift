import Foundation
import NeuralKit
import TestSupport
import Testing

@testable import ch06_mlp

/// Runs `ch06-mlp` and checks its numbers against thresholds the issue of the course sets, against
/// theory (the teacher's noise floor) and against a numpy implementation of the same recipe.
@Suite("Chapter 06 · Multilayer perceptron", .serialized)
struct Chapter06Tests {
  static let run = ChapterRun.start("ch06-mlp", ["--no-render"])

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  /// Final numbers of scripts/reference/mlp_numpy.py's digits recipe over 20 seeds.
  struct NumpyRecipe: Decodable {
    struct Run: Decodable {
      let final_train_loss: Double
      let test_accuracy: Double
    }
    let runs: [Run]
  }

  // MARK: - Digits

  @Test("Digits: the default recipe reaches ≥ 97 % on the 360 test images")
  func digitsAccuracy() throws {
    let accuracy = try #require(try metrics()["digits.test_accuracy"])
    #expect(accuracy >= 0.97)
    // 360 test images: the accuracy is a whole number of them.
    #expect(abs(accuracy * 360 - (accuracy * 360).rounded()) < 1e-9)
  }

  /// numpy's final training loss over 20 seeds spans 0.062–0.077. A recipe with a defect (no bias
  /// correction in Adam, a wrong initialization scale, a learning rate off by 10×, no reshuffling)
  /// ends far outside that band; seed-to-seed variation stays inside it widened by a quarter.
  static let seedSpreadMargin = 0.25

  @Test("Digits: the final training loss lies within numpy's seed-to-seed spread for the same recipe")
  func digitsLossMatchesNumpy() throws {
    let url = try #require(Bundle.module.url(forResource: "numpy-digits-recipe", withExtension: "json", subdirectory: "Fixtures"))
    let numpy = try JSONDecoder().decode(NumpyRecipe.self, from: Data(contentsOf: url))
    let losses = numpy.runs.map(\.final_train_loss)
    let (low, high) = (try #require(losses.min()), try #require(losses.max()))
    let loss = try #require(try metrics()["digits.final_train_loss"])
    #expect(loss >= low * (1 - Self.seedSpreadMargin) && loss <= high * (1 + Self.seedSpreadMargin), "\(loss) vs numpy \(low)…\(high)")
    let accuracies = numpy.runs.map(\.test_accuracy)
    let accuracy = try #require(try metrics()["digits.test_accuracy"])
    #expect(accuracy >= (try #require(accuracies.min())) - 0.01)
  }

  /// getrusage's largest resident set over every child this test process has waited for: an upper bound
  /// on the chapter's own peak (the other chapters' runs are smaller).
  @Test("The whole chapter stays under 200 MB resident")
  func memory() throws {
    _ = try metrics()
    var usage = rusage()
    #if os(Linux)
      #expect(getrusage(RUSAGE_CHILDREN.rawValue, &usage) == 0)
      let megabytes = Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
    #else
      #expect(getrusage(RUSAGE_CHILDREN, &usage) == 0)
      let megabytes = Double(usage.ru_maxrss) / 1_048_576  // bytes on macOS
    #endif
    #expect(megabytes > 0 && megabytes < 200, "peak resident set \(megabytes) MB")
  }

  // MARK: - Toy problems

  @Test("XOR: one hidden layer classifies all four points, with a small loss")
  func xor() throws {
    let metrics = try metrics()
    #expect(metrics["xor.accuracy"] == 1)
    #expect(try #require(metrics["xor.final_loss"]) < 0.01)
  }

  @Test("Two moons and spirals: ≥ 95 % on held-out points", arguments: ["moons", "spirals"])
  func boundaries(set: String) throws {
    #expect(try #require(try metrics()["\(set).test_accuracy"]) >= 0.95)
  }

  /// The targets carry noise ε ~ N(0, σ²), σ = 0.1, which no model can predict: the test MSE cannot fall
  /// below σ² = 0.01 except by sampling luck (500 test points: the noise's sample variance has a
  /// standard deviation of σ²·√(2/500) ≈ 0.06σ²), and a student that found the teacher gets close to it.
  @Test("The seed's 10-5-1 network: test MSE near the noise floor σ², far below predicting the mean")
  func seedExample() throws {
    let metrics = try metrics()
    let test = try #require(metrics["seed_example.test_loss"])
    let baseline = try #require(metrics["seed_example.baseline_loss"])
    #expect(test > 0.8 * 0.01 && test < 1.5 * 0.01)
    #expect(try #require(metrics["seed_example.final_loss"]) < 1.5 * 0.01)
    #expect(baseline > 10 * test)
  }

  // MARK: - Options and data

  @Test("Recipe options change the run: two epochs of a 16-8 network with SGD and momentum")
  func options() throws {
    let directory = try ChapterProcess.temporaryDirectory("ch06-options")
    let outcome = try ChapterProcess.run("ch06-mlp", [
      "--out", directory.path, "--no-render", "--hidden", "16,8", "--epochs", "2", "--batch-size", "64",
      "--optimizer", "momentum", "--lr", "0.05", "--weight-decay", "1e-4",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("64-16-8-10"))
    #expect(try ChapterProcess.metrics(in: directory)["digits.epochs"] == 2)
  }

  /// Forty 4×4 images, two classes that differ in which half is inked: the MNIST path end to end.
  static func writeTinyMNIST() throws -> URL {
    var generator = SeededGenerator(seed: 11)
    func images(_ count: Int) -> (pixels: [UInt8], labels: [UInt8]) {
      var pixels: [UInt8] = [], labels: [UInt8] = []
      for index in 0..<count {
        let label = index % 2
        labels.append(UInt8(label))
        for pixel in 0..<16 {
          let inked = (pixel % 4 < 2) == (label == 0)
          pixels.append(UInt8(inked ? generator.nextInt(in: 200..<256) : generator.nextInt(in: 0..<40)))
        }
      }
      return (pixels, labels)
    }
    let (train, test) = (images(40), images(10))
    let folder = try ChapterProcess.temporaryDirectory("tiny-mnist")
    let files: [String: [UInt8]] = [
      "train-images-idx3-ubyte": IDXFile.bytes(dimensions: [40, 4, 4], elements: train.pixels),
      "train-labels-idx1-ubyte": IDXFile.bytes(dimensions: [40], elements: train.labels),
      "t10k-images-idx3-ubyte": IDXFile.bytes(dimensions: [10, 4, 4], elements: test.pixels),
      "t10k-labels-idx1-ubyte": IDXFile.bytes(dimensions: [10], elements: test.labels),
    ]
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  @Test("--dataset mnist trains on IDX files in --data-dir")
  func mnist() throws {
    let data = try Self.writeTinyMNIST(), directory = try ChapterProcess.temporaryDirectory("ch06-mnist")
    let outcome = try ChapterProcess.run("ch06-mlp", [
      "--out", directory.path, "--no-render", "--dataset", "mnist", "--data-dir", data.path, "--epochs", "30", "--hidden", "8",
      "--lr", "0.01",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let metrics = try ChapterProcess.metrics(in: directory)
    #expect(metrics["mnist.test_accuracy"] == 1)
    #expect(metrics["digits.test_accuracy"] == nil)
  }

  @Test("A corrupt or missing MNIST file: exit 1, one error naming the file", arguments: ["corrupt", "missing"])
  func mnistErrors(kind: String) throws {
    let data = try Self.writeTinyMNIST(), directory = try ChapterProcess.temporaryDirectory("ch06-mnist-bad")
    let broken = data.appendingPathComponent("t10k-labels-idx1-ubyte")
    if kind == "corrupt" {
      try Data([0, 0, 8, 1, 0, 0, 0, 10, 1, 2]).write(to: broken)  // promises 10 labels, holds 2
    } else {
      try FileManager.default.removeItem(at: broken)
    }
    let outcome = try ChapterProcess.run("ch06-mlp", ["--out", directory.path, "--no-render", "--dataset", "mnist", "--data-dir", data.path])
    #expect(outcome.status == 1)
    let lines = outcome.standardError.split(separator: "\n")
    #expect(lines.count == 1 && lines.first?.hasPrefix("error: ") == true, "\(outcome.standardError)")
    #expect(outcome.standardError.contains(broken.path))
    if kind == "corrupt" { #expect(outcome.standardError.contains("truncated")) }
  }

  @Test("Weights that overflow: one error line naming the batch where the loss became NaN, exit 1, nothing written")
  func divergence() throws {
    let parent = try ChapterProcess.temporaryDirectory("ch06-diverge"), directory = parent.appendingPathComponent("out")
    let outcome = try ChapterProcess.run("ch06-mlp", ["--out", directory.path, "--no-render", "--optimizer", "gd", "--lr", "1e200"])
    #expect(outcome.status == 1, "\(outcome.standardError)")
    let lines = outcome.standardError.split(separator: "\n")
    #expect(lines.count == 1 && lines.first?.hasPrefix("error: training stopped: the loss became NaN at epoch 1, batch 2") == true,
            "\(outcome.standardError)")
    #expect(!FileManager.default.fileExists(atPath: directory.path))
  }

  // MARK: - Mistakes

  @Test("Mistakes are ranked by count, ties side by side in class order")
  func mistakesRanked() {
    var counts = Array(repeating: Array(repeating: 0, count: 3), count: 3)
    (counts[0][0], counts[1][1], counts[2][2]) = (9, 8, 7)
    (counts[2][0], counts[0][1], counts[1][2], counts[1][0]) = (2, 2, 1, 2)
    let labels = counts.indices.flatMap { i in counts[i].indices.flatMap { j in Array(repeating: i, count: counts[i][j]) } }
    let predictions = counts.indices.flatMap { i in counts[i].indices.flatMap { j in Array(repeating: j, count: counts[i][j]) } }
    let ranked = ConfusionMatrix(labels: labels, predictions: predictions, classCount: 3).mistakesByCount
    #expect(ranked.map { [$0.label, $0.prediction, $0.count] } == [[0, 1, 2], [1, 0, 2], [2, 0, 2], [1, 2, 1]])
  }

  /// The default recipe retrained here, its mistakes counted pair by pair without ConfusionMatrix: the
  /// chapter's number of errors, largest count and the number of pairs tied at it must be these.
  @Test("Digits: errors, the largest confusion count and its ties equal a recount of the retrained recipe")
  func confusionCounts() throws {
    let recipe = try DigitsRecipe(seed: 42)
    let start = recipe.start()
    var generator = start.generator
    let trainer = DigitsRecipe.trainer(start.network)
    _ = trainer.fit(recipe.train, settings: TrainingSettings(epochs: DigitsRecipe.epochs, batchSize: DigitsRecipe.batchSize),
                    using: &generator)
    var pairs: [[Int]: Int] = [:]
    for (label, prediction) in zip(recipe.test.labels, trainer.predict(recipe.test.features).rowArgmax()) where label != prediction {
      pairs[[label, prediction], default: 0] += 1
    }
    let top = pairs.values.max() ?? 0
    let metrics = try metrics()
    #expect(metrics["digits.test_errors"] == Double(pairs.values.reduce(0, +)))
    #expect(metrics["digits.commonest_confusion.count"] == Double(top))
    #expect(metrics["digits.commonest_confusion.pairs"] == Double(pairs.values.filter { $0 == top }.count))
    let accuracy = try #require(metrics["digits.test_accuracy"])
    #expect(abs(360 * (1 - accuracy) - (try #require(metrics["digits.test_errors"]))) < 1e-9)
  }
}
