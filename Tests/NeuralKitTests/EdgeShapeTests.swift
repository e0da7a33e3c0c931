import Foundation
import NeuralKit
import Testing

/// Two matrices of different shapes, used by every mismatch below: a is 2×3, b is 3×2.
private let a = Matrix(rows: 2, columns: 3, repeating: 0.5)
private let b = Matrix(rows: 3, columns: 2, repeating: 0.5)

/// Checks the precondition message of a trapped child names every shape in `shapes`.
///
/// An optimized build traps without printing the message (`precondition` keeps only the check under
/// `-O`), so the text is read only in a debug build; the trap itself is checked in both.
private func expectMessage(_ result: ExitTest.Result?, names shapes: [String], _ label: String) {
  #if DEBUG
    let message = String(decoding: result?.standardErrorContent ?? [], as: UTF8.self)
    for shape in shapes {
      #expect(message.contains(shape), "\(label): \"\(shape)\" missing from: \(message.prefix(300))")
    }
  #endif
}

/// Elementwise operations and products of misfitting matrices.
enum MatrixMismatch: String, CaseIterable, Codable, Sendable {
  case plus, minus, hadamard, quotient, plusAssign, minusAssign, zipMap, addingRowVector
  case matmul, matmulNaive, matmulReordered, transposedMatmul, matmulTransposed, bothTransposed
  case solveLinearSystem

  var shapes: [String] {
    switch self {
    case .matmul, .matmulNaive, .matmulReordered: ["2×3 and 2×3"]
    case .transposedMatmul: ["2×3ᵀ and 3×2"]
    case .matmulTransposed: ["2×3 and 3×2ᵀ"]
    case .bothTransposed: ["2×3ᵀ and 2×3ᵀ"]
    case .addingRowVector: ["2×3 and 1×2"]
    case .solveLinearSystem: ["2×2", "3 entries"]
    default: ["2×3 and 3×2"]
    }
  }

  func trigger() {
    var m = a
    switch self {
    case .plus: _ = a + b
    case .minus: _ = a - b
    case .hadamard: _ = a * b
    case .quotient: _ = a / b
    case .plusAssign: m += b
    case .minusAssign: m -= b
    case .zipMap: _ = a.zipMap(b) { $0 + $1 }
    case .addingRowVector: _ = a.addingRowVector(Matrix(rowVector: [1, 2]))
    case .matmul: _ = a.matmul(a)
    case .matmulNaive: _ = a.matmulNaive(a)
    case .matmulReordered: _ = a.matmulReordered(a)
    case .transposedMatmul: _ = a.transposedMatmul(b)
    case .matmulTransposed: _ = a.matmulTransposed(b)
    case .bothTransposed: _ = Matrix.matmul(a, transposed: true, a, transposed: true)
    case .solveLinearSystem: _ = NeuralKit.solveLinearSystem(Matrix.identity(2), [1, 2, 3])
    }
    _ = m
  }
}

/// Losses whose prediction and target (or labels) do not fit.
enum LossMismatch: String, CaseIterable, Codable, Sendable {
  case mse, mseGradient, mae, maeGradient, huber, huberGradient
  case bce, bceGradient, bceLogits, bceLogitsGradient, crossEntropyLabels

  var shapes: [String] {
    switch self {
    case .crossEntropyLabels: ["2×3", "3 labels"]
    default: ["2×3 and 3×2"]
    }
  }

  func trigger() {
    switch self {
    case .mse: _ = meanSquaredError(a, b)
    case .mseGradient: _ = meanSquaredErrorGradient(a, b)
    case .mae: _ = meanAbsoluteError(a, b)
    case .maeGradient: _ = meanAbsoluteErrorGradient(a, b)
    case .huber: _ = huberLoss(a, b)
    case .huberGradient: _ = huberLossGradient(a, b)
    case .bce: _ = binaryCrossEntropy(probabilities: a, labels: b)
    case .bceGradient: _ = binaryCrossEntropyGradient(probabilities: a, labels: b)
    case .bceLogits: _ = binaryCrossEntropy(logits: a, labels: b)
    case .bceLogitsGradient: _ = binaryCrossEntropyGradient(logits: a, labels: b)
    case .crossEntropyLabels: _ = softmaxCrossEntropy(logits: a, labels: [0, 1, 2])
    }
  }
}

/// Layers, loss layers, the autograd matrix and data sets given parts that do not fit.
enum LayerMismatch: String, CaseIterable, Codable, Sendable {
  case denseInit, denseForward, denseBackward, denseParameters, activationBackward
  case halfSumOfSquares, halfSumOfSquaresGradient, meanSquaredErrorLoss, crossEntropyLoss, crossEntropyLossGradient
  case valueMatmul, valueAddingRowVector, valueHalfSumOfSquares, valueCrossEntropy
  case datasetTargets, datasetLabels

  var shapes: [String] {
    switch self {
    case .denseInit: ["1×3", "3×2"]
    case .denseForward: ["4×2 and 3×2"]
    case .denseBackward: ["4×5", "4×2"]
    case .denseParameters: ["2×2", "3×2"]
    case .crossEntropyLoss, .crossEntropyLossGradient: ["2×3 and 2×2"]
    case .valueMatmul: ["2×3 and 2×3"]
    case .valueAddingRowVector: ["2×3 and 1×2"]
    case .valueCrossEntropy: ["2×3", "3 labels"]
    case .datasetTargets: ["3×2", "2×1"]
    case .datasetLabels: ["3×2", "2 labels"]
    default: ["2×3 and 3×2"]
    }
  }

