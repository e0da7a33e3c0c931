/// Batch normalization (`torch.nn.BatchNorm1d`): each feature (column) is normalized over the batch (the
/// rows), then scaled and shifted by a learned γ and β.
///
/// ```
///   training:    μ = (1/n) Σᵢ xᵢ,   σ² = (1/n) Σᵢ (xᵢ − μ)²                      (biased: ÷ n)
///                x̂ᵢ = (xᵢ − μ) / √(σ² + ε),   yᵢ = γ·x̂ᵢ + β
///                running_mean ← (1 − m)·running_mean + m·μ
///                running_var  ← (1 − m)·running_var  + m·σ²·n/(n − 1)           (unbiased: ÷ (n − 1))
///   evaluation:  yᵢ = γ·(xᵢ − running_mean) / √(running_var + ε) + β
///   backward:    ∂L/∂β = Σᵢ gᵢ,   ∂L/∂γ = Σᵢ gᵢ·x̂ᵢ                               (g = ∂L/∂y)
///                ∂L/∂xᵢ = γ/√(σ² + ε) · (gᵢ − ∂L/∂β/n − x̂ᵢ·∂L/∂γ/n)             (training)
///                ∂L/∂xᵢ = γ/√(running_var + ε) · gᵢ                              (evaluation)
/// ```
/// Ioffe & Szegedy, "Batch normalization: accelerating deep network training by reducing internal
/// covariate shift", ICML 2015. torch's defaults: momentum m = 0.1, ε = 1e-5, γ = 1, β = 0, running mean 0
/// and running variance 1 at the start. In training the two extra terms of ∂L/∂x come from μ and σ²,
/// which depend on every row of the batch. Introduced in chapter 08.
public final class BatchNorm: Layer {
  /// γ, 1 × features, starting at 1.
  public let gamma: Parameter
  /// β, 1 × features, starting at 0.
  public let beta: Parameter
  public let parameters: [Parameter]
  /// The running mean and (unbiased) variance that evaluation mode normalizes with, 1 × features each.
  public private(set) var runningMean: Matrix
  public private(set) var runningVariance: Matrix
  /// m, the weight of each new batch in the running statistics.
  public let momentum: Double
  /// ε, added to the variance so that a constant feature does not divide by zero.
  public let epsilon: Double
  /// Whether forward normalizes with the batch's statistics (training) or the running ones (evaluation).
  public private(set) var isTraining = true
  /// What backward needs from the last forward: x̂, 1/√(σ² + ε), and which statistics were used.
  private var cache: (xHat: Matrix, inverseStd: Matrix, batchStatistics: Bool)?

  /// A layer for `features` columns with torch's defaults.
  public init(features: Int, momentum: Double = 0.1, epsilon: Double = 1e-5) {
    precondition(features >= 1, "BatchNorm needs at least one feature, got \(features)")
    precondition(momentum >= 0 && momentum <= 1 && epsilon > 0, "BatchNorm needs momentum in [0, 1] and ε > 0")
    gamma = Parameter(Matrix(rows: 1, columns: features, repeating: 1))
    beta = Parameter(Matrix(rows: 1, columns: features))
    parameters = [gamma, beta]
    runningMean = Matrix(rows: 1, columns: features)
    runningVariance = Matrix(rows: 1, columns: features, repeating: 1)
    self.momentum = momentum
    self.epsilon = epsilon
  }

  // snippet: batchnorm-forward
  public func forward(_ x: Matrix) -> Matrix {
    guard isTraining else { return normalize(x, mean: runningMean, variance: runningVariance, batch: false) }
    precondition(x.rows >= 2, "BatchNorm in training mode needs at least 2 rows per batch, got \(x.rows)")
    let n = Double(x.rows)
    let mean = x.sum(over: .rows) / n  // μ, one per column
    let centered = x.addingRowVector(-mean)
    let variance = (centered * centered).sum(over: .rows) / n  // σ², biased (÷ n)
    runningMean = (1 - momentum) * runningMean + momentum * mean
    runningVariance = (1 - momentum) * runningVariance + momentum * variance * (n / (n - 1))  // unbiased
    return normalize(x, mean: mean, variance: variance, batch: true)
  }

  /// γ·(x − μ)/√(σ² + ε) + β with the given statistics; caches x̂ and 1/√(σ² + ε) for backward.
  private func normalize(_ x: Matrix, mean: Matrix, variance: Matrix, batch: Bool) -> Matrix {
    let inverseStd = (variance + epsilon).map { 1 / $0.squareRoot() }
    let xHat = x.addingRowVector(-mean).multiplyingRowVector(inverseStd)  // x̂ = (x − μ)/√(σ² + ε)
    cache = (xHat, inverseStd, batch)
    return xHat.multiplyingRowVector(gamma.value).addingRowVector(beta.value)  // y = γ·x̂ + β
  }
  // snippet end

  // snippet: batchnorm-backward
  public func backward(_ g: Matrix) -> Matrix {
    guard let (xHat, inverseStd, batchStatistics) = cache else {
      preconditionFailure("BatchNorm.backward called before forward")
    }
    precondition(g.rows == xHat.rows && g.columns == xHat.columns, "BatchNorm.backward: gradient \(g.shapeDescription)")
    let n = Double(g.rows)
    beta.gradient = g.sum(over: .rows)  // ∂L/∂β = Σᵢ gᵢ
    gamma.gradient = (g * xHat).sum(over: .rows)  // ∂L/∂γ = Σᵢ gᵢ·x̂ᵢ
    let scale = gamma.value * inverseStd  // γ/√(σ² + ε)
    guard batchStatistics else { return g.multiplyingRowVector(scale) }  // running statistics are constants
    // μ and σ² depend on every row: ∂L/∂xᵢ = γ/√(σ² + ε)·(gᵢ − ∂L/∂β/n − x̂ᵢ·∂L/∂γ/n)
    let throughStatistics = g.addingRowVector(-beta.gradient / n) - xHat.multiplyingRowVector(gamma.gradient / n)
    return throughStatistics.multiplyingRowVector(scale)
  }
  // snippet end

  public func setTraining(_ training: Bool) {
    isTraining = training
  }

  /// The running mean, then the running variance.
  public var buffers: [Matrix] {
    get { [runningMean, runningVariance] }
    set {
      precondition(
        newValue.count == 2 && newValue.allSatisfy { $0.shape == runningMean.shape },
        "BatchNorm: buffers must be the running mean and variance, 1×\(runningMean.columns) each")
      runningMean = newValue[0]
      runningVariance = newValue[1]
    }
  }
}

extension Matrix {
  /// Multiplies every row by a 1×columns row vector, elementwise (numpy's broadcasting of `X * v`).
  fileprivate func multiplyingRowVector(_ vector: Matrix) -> Matrix {
    precondition(
      vector.rows == 1 && vector.columns == columns,
      "multiplyingRowVector: shapes \(shapeDescription) and \(vector.shapeDescription) do not broadcast")
    var result = self
    for r in 0..<rows {
      for c in 0..<columns { result.storage[r * columns + c] *= vector.storage[c] }
    }
    return result
  }
}
