/// The step of a central difference in double precision.
///
/// The truncation error of [f(x + h) − f(x − h)]/2h is ≈ h²·f‴/6 and the rounding error ≈ ε·|f|/h;
/// the sum is smallest near h = ε^(1/3) ≈ 6e-6, where both are ≈ 1e-10 for functions of size 1.
public let centralDifferenceStep = 1e-5

// snippet: central-difference
/// The derivative of `f` at `x` by central differences.
///
/// ```
///            f(x + h) − f(x − h)
///   f′(x) ≈ ───────────────────        error O(h²)
///                   2h
/// ```
/// Introduced in chapter 02 to check every analytic derivative.
public func centralDifference(
  _ f: (Double) -> Double, at x: Double, step h: Double = centralDifferenceStep
) -> Double {
  (f(x + h) - f(x - h)) / (2 * h)
}
// snippet end

/// The gradient of a scalar function of a matrix by central differences, one element at a time.
///
/// ```
///   ∂L/∂Xᵢⱼ ≈ [L(X + h·Eᵢⱼ) − L(X − h·Eᵢⱼ)] / 2h
/// ```
/// Costs 2·count evaluations of `f`: a check for small matrices, not a way to train.
public func centralDifferenceGradient(
  of f: (Matrix) -> Double, at x: Matrix, step h: Double = centralDifferenceStep
) -> Matrix {
  var gradient = Matrix(rows: x.rows, columns: x.columns)
  var probe = x
  for i in x.storage.indices {
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
