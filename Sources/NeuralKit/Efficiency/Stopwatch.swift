import Foundation

/// Wall-clock timing on the monotonic clock (`ContinuousClock`: never jumps with the time of day).
///
/// A single run is noisy (other processes, frequency changes, cold caches); the best of several is the
/// closest to what the code itself costs, the usual convention of benchmark harnesses. Introduced in
/// chapter 07.
public enum Stopwatch {
  /// Seconds taken by `body`.
  public static func seconds(_ body: () -> Void) -> Double {
    seconds(ContinuousClock().measure(body))
  }

  /// A duration in seconds.
  public static func seconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) + Double(duration.components.attoseconds) * 1e-18
  }

  /// The shortest of at least `minimumRuns` runs of `body`, repeated until `budget` seconds have passed.
  public static func bestTime(budget: Double, minimumRuns: Int = 3, _ body: () -> Void) -> Double {
    var best = Double.infinity, total = 0.0, runs = 0
    while runs < minimumRuns || total < budget {
      let seconds = seconds(body)
      best = min(best, seconds)
      total += seconds
      runs += 1
    }
    return best
  }
}

/// Speed of the matrix-product loops of ``MatmulAlgorithm`` on random square matrices.
public enum MatmulSpeed {
  /// GFLOPS = 2n³ / (best time) / 10⁹ for n×n Float64 matrices with entries uniform in [−1, 1).
  public static func gflops(
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
