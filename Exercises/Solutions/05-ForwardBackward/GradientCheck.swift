/// Reference answer to `Exercises/05-ForwardBackward/GradientCheck.swift`: the largest relative error
/// between `gradient` and the central differences of `function`.
public func gradientCheck(of function: ([Double]) -> Double, gradient: [Double], at point: [Double]) -> Double {
  let h = 1e-5  // error ~h² from truncation vs ~ε/h from rounding: smallest near ε^(1/3)
  var worst = 0.0
  for i in point.indices {
    var plus = point, minus = point
    plus[i] += h
    minus[i] -= h
    let numerical = (function(plus) - function(minus)) / (2 * h)
    let scale = max(abs(gradient[i]), abs(numerical))
    worst = max(worst, scale == 0 ? 0 : abs(gradient[i] - numerical) / scale)
  }
  return worst
}
