/// A straight-line fit y ≈ w·x + b by mean squared error: the smallest model whose loss is a surface over
/// two parameters (chapter 03 draws it), and on which full-batch, stochastic and minibatch gradient descent
/// can be watched side by side in the (w, b) plane (chapter 04).
///
/// ```
///   L(w, b) = (1/n)·Σᵢ (w·xᵢ + b − yᵢ)²
///   ∂L/∂w = (2/|B|)·Σ_{i∈B} rᵢ·xᵢ,   ∂L/∂b = (2/|B|)·Σ_{i∈B} rᵢ,   rᵢ = w·xᵢ + b − yᵢ
/// ```
/// On a batch B of the samples the gradient is an unbiased estimate of the full one (Robbins & Monro, 1951).
public struct LinearRegressionProblem: Sendable {
  public let x: [Double]
  public let y: [Double]

  public init(x: [Double], y: [Double]) {
    precondition(x.count == y.count && !x.isEmpty, "LinearRegressionProblem: \(x.count) inputs, \(y.count) targets")
    self.x = x
    self.y = y
  }

  /// `count` samples of y = slope·x + intercept + noise, x ~ U[−range, range), noise ~ N(0, σ²), drawn in
  /// the order x₀, noise₀, x₁, noise₁, …
  public static func sample(
    count: Int, slope: Double, intercept: Double, range: Double, noise: Double, using generator: inout SeededGenerator
  ) -> LinearRegressionProblem {
    var xs: [Double] = [], ys: [Double] = []
    for _ in 0..<count {
      let x = generator.nextUniform(in: -range..<range)
      xs.append(x)
      ys.append(slope * x + intercept + generator.nextNormal(mean: 0, standardDeviation: noise))
    }
    return LinearRegressionProblem(x: xs, y: ys)
  }

  /// L(w, b) over every sample.
  public func loss(w: Double, b: Double) -> Double {
    zip(x, y).reduce(0) { total, sample in
      let r = w * sample.0 + b - sample.1
      return total + r * r
    } / Double(x.count)
  }

  /// ∇L on the samples `batch`.
  public func gradient(w: Double, b: Double, batch: some Collection<Int>) -> (w: Double, b: Double) {
    var (dw, db) = (0.0, 0.0)
    for i in batch {
      let r = w * x[i] + b - y[i]
      dw += r * x[i]
      db += r
    }
    let scale = 2 / Double(batch.count)
    return (scale * dw, scale * db)
  }

  /// The exact minimizer: w = cov(x, y) / var(x), b = ȳ − w·x̄.
  public var leastSquares: (w: Double, b: Double) {
    let n = Double(x.count)
    let (meanX, meanY) = (x.reduce(0, +) / n, y.reduce(0, +) / n)
    let covariance = zip(x, y).reduce(0) { $0 + ($1.0 - meanX) * ($1.1 - meanY) }
    let variance = x.reduce(0) { $0 + ($1 - meanX) * ($1 - meanX) }
    let w = covariance / variance
    return (w, meanY - w * meanX)
  }

  /// Gradient descent on batches of `batchSize` samples (the last batch of an epoch may be smaller):
  /// `batchSize` = n is full-batch gradient descent, 1 is stochastic. Each epoch visits the samples in an
  /// order drawn from `shuffler` (full batch: in their own order). Returns (w, b) after every update,
  /// starting with `start`.
  public func descend(
    from start: (w: Double, b: Double), learningRate: Double, epochs: Int, batchSize: Int,
    shuffler: inout SeededGenerator
  ) -> (w: [Double], b: [Double]) {
    let optimizer = GradientDescent(learningRate: learningRate)
    let parameter = Parameter(Matrix(rowVector: [start.w, start.b]))
    var path = (w: [start.w], b: [start.b])
    var order = Array(x.indices)
    for _ in 0..<epochs {
      if batchSize < x.count { shuffler.shuffle(&order) }
      for first in stride(from: 0, to: order.count, by: batchSize) {
        let (w, b) = (parameter.value[0, 0], parameter.value[0, 1])
        let g = gradient(w: w, b: b, batch: order[first..<min(first + batchSize, order.count)])
        parameter.gradient = Matrix(rowVector: [g.w, g.b])
        optimizer.step([parameter])
        path.w.append(parameter.value[0, 0])
        path.b.append(parameter.value[0, 1])
      }
    }
    return path
  }
}
