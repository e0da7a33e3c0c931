/// Nonlinear least squares by Levenberg–Marquardt: finds parameters p minimising Σᵢ rᵢ(p)².
///
/// ```
///   (JᵀJ + λ·diag(JᵀJ)) δ = −Jᵀr,    p ← p + δ if the sum of squares falls (λ ← λ/3), else λ ← 2λ
/// ```
/// The Jacobian J is taken by central differences. Levenberg (1944), Marquardt (1963).
/// Introduced in chapter 01 to fit a sigmoid to a neuron's firing-rate curve.
public func fitLeastSquares(
  initial: [Double], maxIterations: Int = 200, residuals: ([Double]) -> [Double]
) -> [Double] {
  var p = initial
  var r = residuals(p)
  var cost = sumOfSquares(r)
  var lambda = 1e-3
  for _ in 0..<maxIterations {
    let jacobian = centralDifferenceJacobian(at: p, residuals)
    let jt = jacobian.transposed()
    var normal = jt.matmul(jacobian)
    let gradient = jt.matmul(Matrix(columnVector: r)).storage
    for i in 0..<p.count { normal[i, i] *= 1 + lambda }
    guard let delta = solveLinearSystem(normal, gradient.map { -$0 }) else { break }
    let candidate = zip(p, delta).map { $0 + $1 }
    let candidateResiduals = residuals(candidate)
    let candidateCost = sumOfSquares(candidateResiduals)
    if candidateCost < cost {
      let improvement = cost - candidateCost
      (p, r, cost) = (candidate, candidateResiduals, candidateCost)
      lambda /= 3
      if improvement <= 1e-15 * cost { break }  // converged to rounding level
    } else {
      lambda *= 2
      if lambda > 1e12 { break }
    }
  }
  return p
}

/// Σ rᵢ².
public func sumOfSquares(_ r: [Double]) -> Double {
  r.reduce(0) { $0 + $1 * $1 }
}

/// J[i, j] = ∂rᵢ/∂pⱼ by central differences with a step scaled to |pⱼ|.
func centralDifferenceJacobian(at p: [Double], _ residuals: ([Double]) -> [Double]) -> Matrix {
  let count = residuals(p).count
  var jacobian = Matrix(rows: count, columns: p.count)
  for j in p.indices {
    // Step ~ ε^(1/3)·scale balances truncation error (~h²) against rounding (~ε/h).
    let h = 6e-6 * max(1, abs(p[j]))
    var plus = p, minus = p
    plus[j] += h
    minus[j] -= h
    let rPlus = residuals(plus), rMinus = residuals(minus)
    for i in 0..<count { jacobian[i, j] = (rPlus[i] - rMinus[i]) / (2 * h) }
  }
  return jacobian
}
