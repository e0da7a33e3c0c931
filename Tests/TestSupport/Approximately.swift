/// Approximate equality for tests: |a − b| ≤ absolute + relative·|b|, with `b` the reference value.
///
/// NaN never compares close; equal infinities do.
public func isClose(_ a: Double, _ b: Double, relative: Double = 1e-12, absolute: Double = 0) -> Bool {
  if a == b { return true }
  guard a.isFinite, b.isFinite else { return false }
  return abs(a - b) <= absolute + relative * abs(b)
}

/// Elementwise ``isClose(_:_:relative:absolute:)`` for equally long arrays.
public func isClose(_ a: [Double], _ b: [Double], relative: Double = 1e-12, absolute: Double = 0) -> Bool {
  a.count == b.count && zip(a, b).allSatisfy { isClose($0, $1, relative: relative, absolute: absolute) }
}
