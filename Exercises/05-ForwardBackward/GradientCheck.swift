import ExerciseKit

/// Exercise 05-forward-backward/gradient-check: check an analytic gradient against central differences,
/// as CS231n teaches.
///
/// For each component i, with h = 1e-5 and eᵢ the i-th unit vector:
///
/// ```
///          f(x + h·eᵢ) − f(x − h·eᵢ)                    |aᵢ − nᵢ|
///   nᵢ  =  ─────────────────────────        relᵢ = ─────────────────    (0 when both are 0)
///                     2h                           max(|aᵢ|, |nᵢ|)
/// ```
/// a = `gradient`, the analytic gradient to check. Return the largest relᵢ. Below ~1e-7 the gradient is
/// right; near 1 it is badly wrong. (The one-sided difference [f(x + h) − f(x)]/h is only O(h) accurate.)
///
/// Check it: `make check CH=05`
public func gradientCheck(of function: ([Double]) -> Double, gradient: [Double], at point: [Double]) -> Double {
  return notImplemented()
}
