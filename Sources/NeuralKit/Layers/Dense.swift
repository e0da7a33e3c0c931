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
    var output = input.matmul(weights)
    output.addRowVector(bias)  // in place: the product's storage is not shared yet
    return output
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    backwardParameters(outputGradient)
    return outputGradient.matmulTransposed(weights)  // ∂L/∂X = ∂L/∂Y·Wᵀ
  }

  public func backwardParameters(_ outputGradient: Matrix) {
    guard let input = lastInput else { preconditionFailure("Dense.backward called before forward") }
    precondition(
      outputGradient.rows == input.rows && outputGradient.columns == weights.columns,
      "Dense.backward: gradient \(outputGradient.shapeDescription) but output \(input.rows)×\(weights.columns)")
    weightGradient = input.transposedMatmul(outputGradient)  // ∂L/∂W = Xᵀ·∂L/∂Y, no transpose formed
    biasGradient = outputGradient.sum(over: .rows)  // ∂L/∂b = column sums of ∂L/∂Y
  }

  public var parameters: [Matrix] {
    get { [weights, bias] }
    set {
      precondition(newValue.count == 2, "Dense has 2 parameters, got \(newValue.count)")
      precondition(
        newValue[0].shape == weights.shape && newValue[1].shape == bias.shape,
        "Dense: parameters \(newValue[0].shapeDescription) and \(newValue[1].shapeDescription) "
          + "replace weights \(weights.shapeDescription) and bias \(bias.shapeDescription)")
      weights = newValue[0]
      bias = newValue[1]
    }
  }

  public var parameterGradients: [Matrix] { [weightGradient, biasGradient] }
}
