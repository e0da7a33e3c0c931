import Foundation

// snippet: value-engine
/// A scalar that remembers how it was computed, so that `backward()` can fill every input's gradient:
/// reverse-mode automatic differentiation in the style of Karpathy's micrograd.
///
/// Each operation stores its inputs and a closure that adds the chain-rule contribution
/// `∂out/∂input · out.grad` to each input's `grad`, written right beside the forward formula.
/// Introduced in chapter 05 to check the hand-written layers.
public final class Value: CustomStringConvertible {
  /// The number computed in the forward pass.
  public var data: Double
  /// ∂(the value `backward()` was called on)/∂(this value), filled by `backward()`.
  public var grad = 0.0
  /// The values this one was computed from.
  let inputs: [Value]
  /// Adds this node's contribution to its inputs' gradients.
  var propagate: () -> Void = {}
  /// The operation that produced this value, for printing graphs.
  public let operation: String

  /// A node holding `data`, computed from `inputs` by `operation` (a leaf when there are none).
  public init(_ data: Double, inputs: [Value] = [], operation: String = "") {
    self.data = data
    self.inputs = inputs
    self.operation = operation
  }

  public var description: String { "Value(data: \(data), grad: \(grad))" }

  /// Sets every gradient in the graph to ∂self/∂node: self.grad = 1, then the chain rule in reverse
  /// topological order (each node after every node that uses it).
  public func backward() {
    let order = topologicalOrder()
    for node in order { node.grad = 0 }
    grad = 1
    for node in order.reversed() { node.propagate() }
  }

  /// Every node of the graph, each after all of its inputs (depth-first, iterative for deep graphs).
  func topologicalOrder() -> [Value] {
    var order: [Value] = []
    var visited = Set<ObjectIdentifier>()
    var stack: [(Value, Bool)] = [(self, false)]
    while let (node, expanded) = stack.popLast() {
      if expanded {
        order.append(node)
        continue
      }
      guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
      stack.append((node, true))
      for input in node.inputs where !visited.contains(ObjectIdentifier(input)) { stack.append((input, false)) }
    }
    return order
  }
}
// snippet end

// snippet: value-operations
// MARK: - Operations, each derivative beside its forward formula

extension Value {
  /// a + b;  ∂/∂a = ∂/∂b = 1.
  public static func + (a: Value, b: Value) -> Value {
    let out = Value(a.data + b.data, inputs: [a, b], operation: "+")
    out.propagate = { [unowned out] in
      a.grad += out.grad  // ∂(a+b)/∂a = 1
      b.grad += out.grad  // ∂(a+b)/∂b = 1
    }
    return out
  }

  /// a·b;  ∂/∂a = b, ∂/∂b = a.
  public static func * (a: Value, b: Value) -> Value {
    let out = Value(a.data * b.data, inputs: [a, b], operation: "×")
    out.propagate = { [unowned out] in
      a.grad += b.data * out.grad  // ∂(a·b)/∂a = b
      b.grad += a.data * out.grad  // ∂(a·b)/∂b = a
    }
    return out
  }

  /// aⁿ for a constant exponent n.
  public func power(_ n: Double) -> Value {
    let out = Value(Foundation.pow(data, n), inputs: [self], operation: "^\(n)")
    out.propagate = { [unowned out, self] in
      self.grad += n * Foundation.pow(self.data, n - 1) * out.grad  // ∂aⁿ/∂a = n·aⁿ⁻¹
    }
    return out
  }

  /// eᵃ;  ∂/∂a = eᵃ.
  public func exp() -> Value {
    let out = Value(Foundation.exp(data), inputs: [self], operation: "exp")
    out.propagate = { [unowned out, self] in
      self.grad += out.data * out.grad  // ∂eᵃ/∂a = eᵃ
    }
    return out
  }

  /// ln a;  ∂/∂a = 1/a.
  public func log() -> Value {
    let out = Value(Foundation.log(data), inputs: [self], operation: "log")
    out.propagate = { [unowned out, self] in
      self.grad += out.grad / self.data  // ∂ln a/∂a = 1/a
    }
    return out
  }

  /// tanh a;  ∂/∂a = 1 − tanh²a.
  public func tanh() -> Value {
    let out = Value(Foundation.tanh(data), inputs: [self], operation: "tanh")
    out.propagate = { [unowned out, self] in
      self.grad += (1 - out.data * out.data) * out.grad  // ∂tanh a/∂a = 1 − tanh²a
    }
    return out
  }

  /// σ(a) = 1/(1 + e⁻ᵃ);  ∂/∂a = σ(a)(1 − σ(a)).
  public func sigmoid() -> Value {
    let out = Value(NeuralKit.sigmoid(data), inputs: [self], operation: "σ")
    out.propagate = { [unowned out, self] in
      self.grad += out.data * (1 - out.data) * out.grad  // ∂σ(a)/∂a = σ(a)(1 − σ(a))
    }
    return out
  }

  /// max(0, a);  ∂/∂a = [a > 0].
  public func relu() -> Value {
    let out = Value(max(0, data), inputs: [self], operation: "ReLU")
    out.propagate = { [unowned out, self] in
      self.grad += (self.data > 0 ? 1 : 0) * out.grad  // ∂max(0,a)/∂a = [a > 0] (0 at the kink, as PyTorch)
    }
    return out
  }

  /// −a = a·(−1).
  public static prefix func - (a: Value) -> Value { a * Value(-1) }
  /// a − b = a + (−b).
  public static func - (a: Value, b: Value) -> Value { a + (-b) }
  /// a / b = a · b⁻¹.
  public static func / (a: Value, b: Value) -> Value { a * b.power(-1) }

  // With a constant on either side: the constant becomes a leaf whose gradient nobody reads.
  public static func + (a: Value, b: Double) -> Value { a + Value(b) }
  public static func + (a: Double, b: Value) -> Value { Value(a) + b }
  public static func - (a: Value, b: Double) -> Value { a - Value(b) }
  public static func - (a: Double, b: Value) -> Value { Value(a) - b }
  public static func * (a: Value, b: Double) -> Value { a * Value(b) }
  public static func * (a: Double, b: Value) -> Value { Value(a) * b }
  public static func / (a: Value, b: Double) -> Value { a * Value(1 / b) }
  public static func / (a: Double, b: Value) -> Value { Value(a) / b }
}
// snippet end
