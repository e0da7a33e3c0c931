import Foundation
import NeuralKit

/// E[g(Z)] for Z ~ N(0, variance), by the midpoint rule over ±10 standard deviations (the normal density
/// beyond is below 1e-22). Midpoints never sit on ReLU's jump at 0, so its ½ comes out exact to the
/// rule's O(dz²) error.
func normalExpectation(variance: Double = 1, _ g: (Double) -> Double) -> Double {
  let cells = 4000, dz = 20 / Double(cells), sd = variance.squareRoot()
  return (0..<cells).reduce(0) { sum, i in
    let u = -10 + (Double(i) + 0.5) * dz  // u ~ N(0, 1), z = sd·u
    return sum + g(sd * u) * standardNormalPDF(u) * dz
  }
}

/// E[f′(Z)], Z ~ N(0, 1): the mean slope, the factor a product of derivatives alone would multiply by.
func meanDerivative(_ activation: Activation) -> Double {
  normalExpectation(activation.derivative)
}

/// E[f′(Z)²], Z ~ N(0, variance): with n·Var(w), a layer's gain χ = n·Var(w)·E[f′(z)²].
func meanSquaredDerivative(_ activation: Activation, variance: Double) -> Double {
  normalExpectation(variance: variance) { activation.derivative($0) * activation.derivative($0) }
}

/// The textbook formulas that break far from 0, for the stability table.
enum NaiveFormula {
  /// eˣ/(1 + eˣ): ∞/∞ = NaN once eˣ overflows (x > 709.78).
  static func expRatioSigmoid(_ x: Double) -> Double { exp(x) / (1 + exp(x)) }
  /// 1/(1 + e⁻ˣ), the source's own: safe, 1/(1 + ∞) = 0 for x < −709.78.
  static func sigmoid(_ x: Double) -> Double { 1 / (1 + exp(-x)) }
  /// ln(1 − σ(x)) through σ: ln 0 = −∞ once σ(x) rounds to 1 (x ≳ 37).
  static func logOneMinusSigmoid(_ x: Double) -> Double { log(1 - sigmoid(x)) }
  /// ln(1 + eˣ): +∞ once eˣ overflows, and 0 once eˣ < ε/2 (x < −37), losing the tail.
  static func softplus(_ x: Double) -> Double { log(1 + exp(x)) }
}
