/// How sensitive a run is to its start, and where gradient descent stops being stable: two probes of an
/// optimizer on a surface, introduced in chapter 04.
extension TestFunction {
  /// How much the end of a run moves per unit move of its start: the larger of |Δend| / δ for the start
  /// nudged by δ along x and along y. Around 1 or below, the run is smooth in its start and rounding errors
  /// stay rounding errors; in the millions, the run is chaotic and two correct implementations part ways.
  public func startSensitivity(
    from start: (x: Double, y: Double), steps: Int, delta: Double, makeOptimizer: () -> any Optimizer
  ) -> Double {
    func end(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
      let optimizer = makeOptimizer()
      let final = descend(from: (x, y), using: optimizer, steps: steps).final
      return (final.x, final.y)
    }
    let base = end(start.x, start.y)
    let moved = [end(start.x + delta, start.y), end(start.x, start.y + delta)]
    return moved.map {
      ((($0.x - base.x) * ($0.x - base.x) + ($0.y - base.y) * ($0.y - base.y)).squareRoot()) / delta
    }.max() ?? 0
  }
}

/// Bisection for the boundary between learning rates that settle and learning rates that diverge.
///
/// `stable` must not diverge and `divergent` must; each iteration halves the bracket, which is returned.
/// Assumes one boundary between the two (true for gradient descent on a quadratic).
public func divergenceThreshold(
  stable: Double, divergent: Double, iterations: Int, diverges: (Double) -> Bool
) -> (stable: Double, divergent: Double) {
  var (low, high) = (stable, divergent)
  for _ in 0..<iterations {
    let middle = (low + high) / 2
    if diverges(middle) { high = middle } else { low = middle }
  }
  return (low, high)
}
