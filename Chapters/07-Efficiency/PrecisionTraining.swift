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
  func fit(_ train: Dataset, test: Dataset?, settings: TrainingSettings, using generator: inout SeededGenerator) -> PrecisionRun {
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
  static func productGFLOPS(_ precision: Precision, n: Int, budget: Double, using generator: inout SeededGenerator) -> Double {
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
