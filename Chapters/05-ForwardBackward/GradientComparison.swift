import NeuralKit

/// Three ways to the same gradient of a network's loss: the layers' hand-written backward pass, central
/// differences, and the scalar autograd engine. Introduced in chapter 05.
struct GradientComparison {
  /// Manual-vs-numerical relative error for every scalar parameter, in parameter order.
  let relativeErrors: [Double]
  /// |manual − autograd| for every scalar parameter.
  let autogradDifferences: [Double]

  var maxRelativeError: Double { relativeErrors.max() ?? 0 }
  var maxAutogradDifference: Double { autogradDifferences.max() ?? 0 }

  /// Compares the three gradients of `loss(network(input), target)` with respect to every parameter.
  ///
  /// `network` must be made of ``Dense`` layers and sigmoid, tanh or ReLU ``ActivationLayer``s (what the
  /// autograd engine knows); `autogradLoss` is the same loss written on ``ValueMatrix``.
  init(network: Sequential, input: Matrix, target: Matrix, loss: LossLayer,
              autogradLoss: (ValueMatrix) -> Value) {
    let prediction = network.forward(input)
    _ = network.backward(loss.gradient(prediction, target))
    let manual = network.parameters.flatMap(\.gradient.storage)

    var numerical: [Double] = []
    for parameter in network.parameters {
      let original = parameter.value
      let gradient = centralDifferenceGradient(of: { value in
        parameter.value = value
        return loss.value(network.forward(input), target)
      }, at: original)
      parameter.value = original
      numerical += gradient.storage
    }

    let automatic = GradientComparison.autogradGradient(network, input, autogradLoss)
    relativeErrors = zip(manual, numerical).map { relativeError($0, $1) }
    autogradDifferences = zip(manual, automatic).map { abs($0 - $1) }
  }

  /// The gradient of every parameter by building the network's computation out of scalar ``Value``s.
  static func autogradGradient(_ network: Sequential, _ input: Matrix, _ loss: (ValueMatrix) -> Value) -> [Double] {
    var leaves: [ValueMatrix] = []
    var a = ValueMatrix(input)
    for layer in network.layers {
      switch layer {
      case let dense as Dense:
        let w = ValueMatrix(dense.weights.value), b = ValueMatrix(dense.bias.value)
        leaves += [w, b]
        a = a.matmul(w).addingRowVector(b)
      case let activation as ActivationLayer:
        a = a.map(autogradFunction(activation.activation))
      default:
        preconditionFailure("autograd mirror knows Dense and activation layers, not \(type(of: layer))")
      }
    }
    loss(a).backward()
    return leaves.flatMap(\.grad.storage)
  }

  static func autogradFunction(_ activation: Activation) -> (Value) -> Value {
    switch activation {
    case .sigmoid: { $0.sigmoid() }
    case .tanh: { $0.tanh() }
    case .relu: { $0.relu() }
    default: preconditionFailure("the autograd engine has no \(activation.rawValue)")
    }
  }
}

extension GradientComparison {
  /// Mazur's 2-2-2 network on its example, with ½Σ(t − o)².
  static func mazur() -> GradientComparison {
    let example = MazurExample.network()
    return GradientComparison(network: example.network, input: MazurExample.input, target: MazurExample.target,
                              loss: HalfSumOfSquares()) { $0.halfSumOfSquares(MazurExample.target) }
  }

  /// A 4-5-3 network (tanh hidden layer, softmax cross-entropy) with Xavier weights, random biases and a
  /// batch of 6 random samples.
  static func randomMLP(using generator: inout SeededGenerator) -> GradientComparison {
    let hidden = Dense(inputs: 4, outputs: 5, initializer: .xavier, using: &generator)
    let output = Dense(inputs: 5, outputs: 3, initializer: .xavier, using: &generator)
    hidden.bias.value = .randomNormal(rows: 1, columns: 5, standardDeviation: 0.1, using: &generator)
    output.bias.value = .randomNormal(rows: 1, columns: 3, standardDeviation: 0.1, using: &generator)
    let x = Matrix.randomNormal(rows: 6, columns: 4, using: &generator)
    let labels = (0..<6).map { _ in generator.nextInt(in: 0..<3) }
    return GradientComparison(network: Sequential([hidden, ActivationLayer(.tanh), output]), input: x, target: oneHot(labels, classCount: 3),
                              loss: SoftmaxCrossEntropyLoss()) { $0.softmaxCrossEntropy(labels: labels) }
  }
}
