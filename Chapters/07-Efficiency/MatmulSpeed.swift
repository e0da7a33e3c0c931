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
    var checksum = 0.0
    let seconds = Stopwatch.bestTime(budget: budget) { checksum += a.matmul(b, using: algorithm).storage.last ?? 0 }
    precondition(checksum.isFinite, "matrix product gave a non-finite result")
    return 2 * Double(n * n * n) / seconds / 1e9
  }
}
