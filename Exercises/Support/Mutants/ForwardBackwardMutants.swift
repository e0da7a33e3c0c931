import Checks
import ExerciseKit
import NeuralKit

/// Chapter 05's wrong answers.
func forwardBackwardMutants() -> [Mutant] {
  denseMutants() + scalarBackwardMutants() + gradientCheckMutants()
}

private func denseMutants() -> [Mutant] {
  [
    Mutant("05-forward-backward/dense-forward", "the bias left out", hint: "did you add the bias b to every row?") {
      $0.forwardBackward.denseForward = { x, w, _ in x.matmul(w) }
    },
    Mutant("05-forward-backward/dense-backward", "the bias gradient averaged", hint: "don't average") {
      let backward = $0.forwardBackward.denseBackward
      $0.forwardBackward.denseBackward = { x, w, g in
        let right = backward(x, w, g)
        return (right.inputGradient, right.weightsGradient, right.biasGradient / Double(x.rows))
      }
    },
    Mutant("05-forward-backward/dense-backward", "the input gradient's sign flipped", hint: "∂L/∂X = G·Wᵀ") {
      let backward = $0.forwardBackward.denseBackward
      $0.forwardBackward.denseBackward = { x, w, g in
        let right = backward(x, w, g)
        return (-right.inputGradient, right.weightsGradient, right.biasGradient)
      }
    },
  ]
}

/// A backward pass with `=` for `+=`, or without zeroing, or in breadth-first order, or with tanh′ of the
/// input: the four classic autograd bugs.
private struct FaultyBackward {
  var accumulate = true
  var zeroFirst = true
  var topological = true
  var tanhOfOutput = true

  func run(_ output: Scalar) {
    let order = topological ? depthFirstOrder(output).reversed() : breadthFirstOrder(output)
    if zeroFirst { for node in order { node.grad = 0 } }
    output.grad = 1
    for node in order { propagate(node) }
  }

  private func propagate(_ node: Scalar) {
    let local: [Double]
    switch node.operation {
    case .input: return
    case .add: local = [1, 1]
    case .multiply: local = [node.inputs[1].data, node.inputs[0].data]
    case .tanh: local = [tanhOfOutput ? 1 - node.data * node.data : 1 - node.inputs[0].data * node.inputs[0].data]
    }
    for (input, derivative) in zip(node.inputs, local) {
      input.grad = (accumulate ? input.grad : 0) + derivative * node.grad
    }
  }
}

/// Each node after its inputs.
private func depthFirstOrder(_ output: Scalar) -> [Scalar] {
  var order: [Scalar] = [], visited = Set<ObjectIdentifier>()
  func visit(_ node: Scalar) {
    guard visited.insert(ObjectIdentifier(node)).inserted else { return }
    node.inputs.forEach(visit)
    order.append(node)
  }
  visit(output)
  return order
}

/// Level by level from the output: not a topological order when paths of different lengths meet.
private func breadthFirstOrder(_ output: Scalar) -> [Scalar] {
  var order = [output], visited: Set<ObjectIdentifier> = [ObjectIdentifier(output)], next = 0
  while next < order.count {
    for input in order[next].inputs where visited.insert(ObjectIdentifier(input)).inserted { order.append(input) }
    next += 1
  }
  return order
}

private func scalarBackwardMutants() -> [Mutant] {
  let id = "05-forward-backward/scalar-backward"
  return [
    Mutant(id, "= instead of +=", hint: "accumulate with +=") { $0.forwardBackward.backward = FaultyBackward(accumulate: false).run },
    Mutant(id, "gradients never reset", hint: "set every grad in the graph to 0") {
      $0.forwardBackward.backward = FaultyBackward(zeroFirst: false).run
    },
    Mutant(id, "breadth-first order", hint: "reverse topological order") {
      $0.forwardBackward.backward = FaultyBackward(topological: false).run
    },
    Mutant(id, "tanh′ of the input", hint: "1 − tanh²a") { $0.forwardBackward.backward = FaultyBackward(tanhOfOutput: false).run },
  ]
}

private func gradientCheckMutants() -> [Mutant] {
  let id = "05-forward-backward/gradient-check"
  return [
    Mutant(id, "a forward difference", hint: "only O(h) accurate") { $0.forwardBackward.gradientCheck = faultyCheck(central: false) },
    Mutant(id, "divided by h, not 2h", hint: "divides by 2h") { $0.forwardBackward.gradientCheck = faultyCheck(halfStep: false) },
    Mutant(id, "the absolute error", hint: "not the absolute one") { $0.forwardBackward.gradientCheck = faultyCheck(relative: false) },
  ]
}

/// A gradient check with one of three mistakes.
private func faultyCheck(
  central: Bool = true, halfStep: Bool = true, relative: Bool = true
) -> @Sendable (([Double]) -> Double, [Double], [Double]) -> Double {
  { function, gradient, point in
    let h = 1e-5
    return point.indices.map { i in
      var plus = point, minus = point
      plus[i] += h
      if central { minus[i] -= h }
      let numerical = (function(plus) - function(minus)) / ((central && halfStep ? 2 : 1) * h)
      let scale = relative ? max(abs(gradient[i]), abs(numerical)) : 1
      return scale == 0 ? 0 : abs(gradient[i] - numerical) / scale
    }.max() ?? 0
  }
}
