import NeuralKit

/// An activation function, scaled and shifted, as a model of a neuron's firing rate r(I).
///
/// ```
///   sigmoid    r = r_max·σ((I − I½)/s)          p = (r_max, I½, s)
///   relu       r = g·max(0, I − I₀)             p = (g, I₀)
///   softplus   r = g·s·ln(1 + e^((I − I₀)/s))   p = (g, I₀),  s = 0.1 nA
/// ```
/// Left free, the softplus's softness s shrinks without end (the best softplus is the ReLU, s → 0: the
/// rate curve has a corner), so s is fixed at the spacing of the fitted currents, the finest corner the
/// data can show.
enum RateModel: String, CaseIterable {
  case sigmoid, relu, softplus

  /// The softplus's softness s, nA: the 0.1 nA step between the fitted currents.
  static let softness = 0.1

  /// r(I) in Hz for the current I in nA.
  func rate(_ current: Double, _ p: [Double]) -> Double {
    switch self {
    case .sigmoid: p[0] * NeuralKit.sigmoid((current - p[1]) / p[2])
    case .relu: p[0] * NeuralKit.relu(current - p[1])
    case .softplus: p[0] * Self.softness * NeuralKit.softplus((current - p[1]) / Self.softness)
    }
  }

  /// Where Levenberg–Marquardt starts: a plausible ceiling or slope, a corner near threshold.
  func start(rates: [Double]) -> [Double] {
    switch self {
    case .sigmoid: [rates.max() ?? 1, 2, 0.5]
    case .relu, .softplus: [50, 1.5]
    }
  }
}

/// A rate model fitted by least squares to simulated rates.
struct RateFit {
  let model: RateModel
  let parameters: [Double]
  /// √(mean squared residual), Hz.
  let rmse: Double

  init(_ model: RateModel, currents: [Double], rates: [Double]) {
    func residuals(_ p: [Double]) -> [Double] { zip(currents, rates).map { model.rate($0, p) - $1 } }
    let p = fitLeastSquares(initial: model.start(rates: rates), residuals: residuals)
    self.model = model
    parameters = p
    rmse = (sumOfSquares(residuals(p)) / Double(currents.count)).squareRoot()
  }

  func rate(_ current: Double) -> Double { model.rate(current, parameters) }
}
