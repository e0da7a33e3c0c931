import Foundation

/// The activation functions of the course, selectable by name.
///
/// The raw value is the name used on the command line and in results (`leaky_relu`, not `leakyReLU`).
/// Each case evaluates the scalar function and its derivative with respect to the pre-activation; the
/// formulas sit on the scalar functions (``sigmoid(_:)``, ``relu(_:)``, …). Derivatives at kinks follow
/// `torch.nn.functional`: relu′(0) = 0, leaky_relu′(0) = 0.01. Introduced in chapter 02.
public enum Activation: String, CaseIterable, Sendable {
  case sigmoid
  case tanh
  case relu
  case leakyReLU = "leaky_relu"
  case elu
  case softplus
  case gelu
  case silu

  /// f(x).
  public func value(_ x: Double) -> Double {
    switch self {
    case .sigmoid: NeuralKit.sigmoid(x)
    case .tanh: hyperbolicTangent(x)
    case .relu: NeuralKit.relu(x)
    case .leakyReLU: NeuralKit.leakyReLU(x)
    case .elu: NeuralKit.elu(x)
    case .softplus: NeuralKit.softplus(x)
    case .gelu: NeuralKit.gelu(x)
    case .silu: NeuralKit.silu(x)
    }
  }

  /// f′(x), the derivative with respect to the input x (the pre-activation z in a layer).
  public func derivative(_ x: Double) -> Double {
    switch self {
    case .sigmoid: sigmoidDerivative(x)
    case .tanh: tanhDerivative(x)
    case .relu: reluDerivative(x)
    case .leakyReLU: leakyReLUDerivative(x)
    case .elu: eluDerivative(x)
    case .softplus: softplusDerivative(x)
    case .gelu: geluDerivative(x)
    case .silu: siluDerivative(x)
    }
  }

  /// f applied to every element of `z`.
  // ReLU, the hidden layers' usual choice, gets its own loop, which the compiler vectorizes; the others
  // cost an exponential or more per element, which the per-element switch does not add to.
  public func value(_ z: Matrix) -> Matrix {
    switch self {
    case .relu: z.map(NeuralKit.relu)
    default: z.map(value)
    }
  }

  /// f′ applied to every element of `z`: the local gradient a layer multiplies (elementwise) into
  /// the incoming gradient, ∂L/∂z = ∂L/∂a ⊙ f′(z).
  public func derivative(_ z: Matrix) -> Matrix {
    z.map(derivative)
  }

  /// ∂L/∂a ⊙ f′(z) in one pass, without forming f′(z): the backward step of an activation layer.
  public func backpropagate(_ outputGradient: Matrix, through z: Matrix) -> Matrix {
    switch self {
    case .relu: outputGradient.zipMap(z, "relu backward") { g, zk in g * reluDerivative(zk) }
    default: outputGradient.zipMap(z, "\(rawValue) backward") { g, zk in g * derivative(zk) }
    }
  }

  /// True for the functions with a kink at 0 (no derivative there; the value used is PyTorch's).
  var hasKinkAtZero: Bool {
    switch self {
    case .relu, .leakyReLU: true
    case .sigmoid, .tanh, .elu, .softplus, .gelu, .silu: false
    }
  }
}

/// tanh at file scope, where the name is not shadowed by ``Activation/tanh``.
private func hyperbolicTangent(_ x: Double) -> Double {
  tanh(x)
}
