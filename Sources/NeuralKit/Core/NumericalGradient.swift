/// Central-difference gradients and the relative error used to compare them with analytic ones.
///
/// ```
///   ∂f/∂xᵢ ≈ (f(x + h·eᵢ) − f(x − h·eᵢ)) / 2h
/// ```
// The truncation error of the central difference is O(h²) and the rounding error O(ε·|f|/h); h = 1e-5
// balances them near ε^(1/3) ≈ 6e-6 for values of order one.
public let centralDifferenceStep = 1e-5

/// The gradient of `f` at `x` by central differences, one coordinate at a time.
public func numericalGradient(of f: (Matrix) -> Double, at x: Matrix, step h: Double = centralDifferenceStep) -> Matrix {
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  var probe = x
  for i in 0..<x.count {
    let original = probe.storage[i]
    probe.storage[i] = original + h
    let plus = f(probe)
    probe.storage[i] = original - h
    let minus = f(probe)
    probe.storage[i] = original
    gradient.storage[i] = (plus - minus) / (2 * h)
  }
  return gradient
}

/// The derivative of a scalar function by central differences.
public func numericalDerivative(of f: (Double) -> Double, at x: Double, step h: Double = centralDifferenceStep) -> Double {
  (f(x + h) - f(x - h)) / (2 * h)
}

/// Relative error between an analytic and a numerical derivative, as in CS231n's gradient-check notes:
///
/// ```
///                |a − n|
///   rel(a, n) = ──────────────
///               max(|a|, |n|)
/// ```
/// with 0 when both are 0. Below ~1e-7 the analytic gradient is right; above ~1e-2 it is almost surely wrong.
public func relativeError(_ analytic: Double, _ numerical: Double) -> Double {
  let scale = max(abs(analytic), abs(numerical))
  return scale == 0 ? 0 : abs(analytic - numerical) / scale
}
