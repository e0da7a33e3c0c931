/// How far an answer may be from the wanted one and still pass: |got − want| ≤ absolute + relative·|want|.
///
/// NaN never passes; infinities pass only when equal.
public struct Tolerance: Sendable {
  public let relative: Double
  public let absolute: Double

  public init(relative: Double, absolute: Double = 0) {
    self.relative = relative
    self.absolute = absolute
  }

  func accepts(_ got: Double, _ want: Double) -> Bool {
    if got.isNaN || want.isNaN { return got.isNaN && want.isNaN }
    if got.isInfinite || want.isInfinite { return got == want }
    return abs(got - want) <= absolute + relative * abs(want)
  }

  func accepts(_ got: [Double], _ want: [Double]) -> Bool {
    got.count == want.count && zip(got, want).allSatisfy { accepts($0, $1) }
  }

  /// A formula evaluated in a different but equally good order: a few roundings apart (ε ≈ 2.2e-16), and an
  /// absolute floor of the same size for results that cancel to near 0, like 2σ(2x) − 1 at tiny x.
  public static let reordered = Tolerance(relative: 1e-12, absolute: 1e-15)
  /// Stable formulas must keep full relative accuracy even where the value is tiny (softplus(−40) ≈ 4e-18,
  /// which the naive ln(1 + eˣ) rounds to 0). The floor 1e-300 only forgives values at the edge of the
  /// subnormals (σ(−710) ≈ 4e-309), which several good formulas round to 0.
  public static let stableFormula = Tolerance(relative: 1e-12, absolute: 1e-300)
  /// Against a fixture printed by numpy with 17 significant digits after a few steps of arithmetic in
  /// another order, and through an optimizer's division by √v + ε, which amplifies rounding.
  public static let fixture = Tolerance(relative: 1e-9, absolute: 1e-12)
  /// Against central differences: the truncation error h²·f‴/6 plus rounding ε·|f|/h, ≈ 1e-10 for h = 1e-5
  /// and functions of size 1; 1e-6 leaves room for larger third derivatives and still catches a missing
  /// factor or a wrong sign, which are off by 100 %.
  public static let centralDifference = Tolerance(relative: 1e-6, absolute: 1e-7)
  /// A sum of O(1) terms that should cancel to 0 (a normalised column's mean): rounding leaves about n·ε.
  public static let cancellation = Tolerance(relative: 0, absolute: 1e-12)
  /// Exact results (counts, equal summation order): bit for bit.
  public static let exact = Tolerance(relative: 0)
}
