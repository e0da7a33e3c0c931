/// Reference answer to `Exercises/07-Efficiency/FlopCount.swift`: 2·n·k·m.
public func matmulOperationCount(rows n: Int, inner k: Int, columns m: Int) -> Int {
  2 * n * k * m
}

/// operations / seconds / 10⁹.
public func gigaflops(operations: Int, seconds: Double) -> Double {
  Double(operations) / seconds / 1e9
}