  func trigger() {
    let dense = Dense(weights: Matrix(rows: 3, columns: 2), bias: Matrix(rows: 1, columns: 2))
    switch self {
    case .denseInit: _ = Dense(weights: Matrix(rows: 3, columns: 2), bias: Matrix(rows: 1, columns: 3))
    case .denseForward: _ = dense.forward(Matrix(rows: 4, columns: 2))
    case .denseBackward:
      _ = dense.forward(Matrix(rows: 4, columns: 3))
      _ = dense.backward(Matrix(rows: 4, columns: 5))
    case .denseParameters: dense.weights.value = Matrix(rows: 2, columns: 2)
    case .activationBackward:
      let layer = ActivationLayer(.tanh)
      _ = layer.forward(b)
      _ = layer.backward(a)
    case .halfSumOfSquares: _ = HalfSumOfSquares().value(a, b)
    case .halfSumOfSquaresGradient: _ = HalfSumOfSquares().gradient(a, b)
    case .meanSquaredErrorLoss: _ = MeanSquaredErrorLoss().value(a, b)
    case .crossEntropyLoss: _ = SoftmaxCrossEntropyLoss().value(a, Matrix([[1, 0], [0, 1]]))
    case .crossEntropyLossGradient: _ = SoftmaxCrossEntropyLoss().gradient(a, Matrix([[1, 0], [0, 1]]))
    case .valueMatmul: _ = ValueMatrix(a).matmul(ValueMatrix(a))
    case .valueAddingRowVector: _ = ValueMatrix(a).addingRowVector(ValueMatrix(Matrix(rowVector: [1, 2])))
    case .valueHalfSumOfSquares: _ = ValueMatrix(a).halfSumOfSquares(b)
    case .valueCrossEntropy: _ = ValueMatrix(a).softmaxCrossEntropy(labels: [0, 1, 2])
    case .datasetTargets: _ = Dataset(name: "t", features: Matrix(rows: 3, columns: 2), targets: Matrix(rows: 2, columns: 1))
    case .datasetLabels: _ = Dataset(name: "t", features: Matrix(rows: 3, columns: 2), labels: [0, 1], classCount: 2)
    }
  }
}

/// A parameter given a gradient or a value of another shape.
enum OptimizerMismatch: String, CaseIterable, Codable, Sendable {
  case gradientShape, valueShape

  var shapes: [String] {
    switch self {
    case .gradientShape: ["gradient 2×3", "2×2"]
    case .valueShape: ["value 1×2", "2×2"]
    }
  }

  func trigger(_ kindName: String) {
    guard let kind = OptimizerKind(rawValue: kindName) else { return }  // exits 0: the test fails
    let optimizer = kind.make(learningRate: 0.1)
    let parameter = Parameter(Matrix(rows: 2, columns: 2))
    switch self {
    case .gradientShape: parameter.gradient = Matrix(rows: 2, columns: 3)
    case .valueShape: parameter.value = Matrix(rows: 1, columns: 2)
    }
    optimizer.step([parameter])
  }
}

/// Mismatched shapes are programming errors: every public function taking two matrices stops with a
/// precondition failure whose message names both shapes (checked in a child process).
@Suite("Mismatched shapes stop with both shapes named")
struct EdgeShapeTests {
  @Test("matrix arithmetic and products", arguments: MatrixMismatch.allCases)
  func matrixOperations(mismatch: MatrixMismatch) async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [mismatch] in
      mismatch.trigger()
    }
    expectMessage(result, names: mismatch.shapes, mismatch.rawValue)
  }

  @Test("losses and their gradients", arguments: LossMismatch.allCases)
  func losses(mismatch: LossMismatch) async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [mismatch] in
      mismatch.trigger()
    }
    expectMessage(result, names: mismatch.shapes, mismatch.rawValue)
  }

  @Test("layers, loss layers, autograd matrices and data sets", arguments: LayerMismatch.allCases)
  func layers(mismatch: LayerMismatch) async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [mismatch] in
      mismatch.trigger()
    }
    expectMessage(result, names: mismatch.shapes, mismatch.rawValue)
  }

  @Test("softmax cross-entropy on regression targets stops and says why")
  func crossEntropyWithoutLabels() async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) {
      let data = Dataset(name: "line", features: Matrix([[1], [2]]), targets: Matrix([[0.5], [1.5]]))
      let trainer = Trainer(network: Dense(weights: Matrix([[1]]), bias: Matrix([[0]])), loss: SoftmaxCrossEntropyLoss(),
                            optimizer: GradientDescent(learningRate: 0.1))
      trainer.step(data.batch(at: [0, 1]))
    }
    expectMessage(result, names: ["needs class labels", "regression targets"], "cross-entropy without labels")
  }

  @Test(
    "a parameter given a gradient or a value of another shape, under every optimizer",
    arguments: OptimizerKind.allCases.map(\.rawValue), OptimizerMismatch.allCases)
  func optimizers(kind: String, mismatch: OptimizerMismatch) async {
    let result = await #expect(processExitsWith: .failure, observing: [\.standardErrorContent]) { [kind, mismatch] in
      mismatch.trigger(kind)
    }
    expectMessage(result, names: mismatch.shapes, "\(kind) \(mismatch.rawValue)")
  }
}
