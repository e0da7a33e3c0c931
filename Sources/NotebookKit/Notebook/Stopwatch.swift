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

  /// Throughput in GFLOPS (10⁹ floating-point operations per second) of `body`, which does `operations`
  /// of them per run: operations / best time (``bestTime(budget:minimumRuns:_:)``) / 10⁹.
  public static func gflops(operations: Double, budget: Double, _ body: () -> Void) -> Double {
    operations / bestTime(budget: budget, body) / 1e9
  }
}
