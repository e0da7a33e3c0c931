/// A fully connected layer: every output is a weighted sum of every input plus a bias.
///
/// ```
///   forward:   Y = X·W + b                 X: n×in,  W: in×out,  b: 1×out (added to every row)
///   backward:  ∂L/∂W = Xᵀ·∂L/∂Y,   ∂L/∂b = Σ_rows ∂L/∂Y,   ∂L/∂X = ∂L/∂Y·Wᵀ
/// ```
public final class Dense: Layer {
  public var weights: Matrix
  public var bias: Matrix
  public private(set) var weightGradient: Matrix
  public private(set) var biasGradient: Matrix
  private var lastInput: Matrix?

  /// A layer with the given weights (inputs × outputs) and bias (1 × outputs).
  public init(weights: Matrix, bias: Matrix) {
    precondition(bias.rows == 1 && bias.columns == weights.columns,
                 "Dense: bias \(bias.shapeDescription) does not match weights \(weights.shapeDescription)")
    self.weights = weights
    self.bias = bias
    weightGradient = Matrix(rows: weights.rows, columns: weights.columns)
    biasGradient = Matrix(rows: 1, columns: weights.columns)
  }

  /// A layer with weights drawn by `initializer` and zero bias.
  public convenience init(inputs: Int, outputs: Int, initializer: Initializer, using generator: inout SeededGenerator) {
    self.init(weights: initializer.weights(fanIn: inputs, fanOut: outputs, using: &generator),
              bias: Matrix(rows: 1, columns: outputs))
  }

  public func forward(_ input: Matrix) -> Matrix {
    lastInput = input
    return input.matmul(weights).addingRowVector(bias)
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    backwardParameters(outputGradient)
    return outputGradient.matmulTransposed(weights)  // ∂L/∂X = ∂L/∂Y·Wᵀ
  }

  /// The parameter half of ``backward(_:)``: fills the gradients of W and b, skips ∂L/∂X. A network's
  /// first layer needs nothing more: its input is the data, whose gradient no one uses.
  public func backwardParameters(_ outputGradient: Matrix) {
    guard let input = lastInput else { preconditionFailure("Dense.backward called before forward") }
    weightGradient = input.transposedMatmul(outputGradient)  // ∂L/∂W = Xᵀ·∂L/∂Y, no transpose formed
    biasGradient = outputGradient.sum(over: .rows)  // ∂L/∂b = column sums of ∂L/∂Y
  }

  public var parameters: [Matrix] {
    get { [weights, bias] }
    set {
      precondition(newValue.count == 2, "Dense has 2 parameters, got \(newValue.count)")
      weights = newValue[0]
      bias = newValue[1]
    }
  }

  public var parameterGradients: [Matrix] { [weightGradient, biasGradient] }
}
