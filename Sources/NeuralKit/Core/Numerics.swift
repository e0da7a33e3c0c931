/// True when every value is finite (no NaN, no ±∞).
func allFinite(_ values: [Double]) -> Bool {
  values.allSatisfy(\.isFinite)
}

/// Evenly spaced values from `start` to `end` inclusive, like numpy's `linspace`.
public func linspace(_ start: Double, _ end: Double, count: Int) -> [Double] {
  precondition(count >= 1, "linspace needs at least one point, got \(count)")
  guard count > 1 else { return [start] }
  let step = (end - start) / Double(count - 1)
  return (0..<count).map { $0 == count - 1 ? end : start + Double($0) * step }
}
