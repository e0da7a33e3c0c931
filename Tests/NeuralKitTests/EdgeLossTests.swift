import Foundation
@testable import NeuralKit
import TestSupport
import Testing

/// What one probability of exactly 0 or 1 costs in binary cross-entropy where it is wrong: torch's floor
/// under each logarithm, 100.
private let flooredCost = -binaryCrossEntropyLogFloor
/// A handful of roundings of numbers of size ≤ 1 (a softmax row, a mean of a few terms).
private let fewRoundings = 1e-15

/// True when every element is finite (no NaN, no ∞).
private func allFinite(_ m: Matrix) -> Bool { m.storage.allSatisfy(\.isFinite) }

/// The largest |sum| of a row of `m`.
private func largestRowSum(_ m: Matrix) -> Double {
  (0..<m.rows).map { abs(m.row($0).reduce(0, +)) }.max() ?? 0
}

/// Losses never create NaN from finite inputs: huge logits, ties, a single class, probabilities at the
/// ends of [0, 1], empty and 1×1 batches. A NaN that comes in goes out, as in PyTorch.
@Suite("Losses at the edges")
struct EdgeLossTests {
  @Test("softmax cross-entropy is exact for logits (s, 0, −s)", arguments: [1000.0, 1e300])
  func crossEntropyHugeLogits(s: Double) {
    let logits = Matrix([[s, 0, -s], [s, 0, -s], [s, 0, -s]])
    // −ln softmax = (max − z_y) + ln Σ e^(z − max), and Σ e^(z − max) rounds to exactly 1.
    let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: [0, 1, 2])
    #expect(isClose(loss, (0 + s + 2 * s) / 3, relative: fewRoundings))
    #expect(gradient == Matrix([[0, 0, 0], [1, -1, 0], [1, 0, -1]]) / 3)
    #expect(softmax(logits) == Matrix([[1, 0, 0], [1, 0, 0], [1, 0, 0]]))
  }

  @Test("two classes with logits (s, −s): label 0 costs 0, label 1 costs 2s", arguments: [1000.0, 1e300])
  func crossEntropyTwoClasses(s: Double) {
    let logits = Matrix([[s, -s]])
    #expect(softmaxCrossEntropy(logits: logits, labels: [0]) == (0, Matrix([[0, 0]])))
    #expect(softmaxCrossEntropy(logits: logits, labels: [1]) == (2 * s, Matrix([[1, -1]])))
    #expect(softmaxCrossEntropy(logits: -logits, labels: [1]).loss == 0)
  }

  @Test("log-sum-exp is the maximum plus ln(count of ties), without overflow", arguments: [1000.0, 1e300])
  func logSumExpHuge(s: Double) {
    #expect(logSumExp([s, -s]) == s && logSumExp([-s, -s]) == -s + log(2))
    #expect(logSumExp([s, s, s]) == s + log(3))  // for s = 1e300 that rounds to s itself
    #expect(logSumExp(Matrix([[s, 0, -s], [-s, -s, -s]])) == Matrix(columnVector: [s, -s + log(3)]))
    #expect(logSumExp([]) == -.infinity)
  }

  @Test("BCE from logits is exact for z = ±s", arguments: [1000.0, 1e300])
  func binaryCrossEntropyHugeLogits(s: Double) {
    let z = Matrix([[s, -s, s, -s]]), y = Matrix([[1, 0, 0, 1]])
    // max(z, 0) − z·y + ln(1 + e^(−|z|)): 0, 0, s, s.
    #expect(binaryCrossEntropy(logits: z, labels: y) == s / 2)
    #expect(binaryCrossEntropyGradient(logits: z, labels: y) == Matrix([[0, 0, 0.25, -0.25]]))
    #expect(binaryCrossEntropy(logits: Matrix([[s]]), labels: Matrix([[0.5]])) == s / 2)
  }

  @Test("a true loss beyond the largest double reads +∞, never NaN")
  func overflowIsInfinityNotNaN() {
    let big = 1e308
    let crossEntropy = softmaxCrossEntropy(logits: Matrix([[big, -big]]), labels: [1])
    #expect(crossEntropy.loss == .infinity)  // (max − z_y) = 2e308 overflows
    #expect(crossEntropy.gradient == Matrix([[1, -1]]))
    // Each term is 1e308, but the sum overflows before the division by n: the mean reads +∞.
    #expect(binaryCrossEntropy(logits: Matrix([[big, big]]), labels: Matrix([[0, 0]])) == .infinity)
  }

  @Test(
    "all-equal logits give ln k exactly and softmax 1/k",
    arguments: [0, -3.7, 1000, -1000, 1e300, -1e300], 1...6)
  func tiedLogits(c: Double, k: Int) {
    let logits = Matrix(rows: 2, columns: k, repeating: c)
    let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: [0, k - 1])
    #expect(loss == log(Double(k)))
    #expect(softmax(logits) == Matrix(rows: 2, columns: k, repeating: 1 / Double(k)))
    #expect(largestRowSum(gradient) <= Double(k) * fewRoundings)
  }

  @Test("a single class costs nothing, whatever its logit", arguments: [-1e300, -2.5, 0, 7, 1e300])
  func singleClass(z: Double) {
    let (loss, gradient) = softmaxCrossEntropy(logits: Matrix([[z], [z / 2]]), labels: [0, 0])
    #expect(loss == 0)
    #expect(gradient == Matrix(rows: 2, columns: 1))
    #expect(SoftmaxCrossEntropyLoss().value(Matrix([[z]]), Matrix([[1]])) == 0)
  }

  @Test("a batch whose labels are all one class: finite, the class pulled up, the rest down")
  func oneClassBatch() {
    let logits = Matrix([[1e300, 0, -5], [-1e300, 3, 3], [2, 2, 2], [0, 1000, -1000]])
    let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: [0, 0, 0, 0])
    #expect(loss.isFinite && loss >= 0)
    #expect(allFinite(gradient))
    #expect(gradient.column(0).allSatisfy { $0 <= 0 })
    #expect(gradient.column(1).allSatisfy { $0 >= 0 } && gradient.column(2).allSatisfy { $0 >= 0 })
    #expect(largestRowSum(gradient) <= fewRoundings)
    let z = Matrix([[1e300, -1e300, 0, 40]]), ones = Matrix(rows: 1, columns: 4, repeating: 1)
    #expect(binaryCrossEntropy(logits: z, labels: ones).isFinite)
    #expect(binaryCrossEntropyGradient(logits: z, labels: ones).storage.allSatisfy { $0 <= 0 })
  }

  @Test("probabilities of exactly 0 and 1: 100 where wrong (the floor), exactly 0 where right")
  func probabilitiesAtTheEnds() {
    let wrongZero = binaryCrossEntropy(probabilities: Matrix([[0]]), labels: Matrix([[1]]))
    let wrongOne = binaryCrossEntropy(probabilities: Matrix([[1]]), labels: Matrix([[0]]))
    #expect(wrongZero == flooredCost && wrongOne == flooredCost)
    for (p, y) in [(0.0, 0.0), (1.0, 1.0)] {
      #expect(binaryCrossEntropy(probabilities: Matrix([[p]]), labels: Matrix([[y]])) == 0, "p = \(p), y = \(y)")
    }
    let soft = binaryCrossEntropy(probabilities: Matrix([[0]]), labels: Matrix([[0.5]]))
    #expect(soft == flooredCost / 2)
    // The gradient (p − y)/max(p(1 − p), ε) at the ends: ∓1/ε, large but finite.
    let gradient = binaryCrossEntropyGradient(probabilities: Matrix([[0, 1]]), labels: Matrix([[1, 0]]))
    #expect(gradient[0, 0] == -0.5 / binaryCrossEntropyGradientFloor)
    #expect(gradient[0, 1] == 0.5 / binaryCrossEntropyGradientFloor)
  }

  @Test("an empty batch: every loss is NaN (the mean of nothing, as PyTorch), every gradient empty")
  func emptyBatch() {
    let empty = Matrix(rows: 0, columns: 3)
    let losses = [
      meanSquaredError(empty, empty), meanAbsoluteError(empty, empty), huberLoss(empty, empty),
      binaryCrossEntropy(probabilities: empty, labels: empty), binaryCrossEntropy(logits: empty, labels: empty),
      softmaxCrossEntropy(logits: empty, labels: []).loss,
    ]
    #expect(losses.allSatisfy { $0.isNaN }, "\(losses)")
    let gradients = [
      meanSquaredErrorGradient(empty, empty), meanAbsoluteErrorGradient(empty, empty),
      huberLossGradient(empty, empty), binaryCrossEntropyGradient(probabilities: empty, labels: empty),
      binaryCrossEntropyGradient(logits: empty, labels: empty), softmaxCrossEntropy(logits: empty, labels: []).gradient,
      softmax(empty),
    ]
    #expect(gradients.allSatisfy { $0 == empty })
    #expect(softmax(Matrix(rows: 2, columns: 0)) == Matrix(rows: 2, columns: 0))
  }

  @Test("1×1 batches give the hand-worked values")
  func oneByOne() {
    let three = Matrix([[3]]), one = Matrix([[1]])
    #expect(meanSquaredError(three, one) == 4 && meanSquaredErrorGradient(three, one) == Matrix([[4]]))
    #expect(meanAbsoluteError(three, one) == 2 && meanAbsoluteErrorGradient(three, one) == one)
    #expect(huberLoss(three, one) == 1.5 && huberLossGradient(three, one) == one)  // δ(|d| − δ/2), d = 2
    #expect(isClose(binaryCrossEntropy(probabilities: Matrix([[0.25]]), labels: one), log(4), relative: fewRoundings))
    #expect(isClose(binaryCrossEntropy(logits: Matrix([[0]]), labels: one), log(2), relative: fewRoundings))
    #expect(binaryCrossEntropyGradient(logits: Matrix([[0]]), labels: one) == Matrix([[-0.5]]))
    #expect(softmaxCrossEntropy(logits: Matrix([[1e300]]), labels: [0]).loss == 0)
    #expect(softmax(Matrix([[-1e300]])) == one)
  }

  @Test("a NaN prediction or target makes every loss NaN, as PyTorch's mse_loss does")
  func nanPropagates() {
    let clean = Matrix([[0.2, 0.7], [0.4, 0.9]])
    var dirty = clean
    dirty[0, 1] = .nan
    let losses: [(String, (Matrix, Matrix) -> Double)] = [
      ("mse", meanSquaredError), ("mae", meanAbsoluteError), ("huber", { huberLoss($0, $1) }),
      ("bce", { binaryCrossEntropy(probabilities: $0, labels: $1) }),
      ("bce logits", { binaryCrossEntropy(logits: $0, labels: $1) }),
    ]
    for (name, loss) in losses {
      #expect(loss(dirty, clean).isNaN && loss(clean, dirty).isNaN, "\(name)")
      #expect(loss(clean, clean).isFinite, "\(name)")
    }
    #expect(softmaxCrossEntropy(logits: dirty, labels: [0, 1]).loss.isNaN)
  }

  @Test("a NaN reaches only its own gradient entry (its row, for softmax); L1 gives it 0, as PyTorch")
  func nanGradients() {
    let clean = Matrix([[0.2, 0.7], [0.4, 0.9]])
    var dirty = clean
    dirty[0, 1] = .nan
    let gradients = [
      meanSquaredErrorGradient(dirty, clean), huberLossGradient(dirty, clean),
      binaryCrossEntropyGradient(probabilities: dirty, labels: clean),
      binaryCrossEntropyGradient(logits: dirty, labels: clean),
    ]
    for gradient in gradients {
      #expect(gradient.storage.map(\.isNaN) == [false, true, false, false], "\(gradient)")
    }
    #expect(meanAbsoluteErrorGradient(dirty, clean)[0, 1] == 0)
    let crossEntropy = softmaxCrossEntropy(logits: dirty, labels: [0, 1]).gradient
    #expect(crossEntropy.row(0).allSatisfy(\.isNaN) && crossEntropy.row(1).allSatisfy(\.isFinite))
  }
}
