import ExerciseKit

/// Reference answer to `Exercises/05-ForwardBackward/ScalarBackward.swift`: zero every grad, seed the
/// output with 1, then apply the chain rule in reverse topological order.
public func backward(from output: Scalar) {
  let order = topologicalOrder(from: output)
  for node in order { node.grad = 0 }
  output.grad = 1
  for node in order.reversed() {
    switch node.operation {
    case .input: break
    case .add:
      node.inputs[0].grad += node.grad  // ∂(a+b)/∂a = 1
      node.inputs[1].grad += node.grad  // ∂(a+b)/∂b = 1
    case .multiply:
      node.inputs[0].grad += node.inputs[1].data * node.grad  // ∂(a·b)/∂a = b
      node.inputs[1].grad += node.inputs[0].data * node.grad  // ∂(a·b)/∂b = a
    case .tanh:
      node.inputs[0].grad += (1 - node.data * node.data) * node.grad  // ∂tanh a/∂a = 1 − tanh²a
    }
  }
}

/// Every node reachable from `output`, each after all of its inputs (iterative depth-first search).
func topologicalOrder(from output: Scalar) -> [Scalar] {
  var order: [Scalar] = [], visited = Set<ObjectIdentifier>()
  var stack: [(node: Scalar, expanded: Bool)] = [(output, false)]
  while let (node, expanded) = stack.popLast() {
    if expanded {
      order.append(node)
      continue
    }
    guard visited.insert(ObjectIdentifier(node)).inserted else { continue }
    stack.append((node, true))
    for input in node.inputs { stack.append((input, false)) }
  }
  return order
}
