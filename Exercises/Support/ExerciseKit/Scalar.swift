import Foundation

/// A scalar in a computation graph: its value, the gradient `backward(from:)` fills in, and the operation
/// and inputs that produced it (chapter 05's autograd exercise).
///
/// The forward operations are written for you; the exercise is the backward pass.
///
/// ```
///   c = a + b      ∂c/∂a = 1,  ∂c/∂b = 1
///   c = a · b      ∂c/∂a = b,  ∂c/∂b = a
///   c = tanh a     ∂c/∂a = 1 − tanh²a = 1 − c²
/// ```
public final class Scalar {
  /// How a node was computed.
  public enum Operation: Sendable {
    case input, add, multiply, tanh
  }

  /// The number computed in the forward pass.
  public let data: Double
  /// ∂(output)/∂(this node) after `backward(from: output)`.
  public var grad = 0.0
  /// The nodes this one was computed from (two for `add` and `multiply`, one for `tanh`, none for `input`).
  public let inputs: [Scalar]
  /// The operation that produced this node.
  public let operation: Operation

  /// An input (a leaf of the graph).
  public convenience init(_ data: Double) {
    self.init(data: data, inputs: [], operation: .input)
  }

  init(data: Double, inputs: [Scalar], operation: Operation) {
    self.data = data
    self.inputs = inputs
    self.operation = operation
  }

  public static func + (a: Scalar, b: Scalar) -> Scalar {
    Scalar(data: a.data + b.data, inputs: [a, b], operation: .add)
  }

  public static func * (a: Scalar, b: Scalar) -> Scalar {
    Scalar(data: a.data * b.data, inputs: [a, b], operation: .multiply)
  }

  public func tanh() -> Scalar {
    Scalar(data: Foundation.tanh(data), inputs: [self], operation: .tanh)
  }
}
