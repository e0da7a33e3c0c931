import NeuralKit
import TestSupport
import Testing

/// Seeded random matrices for the loss properties.
struct RandomLossInputs {
  var generator: SeededGenerator

  init(seed: UInt64) { generator = SeededGenerator(seed: seed) }

  mutating func normal(_ rows: Int, _ columns: Int, scale: Double = 1) -> Matrix {
    Matrix.randomNormal(rows: rows, columns: columns, standardDeviation: scale, using: &generator)
  }

  mutating func probabilities(_ rows: Int, _ columns: Int) -> Matrix {
    Matrix.randomUniform(rows: rows, columns: columns, in: 0.01..<0.99, using: &generator)
  }

  mutating func binaryLabels(_ rows: Int, _ columns: Int) -> Matrix {
    Matrix(rows: rows, columns: columns, storage: (0..<(rows * columns)).map { _ in Double(generator.nextInt(in: 0..<2)) })
  }

  mutating func classes(_ count: Int, of k: Int) -> [Int] {
    (0..<count).map { _ in generator.nextInt(in: 0..<k) }
  }
}

/// Trials per property: enough to land in every branch (|d| ≷ δ, either label) many times.
let propertyTrials = 300
/// Central-difference check of a loss gradient, relative to the gradient: the truncation error h²·f‴/6
/// relative to f′ is ≈ (h/p)² for BCE at probability p ≥ 0.01, i.e. ≤ 1e-6 with h = 1e-5.
let lossGradientRelativeTolerance = 1e-5
/// …plus an absolute floor for components near zero (rounding ≈ ε·L/h ≈ 1e-11).
let lossGradientAbsoluteTolerance = 1e-8

@Suite("Loss properties")
struct LossPropertyTests {
  @Test("every loss is ≥ 0")
  func nonNegative() {
    var random = RandomLossInputs(seed: 7)
    for _ in 0..<propertyTrials {
      let yHat = random.normal(3, 4, scale: 3), y = random.normal(3, 4, scale: 3)
      let p = random.probabilities(3, 4), labels = random.binaryLabels(3, 4)
      let losses = [
        meanSquaredError(yHat, y), meanAbsoluteError(yHat, y), huberLoss(yHat, y),
        binaryCrossEntropy(probabilities: p, labels: labels), binaryCrossEntropy(logits: yHat, labels: labels),
        softmaxCrossEntropy(logits: yHat, labels: random.classes(3, of: 4)).loss,
      ]
      #expect(losses.allSatisfy { $0 >= 0 && $0.isFinite }, "\(losses)")
    }
  }

  @Test("softmax cross-entropy gradient rows sum to 0")
  func gradientRowsSumToZero() {
    var random = RandomLossInputs(seed: 8)
    for _ in 0..<propertyTrials {
      let logits = random.normal(5, 6, scale: 10)
      let gradient = softmaxCrossEntropy(logits: logits, labels: random.classes(5, of: 6)).gradient
      for r in 0..<gradient.rows {
        // k probabilities of size ≤ 1/n each carry ≈ 1 ulp: a few times 1e-17 · k.
        #expect(abs(gradient.row(r).reduce(0, +)) <= 1e-15, "row \(r) of \(gradient)")
      }
    }
  }

  @Test("BCE from logits equals BCE of σ(logits) where σ does not saturate")
  func logitsAgreeWithProbabilities() {
    var random = RandomLossInputs(seed: 9)
    for _ in 0..<propertyTrials {
      let z = random.normal(2, 5, scale: 4), y = random.binaryLabels(2, 5)
      let viaProbabilities = binaryCrossEntropy(probabilities: z.map(sigmoid), labels: y)
      // σ(z) near 1 is rounded to a multiple of 2⁻⁵³, so ln(1 − σ(z)) is off by ≈ 1.1e-16/(1 − σ(z)):
      // up to ≈ 1e-9 for the largest logits drawn (|z| ≈ 16). The logit form has no such error.
      #expect(isClose(binaryCrossEntropy(logits: z, labels: y), viaProbabilities, relative: 0, absolute: 1e-8))
    }
  }

  @Test("every loss gradient matches central differences")
  func gradientCheck() {
    var random = RandomLossInputs(seed: 10)
    for _ in 0..<40 {
      let yHat = random.normal(3, 4, scale: 2), y = random.normal(3, 4, scale: 2)
      let p = random.probabilities(3, 4), labels = random.binaryLabels(3, 4)
      let classes = random.classes(3, of: 4)
      let checks: [(String, (Matrix) -> Double, Matrix, Matrix)] = [
        ("mse", { meanSquaredError($0, y) }, yHat, meanSquaredErrorGradient(yHat, y)),
        ("mae", { meanAbsoluteError($0, y) }, yHat, meanAbsoluteErrorGradient(yHat, y)),
        ("huber", { huberLoss($0, y) }, yHat, huberLossGradient(yHat, y)),
        ("bce", { binaryCrossEntropy(probabilities: $0, labels: labels) }, p,
         binaryCrossEntropyGradient(probabilities: p, labels: labels)),
        ("bce logits", { binaryCrossEntropy(logits: $0, labels: labels) }, yHat,
         binaryCrossEntropyGradient(logits: yHat, labels: labels)),
        ("ce", { softmaxCrossEntropy(logits: $0, labels: classes).loss }, yHat,
         softmaxCrossEntropy(logits: yHat, labels: classes).gradient),
      ]
      for (name, loss, point, analytic) in checks {
        let numeric = centralDifferenceGradient(of: loss, at: point)
        // MAE and Huber have kinks; a random normal error lands within h of one with probability ~1e-5.
        #expect(isClose(numeric.storage, analytic.storage, relative: lossGradientRelativeTolerance, absolute: lossGradientAbsoluteTolerance), "\(name)")
      }
    }
  }
}
