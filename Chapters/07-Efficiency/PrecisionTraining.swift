import Foundation
import NeuralKit
import NotebookKit

/// The two floating-point formats chapter 07 trains in.
enum Precision: String, CaseIterable, Sendable {
  /// IEEE 754 binary32: 24-bit significand, ε = 2⁻²³ ≈ 1.2e-7.
  case float
  /// IEEE 754 binary64: 53-bit significand, ε = 2⁻⁵² ≈ 2.2e-16.
  case double

  /// Machine epsilon, the gap between 1 and the next number.
  var epsilon: Double {
    switch self {
    case .float: Double(Float.ulpOfOne)
    case .double: Double.ulpOfOne
    }
  }

  /// Bytes per number.
  var bytes: Int {
    switch self {
    case .float: MemoryLayout<Float>.size
    case .double: MemoryLayout<Double>.size
    }
  }
}

/// A training run of ``PrecisionNetwork``: its history, the seconds spent in the updates (evaluations
/// excluded), and the final parameters as Double matrices (W₁, b₁, W₂, b₂, …).
struct PrecisionRun: Sendable {
  let history: TrainingHistory
  let trainSeconds: Double
  let parameters: [Matrix]
}

extension PrecisionNetwork {
  /// Trains with the library's loop (``Trainable/fit(_:test:settings:using:hooks:)``: the same batches from
  /// the same generator as the Trainer), timing the updates alone.
  func fit(
    _ train: Dataset, test: Dataset?, settings: TrainingSettings, using generator: inout SeededGenerator
  ) -> PrecisionRun {
    let (history, seconds) = timedFit(self, train, test: test, settings: settings, using: &generator)
    return PrecisionRun(history: history, trainSeconds: seconds, parameters: parameterMatrices)
  }

  /// W₁, b₁, W₂, b₂, … as Double matrices (exact for Float).
  var parameterMatrices: [Matrix] {
    weights.indices.flatMap { [weights[$0].doubleMatrix, biases[$0].doubleMatrix] }
  }
}

/// Entry points that fix the number type, so the generic code runs specialized for it.
enum PrecisionComparison {
  /// Trains a ReLU network from the given Double initial parameters in `precision`.
  static func train(
    _ precision: Precision, weights: [Matrix], biases: [Matrix], learningRate: Double,
    train: Dataset, test: Dataset?, settings: TrainingSettings, using generator: inout SeededGenerator
  ) -> PrecisionRun {
    switch precision {
    case .float:
      PrecisionNetwork<Float>(weights: weights, biases: biases, learningRate: learningRate)
        .fit(train, test: test, settings: settings, using: &generator)
    case .double:
      PrecisionNetwork<Double>(weights: weights, biases: biases, learningRate: learningRate)
        .fit(train, test: test, settings: settings, using: &generator)
    }
  }

  /// GFLOPS of ``ScalarMatrix/product(_:transposed:_:)`` on random n×n matrices in `precision`.
  static func productGFLOPS(
    _ precision: Precision, n: Int, budget: Double, using generator: inout SeededGenerator
  ) -> Double {
    let a = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    let b = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    let seconds: Double
    switch precision {
    case .float: seconds = bestProductTime(ScalarMatrix<Float>(a), ScalarMatrix<Float>(b), budget: budget)
    case .double: seconds = bestProductTime(ScalarMatrix<Double>(a), ScalarMatrix<Double>(b), budget: budget)
    }
    return 2 * Double(n * n * n) / seconds / 1e9
  }

  static func bestProductTime<Scalar>(_ a: ScalarMatrix<Scalar>, _ b: ScalarMatrix<Scalar>, budget: Double) -> Double {
    var checksum: Scalar = 0
    let seconds = Stopwatch.bestTime(budget: budget) { checksum += ScalarMatrix.product(a, b).storage.last ?? 0 }
    precondition(checksum.isFinite, "product gave a non-finite result")
    return seconds
  }
}

/// The digits recipe trained three ways from the same start and batch order: generic Float, generic
/// Double, and the library's Trainer (Double, blocked kernel); and how far apart they end.
struct PrecisionResults {
  let float: PrecisionRun
  let double: PrecisionRun
  let trainer: (test: Evaluation, seconds: Double)
  let trainerTrainLoss: Double
  /// Largest |ΔW| Float against Double and generic Double against the Trainer; |Δ final train loss|.
  let weightGap: Double
  let trainerGap: Double
  let lossGap: Double

  /// Test accuracy by epoch in each precision, and the gap between their training losses (log scale).
  func figure() -> Figure {
    let epochs = double.history.epochs.map { Double($0.epoch) }
    let accuracy = Panel(
      title: "test accuracy", xLabel: "epoch", yLabel: "accuracy (%)", key: .bottomRight,
      layers: [
        .series(
          Series(
            "Double", x: epochs, y: double.history.testAccuracies.map { 100 * $0 }, color: seriesColors[0], lineWidth: 4
          )),
        .series(
          Series(
            "Float", x: epochs, y: float.history.testAccuracies.map { 100 * $0 }, color: seriesColors[1], dashType: 2)),
      ])
    let gaps = zip(float.history.trainLosses, double.history.trainLosses).map {
      max(abs($0 - $1), .leastNormalMagnitude)
    }
    let gap = Panel(
      title: "training loss, Float against Double", xLabel: "epoch", yLabel: "|loss(Float) − loss(Double)|",
      logY: true, key: .hidden,
      layers: [
        .series(
          Series(nil, x: epochs, y: gaps, style: .linesPoints, color: seriesColors[2], pointType: 7, pointSize: 0.6))
      ])
    return .smallMultiples(
      "precision", title: "Digits recipe in Float and in Double", [accuracy, gap], width: 1200, height: 500)
  }
}

extension PrecisionComparison {
  /// Trains the recipe in Float, in Double and with the Trainer for `epochs`, from `data`'s start.
  static func compare(_ data: DigitsRecipe, epochs: Int) -> PrecisionResults {
    let (network, generator) = data.start()
    let weights = network.denseLayers.map(\.weights.value)
    let biases = network.denseLayers.map(\.bias.value)
    let trainer = DigitsRecipe.trainer(network)
    var trainerGenerator = generator
    let quiet = TrainingSettings(epochs: epochs, batchSize: DigitsRecipe.batchSize, evaluatesEveryEpoch: false)
    let seconds = timedFit(trainer, data.train, settings: quiet, using: &trainerGenerator).seconds
    var runs: [PrecisionRun] = []
    for precision in Precision.allCases {
      var batchGenerator = generator
      runs.append(
        train(
          precision, weights: weights, biases: biases, learningRate: DigitsRecipe.learningRate, train: data.train,
          test: data.test, settings: TrainingSettings(epochs: epochs, batchSize: DigitsRecipe.batchSize),
          using: &batchGenerator))
    }
    let (float, double) = (runs[0], runs[1])
    let gap = { (a: [Matrix], b: [Matrix]) in
      zip(a, b).map { zip($0.storage, $1.storage).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
    }
    return PrecisionResults(
      float: float, double: double, trainer: (trainer.evaluate(data.test), seconds),
      trainerTrainLoss: trainer.evaluate(data.train).loss,
      weightGap: gap(float.parameters, double.parameters),
      trainerGap: gap(double.parameters, network.parameters.map(\.value)),
      lossGap: abs((float.history.last?.train.loss ?? 0) - (double.history.last?.train.loss ?? 0)))
  }
}
