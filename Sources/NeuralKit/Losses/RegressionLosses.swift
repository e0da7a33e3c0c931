/// Regression losses, mean-reduced over every element like PyTorch's `reduction='mean'`.
///
/// Each loss takes the prediction ŷ and the target y as same-shaped matrices (n = number of elements)
/// and has a companion `…Gradient` returning ∂L/∂ŷ with the shape of ŷ. Introduced in chapter 03.
///
/// As in PyTorch, a NaN anywhere in ŷ or y makes the loss NaN, and an empty batch gives NaN, the mean of
/// no terms. Shapes that differ stop the program with a message naming both.

// snippet: mean-squared-error
/// Mean squared error.
///
/// ```
///         1  n
///   L  =  ─  Σ (ŷᵢ − yᵢ)²            ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ)/n
///         n i=1
/// ```
public func meanSquaredError(_ yHat: Matrix, _ y: Matrix) -> Double {
  yHat.zipMap(y, "meanSquaredError", -).storage.reduce(0) { $0 + $1 * $1 } / Double(yHat.count)
}
// snippet end

// snippet: mean-squared-error-gradient
/// The gradient of ``meanSquaredError(_:_:)`` with respect to ŷ: 2(ŷ − y)/n.
public func meanSquaredErrorGradient(_ yHat: Matrix, _ y: Matrix) -> Matrix {
  yHat.zipMap(y, "meanSquaredErrorGradient", -) * (2 / Double(yHat.count))
}
// snippet end

/// Mean absolute error (L1 loss).
///
/// ```
///         1  n
///   L  =  ─  Σ |ŷᵢ − yᵢ|             ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n       (sign(0) = 0, as PyTorch)
///         n i=1
/// ```
public func meanAbsoluteError(_ yHat: Matrix, _ y: Matrix) -> Double {
  yHat.zipMap(y, "meanAbsoluteError", -).storage.reduce(0) { $0 + abs($1) } / Double(yHat.count)
}

/// The gradient of ``meanAbsoluteError(_:_:)`` with respect to ŷ: sign(ŷ − y)/n, 0 where ŷ = y.
public func meanAbsoluteErrorGradient(_ yHat: Matrix, _ y: Matrix) -> Matrix {
  let n = Double(yHat.count)
  return yHat.zipMap(y, "meanAbsoluteErrorGradient") { a, b in
    a > b ? 1 / n : (a < b ? -1 / n : 0)
  }
}

/// Huber loss: quadratic for small errors, linear (robust to outliers) for large ones.
///
/// ```
///                 ⎧ ½d²             if |d| ≤ δ                     ⎧ d/n          if |d| ≤ δ
///   L = (1/n) Σ   ⎨                            d = ŷᵢ − yᵢ   ∂L/∂ŷᵢ = ⎨
///                 ⎩ δ(|d| − ½δ)     otherwise                      ⎩ δ·sign(d)/n  otherwise
/// ```
/// With δ = 1 this is PyTorch's `huber_loss` (and `smooth_l1_loss`).
public func huberLoss(_ yHat: Matrix, _ y: Matrix, delta: Double = 1) -> Double {
  precondition(delta > 0, "huberLoss: delta must be positive, got \(delta)")
  let total = yHat.zipMap(y, "huberLoss", -).storage.reduce(0) { sum, d in
    sum + (abs(d) <= delta ? 0.5 * d * d : delta * (abs(d) - 0.5 * delta))
  }
  return total / Double(yHat.count)
}

/// The gradient of ``huberLoss(_:_:delta:)`` with respect to ŷ: the error clipped to [−δ, δ], over n.
public func huberLossGradient(_ yHat: Matrix, _ y: Matrix, delta: Double = 1) -> Matrix {
  precondition(delta > 0, "huberLossGradient: delta must be positive, got \(delta)")
  let n = Double(yHat.count)
  return yHat.zipMap(y, "huberLossGradient") { a, b in min(max(a - b, -delta), delta) / n }
}
