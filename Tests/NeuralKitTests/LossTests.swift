import Foundation
@testable import NeuralKit
import TestSupport
import Testing

/// Sums of a handful of float64 terms: a few ulps apart between any two summation orders.
let lossTolerance = 1e-14

@Suite("Losses")
struct LossTests {
  @Test("MSE, MAE and Huber (δ = 1) and their gradients match torch.nn.functional")
  func regressionMatchesTorch() throws {
    let r = try TorchReference.load().losses.regression
    let yHat = Matrix(r.y_hat), y = Matrix(r.y)
    let cases: [(Double, Matrix, TorchReference.LossCase)] = [
      (meanSquaredError(yHat, y), meanSquaredErrorGradient(yHat, y), r.mse),
      (meanAbsoluteError(yHat, y), meanAbsoluteErrorGradient(yHat, y), r.mae),
      (huberLoss(yHat, y), huberLossGradient(yHat, y), r.huber),
    ]
    for (loss, gradient, reference) in cases {
      #expect(isClose(loss, reference.loss, relative: lossTolerance))
      #expect(isClose(gradient.storage, Matrix(reference.grad).storage, relative: lossTolerance, absolute: 1e-16))
    }
  }

  @Test("binary cross-entropy from probabilities and from logits matches torch")
  func binaryMatchesTorch() throws {
    let losses = try TorchReference.load().losses
    let p = Matrix(losses.bce.p), y = Matrix(losses.bce.y)
    #expect(isClose(binaryCrossEntropy(probabilities: p, labels: y), losses.bce.loss, relative: lossTolerance))
    #expect(isClose(
      binaryCrossEntropyGradient(probabilities: p, labels: y).storage, Matrix(losses.bce.grad).storage,
      relative: lossTolerance))
    let z = Matrix(losses.bce_logits.z), labels = Matrix(losses.bce_logits.y)
    #expect(isClose(binaryCrossEntropy(logits: z, labels: labels), losses.bce_logits.loss, relative: lossTolerance))
    #expect(isClose(
      binaryCrossEntropyGradient(logits: z, labels: labels).storage, Matrix(losses.bce_logits.grad).storage,
      relative: lossTolerance, absolute: 1e-17))
  }

  @Test("softmax cross-entropy and its gradient match torch's cross_entropy")
  func softmaxMatchesTorch() throws {
    let ce = try TorchReference.load().losses.ce
    let (loss, gradient) = softmaxCrossEntropy(logits: Matrix(ce.logits), labels: ce.labels)
    #expect(isClose(loss, ce.loss, relative: lossTolerance))
    #expect(isClose(gradient.storage, Matrix(ce.grad).storage, relative: 1e-13, absolute: 1e-16))
  }

  @Test("hand-worked: y = (1, 0, 2, −1), ŷ = (0.8, 0.1, 2.5, −0.7)")
  func regressionByHand() {
    let y = Matrix(rowVector: [1, 0, 2, -1]), yHat = Matrix(rowVector: [0.8, 0.1, 2.5, -0.7])
    // errors d = (−0.2, 0.1, 0.5, 0.3): Σd² = 0.04 + 0.01 + 0.25 + 0.09 = 0.39, Σ|d| = 1.1
    #expect(isClose(meanSquaredError(yHat, y), 0.39 / 4, relative: lossTolerance))
    #expect(isClose(meanSquaredErrorGradient(yHat, y)[0, 0], 2 * -0.2 / 4, relative: lossTolerance))
    #expect(isClose(meanAbsoluteError(yHat, y), 1.1 / 4, relative: lossTolerance))
    // every |d| ≤ 1, so Huber is half the MSE
    #expect(isClose(huberLoss(yHat, y), 0.39 / 8, relative: lossTolerance))
    #expect(huberLoss(Matrix([[3]]), Matrix([[0]])) == 2.5)  // δ(|d| − δ/2) = 3 − 0.5
    let signs: [Double] = [0, 1.0 / 3, -1.0 / 3]  // sign(d)/n with sign(0) = 0
    #expect(meanAbsoluteErrorGradient(Matrix([[1, 2, 3]]), Matrix([[1, 0, 5]])).storage == signs)
  }

  @Test("hand-worked: BCE, stable BCE from logits, softmax CE and LSE")
  func classificationByHand() {
    let p = Matrix(rowVector: [0.9, 0.2, 0.6, 0.99]), y = Matrix(rowVector: [1, 0, 1, 0])
    let expected = -(log(0.9) + log(0.8) + log(0.6) + log(0.01)) / 4
    #expect(isClose(binaryCrossEntropy(probabilities: p, labels: y), expected, relative: lossTolerance))
    #expect(binaryCrossEntropy(logits: Matrix([[1000]]), labels: Matrix([[0]])) == 1000)
    #expect(binaryCrossEntropy(logits: Matrix([[-1000]]), labels: Matrix([[0]])) == 0)
    #expect(softmaxCrossEntropy(logits: Matrix([[1000, 0, -1000]]), labels: [2]).loss == 2000)
    #expect(logSumExp([1000, 0, -1000]) == 1000)
    #expect(isClose(logSumExp([0, 0]), log(2), relative: 1e-15))
    // uniform logits: every class has probability 1/k, loss ln k
    #expect(isClose(softmaxCrossEntropy(logits: Matrix([[3, 3, 3, 3]]), labels: [1]).loss, log(4), relative: 1e-15))
  }

  /// torch's binary cross-entropy at the ends of [0, 1]: each (p, y) alone, and all of them as one batch.
  struct BCEEdges: Decodable {
    struct Case: Decodable { let p: Double, y: Double, loss: Double, grad: [Double] }
    struct Batch: Decodable { let p: [Double], y: [Double], loss: Double, grad: [Double] }
    let cases: [Case]
    let batch: Batch

    static func load() throws -> BCEEdges {
      let url = try #require(Bundle.module.url(forResource: "torch-bce-probabilities", withExtension: "json", subdirectory: "Fixtures"))
      return try JSONDecoder().decode(BCEEdges.self, from: Data(contentsOf: url))
    }
  }

  @Test("binary cross-entropy from probabilities follows torch at 0 and 1: logs floored at −100, p(1 − p) at 1e-12")
  func probabilitiesAtTheEndsMatchTorch() throws {
    let edges = try BCEEdges.load()
    for c in edges.cases {
      let p = Matrix([[c.p]]), y = Matrix([[c.y]])
      #expect(isClose(binaryCrossEntropy(probabilities: p, labels: y), c.loss, relative: lossTolerance), "p = \(c.p), y = \(c.y)")
      #expect(isClose(binaryCrossEntropyGradient(probabilities: p, labels: y)[0, 0], c.grad[0], relative: lossTolerance),
              "gradient at p = \(c.p), y = \(c.y)")
    }
    let p = Matrix(rowVector: edges.batch.p), y = Matrix(rowVector: edges.batch.y)
    #expect(isClose(binaryCrossEntropy(probabilities: p, labels: y), edges.batch.loss, relative: lossTolerance))
    #expect(isClose(binaryCrossEntropyGradient(probabilities: p, labels: y).storage, edges.batch.grad, relative: lossTolerance))
  }

  @Test("a wrong probability of exactly 0 or 1 costs 100, torch's floor; p = 1e-15 costs −ln 1e-15")
  func logFloor() {
    #expect(binaryCrossEntropy(probabilities: Matrix([[0, 1]]), labels: Matrix([[1, 0]])) == -binaryCrossEntropyLogFloor)
    #expect(isClose(binaryCrossEntropy(probabilities: Matrix([[1e-15]]), labels: Matrix([[1]])), -log(1e-15), relative: 1e-15))
    #expect(allFinite(binaryCrossEntropyGradient(probabilities: Matrix([[0, 1]]), labels: Matrix([[1, 0]])).storage))
  }

  @Test("softmax rows are distributions, even for huge logits")
  func softmaxRows() {
    let s = softmax(Matrix([[1000, 0, -1000], [1, 2, 3]]))
    #expect(s.row(0) == [1, 0, 0])
    #expect(abs(s.row(1).reduce(0, +) - 1) <= 1e-15)
    #expect(isClose(s[1, 2] / s[1, 1], exp(1), relative: 1e-14))
    #expect(logSumExp(Matrix([[1000, 0, -1000], [0, 0, 0]])).storage.last.map { isClose($0, log(3), relative: 1e-15) } == true)
  }
}
