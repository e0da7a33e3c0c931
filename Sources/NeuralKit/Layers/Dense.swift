/// A fully connected layer: every output is a weighted sum of every input plus a bias.
///
/// ```
///   forward:   Y = X·W + b                 X: n×in,  W: in×out,  b: 1×out (added to every row)
///   backward:  ∂L/∂W = Xᵀ·∂L/∂Y,   ∂L/∂b = Σ_rows ∂L/∂Y,   ∂L/∂X = ∂L/∂Y·Wᵀ
/// ```
public final class Dense: Layer {
  /// W, in × out.
  public let weights: Parameter
  /// b, 1 × out.
  public let bias: Parameter
  public let parameters: [Parameter]
  private var lastInput: Matrix?

  /// A layer with the given weights (inputs × outputs) and bias (1 × outputs).
  public init(weights: Matrix, bias: Matrix) {
    precondition(bias.rows == 1 && bias.columns == weights.columns,
                 "Dense: bias \(bias.shapeDescription) does not match weights \(weights.shapeDescription)")
    self.weights = Parameter(weights)
    self.bias = Parameter(bias)
    parameters = [self.weights, self.bias]
  }

  /// A layer with weights drawn by `initializer` and zero bias.
  public convenience init(inputs: Int, outputs: Int, initializer: Initializer, using generator: inout SeededGenerator) {
    self.init(weights: initializer.weights(fanIn: inputs, fanOut: outputs, using: &generator),
              bias: Matrix(rows: 1, columns: outputs))
  }

  // snippet: dense-forward
  public func forward(_ input: Matrix) -> Matrix {
    lastInput = input
    var output = input.matmul(weights.value)  // X·W
    output.addRowVector(bias.value)  // + b on every row, in place: the product is not shared yet
    return output
  }
  // snippet end

  // snippet: dense-backward
  public func backward(_ outputGradient: Matrix) -> Matrix {
    backwardParameters(outputGradient)
    return outputGradient.matmulTransposed(weights.value)  // ∂L/∂X = ∂L/∂Y·Wᵀ
  }

  /// ∂L/∂W = Xᵀ·∂L/∂Y and ∂L/∂b = Σ_rows ∂L/∂Y, without ∂L/∂X.
  public func backwardParameters(_ outputGradient: Matrix) {
    guard let input = lastInput else { preconditionFailure("Dense.backward called before forward") }
    precondition(
      outputGradient.rows == input.rows && outputGradient.columns == weights.value.columns,
      "Dense.backward: gradient \(outputGradient.shapeDescription) but output \(input.rows)×\(weights.value.columns)")
    weights.gradient = input.transposedMatmul(outputGradient)  // ∂L/∂W = Xᵀ·∂L/∂Y, no transpose formed
    bias.gradient = outputGradient.sum(over: .rows)  // ∂L/∂b = column sums of ∂L/∂Y
  }
  // snippet end
}
