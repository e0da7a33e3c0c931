import Foundation
import NeuralKit
import NotebookKit

/// A run of the digits recipe in one precision: its history (test set after every epoch), the seconds of
/// its updates alone, and its final parameters (W₁, b₁, W₂, b₂ as Double; exact for Float).
struct PrecisionRun {
  let history: TrainingHistory
  let seconds: Double
  let parameters: [Matrix]
}

/// The digits recipe trained by the library's Trainer in Float and in Double from the same start and batch
/// order, and how far apart the two end.
struct PrecisionResults {
  let float: PrecisionRun
  let double: PrecisionRun

  /// Largest |ΔW| over every parameter.
  var weightGap: Double {
    zip(float.parameters, double.parameters).map { zip($0.storage, $1.storage).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
  }

  /// |Δ final training loss|.
  var lossGap: Double { abs((float.history.last?.train.loss ?? 0) - (double.history.last?.train.loss ?? 0)) }

  /// Trains the recipe in both precisions for `epochs` (`Trainer(precision:)`: one kernel, two number types).
  static func compare(_ data: DigitsRecipe, epochs: Int) -> PrecisionResults {
    let runs = Precision.allCases.map { precision in
      var (network, generator) = data.start()
      let trainer = DigitsRecipe.trainer(network, precision: precision)
      let settings = TrainingSettings(epochs: epochs, batchSize: DigitsRecipe.batchSize)
      let (history, seconds) = timedFit(trainer, data.train, test: data.test, settings: settings, using: &generator)
      return PrecisionRun(history: history, seconds: seconds, parameters: network.parameters.map(\.value))
    }
    return PrecisionResults(float: runs[1], double: runs[0])
  }

  /// GFLOPS of the library's product on random n×n matrices in `precision` (the Float product on Float
  /// copies of the same numbers).
  static func productGFLOPS(_ precision: Precision, n: Int, budget: Double, using generator: inout SeededGenerator) -> Double {
    let a = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    let b = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    let operations = 2 * Double(n * n * n)
    switch precision {
    case .double:
      return Stopwatch.gflops(operations: operations, budget: budget) { _ = a.matmul(b) }
    case .float:
      let (x, y) = (a.storage.map { Float($0) }, b.storage.map { Float($0) })
      return Stopwatch.gflops(operations: operations, budget: budget) {
        _ = Matrix.floatProduct(x, y, rows: n, inner: n, columns: n)
      }
    }
  }

  /// Test accuracy by epoch in each precision, and the gap between their training losses (log scale).
  func figure() -> Figure {
    let epochs = double.history.epochs.map { Double($0.epoch) }
    let accuracy = Panel(
      title: "test accuracy", xLabel: "epoch", yLabel: "accuracy (%)", key: .bottomRight,
      layers: [
        .series(Series("Double", x: epochs, y: double.history.testAccuracies.map { 100 * $0 }, color: seriesColors[0], lineWidth: 4)),
        .series(Series("Float", x: epochs, y: float.history.testAccuracies.map { 100 * $0 }, color: seriesColors[1], dashType: 2)),
      ])
    let gaps = zip(float.history.trainLosses, double.history.trainLosses).map { max(abs($0 - $1), .leastNormalMagnitude) }
    let gap = Panel(
      title: "training loss, Float against Double", xLabel: "epoch", yLabel: "|loss(Float) − loss(Double)|",
      logY: true, key: .hidden,
      layers: [.series(Series(nil, x: epochs, y: gaps, style: .linesPoints, color: seriesColors[2], pointType: 7, pointSize: 0.6))])
    return .smallMultiples("precision", title: "Digits recipe in Float and in Double", [accuracy, gap], width: 1200, height: 500)
  }
}
