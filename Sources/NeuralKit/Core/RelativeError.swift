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
