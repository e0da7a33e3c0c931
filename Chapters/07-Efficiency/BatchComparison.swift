import NeuralKit
import NotebookKit

/// The recipe at each batch size with the learning rate scaled (``scaledLearningRate(batchSize:)``),
/// tested after every epoch: the epochs each needs to reach ``target`` are deterministic; the seconds
/// they take are this machine's.
struct BatchComparison {
  /// The test accuracy the comparison at equal time asks for: the recipe's expected accuracy.
  static let target = 0.97
  /// Times within this fraction of the fastest count as tied: reruns of the same run on a shared machine
  /// differ by about this much.
  static let timingNoise = 0.1

  let runs: [TimedRun]
  let epochs: Int

  /// Fills the table of the scaled runs, records their keys and names the fastest to the target.
  func report(_ book: Notebook) {
    var rows: [[String]] = []
    var toTarget: [(batch: Int, seconds: Double)] = []
    for run in runs {
      let key = "batch_scaled.b\(run.label)"
      let perEpoch = run.seconds / Double(epochs)
      book.metric("\(key).learning_rate", run.learningRate)
      book.metric("\(key).test_accuracy", run.test.accuracy ?? 0)
      book.timing("\(key).seconds_per_epoch", perEpoch)
      let reached = run.epochs(toReach: Self.target)
      if let reached {
        book.metric("\(key).epochs_to_target", Double(reached))
        book.timing("\(key).seconds_to_target", Double(reached) * perEpoch)
        toTarget.append((run.label, Double(reached) * perEpoch))
      }
      let seconds = reached.map { (Double($0) * perEpoch).significant(3) } ?? "—"
      rows.append([
        "\(run.label)", run.learningRate.significant(3), reached.map { "\($0)" } ?? "—", (1e3 * perEpoch).fixed(2),
        seconds, NumberFormat.percent(2).text(run.test.accuracy ?? 0),
      ])
    }
    book.rows("batch_scaled.rows", rows)
    let best = toTarget.map(\.seconds).min() ?? .infinity
    let tied = toTarget.filter { $0.seconds <= best * (1 + Self.timingNoise) }.map { "\($0.batch)" }
    book["batch.fastest"] = tied.isEmpty ? "—" : tied.joined(separator: ", ")
    book["batch.timing_noise"] = NumberFormat.percent(0).text(Self.timingNoise)
  }

  /// Left: samples per second against the batch size (log–log). Right: test accuracy against the seconds
  /// of training, one curve per batch size (the equal-time comparison).
  func figure(sizes: [Int], speeds: [Double]) -> Figure {
    let throughput = Panel.speedPlot(
      title: "throughput", xLabel: "batch size", yLabel: "training samples per second",
      curves: [(nil, sizes.map(Double.init), speeds)])
    let curves = runs.map { run in
      let perEpoch = run.seconds / Double(epochs)
      return (
        "batch \(run.label)" as String?, run.history.epochs.map { Double($0.epoch) * perEpoch },
        run.history.testAccuracies.map { 100 * $0 }
      )
    }
    let time = Panel.speedPlot(
      title: "test accuracy against training time (η scaled with √batch)",
      xLabel: "seconds of training (log scale)", yLabel: "test accuracy (%)", curves: curves,
      reference: ("target \(NumberFormat.percent(0).text(Self.target))", 100 * Self.target),
      logY: false, key: .bottomRight)
    return .smallMultiples(
      "batch-size", title: "Digits recipe at different batch sizes", [throughput, time], width: 1300,
      height: 540)
  }
}

/// The training-set sizes of the learning curve (`nil`: the whole training split) and the updates each
/// run makes: the full recipe's 30 epochs of 45 batches, so a small set gets as many steps as the full one.
enum LearningCurve {
  static let sizes: [Int?] = [50, 100, 200, 400, 800, nil]
  static let updates = 30 * 45
}

/// The batch of the inference comparison: 256 examples at once against one at a time.
enum Inference {
  static let batch = 256
}
