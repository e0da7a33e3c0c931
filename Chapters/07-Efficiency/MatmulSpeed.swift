import Foundation
import NeuralKit
import NotebookKit

/// Speed of the matrix-product loops of ``MatmulAlgorithm`` on random square matrices.
enum MatmulSpeed {
  /// GFLOPS = 2n³ / (best time) / 10⁹ for n×n Float64 matrices with entries uniform in [−1, 1).
  static func gflops(
    _ algorithm: MatmulAlgorithm, n: Int, budget: Double, using generator: inout SeededGenerator
  ) -> Double {
    let a = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    let b = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
    return Stopwatch.gflops(operations: 2 * Double(n * n * n), budget: budget) { _ = a.matmul(b, using: algorithm) }
  }
}

extension MatmulSpeed {
  /// What each loop is called on the page, and in timings.json.
  static func label(_ algorithm: MatmulAlgorithm) -> String {
    switch algorithm {
    case .naive: "naive i-j-k loop"
    case .reordered: "reordered i-k-j loop"
    case .blocked: "blocked SIMD kernel"
    }
  }

  static func key(_ algorithm: MatmulAlgorithm) -> String { algorithm == .blocked ? "fast" : algorithm.rawValue }
}
