/// Two-dimensional surfaces with known minima on which optimizers are compared, with analytic gradients.
///
/// ```
///   quadratic    f = 0.1x² + 2y²                                          min 0 at (0, 0)
///   rosenbrock   f = (1 − x)² + 100(y − x²)²                              min 0 at (1, 1)
///   beale        f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²   min 0 at (3, 0.5)
/// ```
/// The quadratic is an elongated bowl (curvatures 0.2 and 4, condition number 20). Rosenbrock, "An
/// automatic method for finding the greatest or least value of a function", Computer J. 3(3), 1960: a
/// curved, nearly flat valley. Beale, "On an iterative method for finding a local minimum of a function of
/// more than one variable", Princeton tech. report 25, 1958: flat plateaus and sharp ridges.
public enum TestFunction: String, CaseIterable, Sendable {
  case quadratic, rosenbrock, beale

  /// f(x, y).
  public func value(_ x: Double, _ y: Double) -> Double {
    switch self {
    case .quadratic:
      return 0.1 * x * x + 2 * y * y
    case .rosenbrock:
      let (a, b) = (1 - x, y - x * x)
      return a * a + 100 * b * b
    case .beale:
      let (a, b, c) = bealeTerms(x, y)
      return a * a + b * b + c * c
    }
  }

  /// ∇f(x, y) = (∂f/∂x, ∂f/∂y).
  ///
  /// ```
  ///   quadratic    (0.2x, 4y)
  ///   rosenbrock   (−2(1 − x) − 400x(y − x²),  200(y − x²))
  ///   beale        a, b, c the three terms:
  ///                (2a(y − 1) + 2b(y² − 1) + 2c(y³ − 1),  2a·x + 2b·2xy + 2c·3xy²)
  /// ```
  public func gradient(_ x: Double, _ y: Double) -> (x: Double, y: Double) {
    switch self {
    case .quadratic:
      return (0.2 * x, 4 * y)
    case .rosenbrock:
      let b = y - x * x
      return (-2 * (1 - x) - 400 * x * b, 200 * b)
    case .beale:
      let (a, b, c) = bealeTerms(x, y)
      let dx = 2 * a * (y - 1) + 2 * b * (y * y - 1) + 2 * c * (y * y * y - 1)
      let dy = 2 * a * x + 2 * b * 2 * x * y + 2 * c * 3 * x * y * y
      return (dx, dy)
    }
  }

  /// Where f reaches its minimum, 0.
  public var minimum: (x: Double, y: Double) {
    switch self {
    case .quadratic: (0, 0)
    case .rosenbrock: (1, 1)
    case .beale: (3, 0.5)
    }
  }

  /// The formula as text, for headings and figure titles.
  public var formula: String {
    switch self {
    case .quadratic: "f = 0.1x² + 2y²"
    case .rosenbrock: "f = (1 − x)² + 100(y − x²)²"
    case .beale: "f = (1.5 − x + xy)² + (2.25 − x + xy²)² + (2.625 − x + xy³)²"
    }
  }

  /// Beale's three terms a = 1.5 − x + xy, b = 2.25 − x + xy², c = 2.625 − x + xy³.
  private func bealeTerms(_ x: Double, _ y: Double) -> (Double, Double, Double) {
    (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y)
  }
}
