/// A trainable matrix: its value, and the gradient of the loss with respect to it from the last backward
/// pass. Layers own their parameters; optimizers update `value` in place through the reference and keep
/// their state for each parameter keyed by its identity, as `torch.optim` keeps `optimizer.state[p]`.
///
/// ```
///   forward    reads  value              (Dense: Y = X·W + b)
///   backward   writes gradient = ∂L/∂value
///   step       writes value ← value − η·(update from gradient and state)
/// ```
/// Introduced in chapter 05.
public final class Parameter {
  /// The current value θ.
  public var value: Matrix {
    didSet { requireShape(value, "value") }
  }
  /// ∂L/∂θ from the last backward pass, shaped like `value` (zero before the first).
  public var gradient: Matrix {
    didSet { requireShape(gradient, "gradient") }
  }

  /// A parameter starting at `value`, with a zero gradient.
  public init(_ value: Matrix) {
    self.value = value
    gradient = Matrix(rows: value.rows, columns: value.columns)
  }

  private func requireShape(_ matrix: Matrix, _ role: String) {
    precondition(
      matrix.shape == gradient.shape && matrix.shape == value.shape,
      "Parameter: \(role) \(matrix.shapeDescription) does not fit a \(value.rows == matrix.rows && value.columns == matrix.columns ? gradient.shapeDescription : value.shapeDescription) parameter")
  }
}
