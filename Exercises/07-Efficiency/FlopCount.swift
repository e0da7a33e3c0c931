import ExerciseKit

/// Exercise 07-efficiency/flop-count: the work of a matrix product, and its speed in GFLOPS.
///
/// ```
///   an n×k by k×m product: n·m dot products of length k, each term one multiply and one add
///   operations = 2·n·k·m
///   GFLOPS = operations / seconds / 10⁹
/// ```
///
/// Check it: `make check CH=07`
public func matmulOperationCount(rows n: Int, inner k: Int, columns m: Int) -> Int {
  return notImplemented()
}

/// Billions of floating-point operations per second.
public func gigaflops(operations: Int, seconds: Double) -> Double {
  return notImplemented()
}
