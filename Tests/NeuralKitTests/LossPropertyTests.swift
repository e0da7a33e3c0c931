import Foundation
import NeuralKit
import PropertyBased
import TestSupport
import Testing

/// Seeded random matrices for the loss properties, built from a drawn seed.
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

/// Batch shapes and the seed their entries are drawn from: a failure prints (rows, columns, seed).
let lossBatches = zip(Gen.int(in: 1...8), Gen.int(in: 1...8), Gen.uint64())

/// A sum of k terms of size ≤ 1 and one division each: k roundings of half an ulp of 1.
func roundingsOfOne(_ k: Int) -> Double { Double(k) * .ulpOfOne }
/// Central-difference check of a loss gradient, relative to the gradient: the truncation error h²·f‴/6
/// relative to f′ is ≈ (h/p)² for BCE at probability p ≥ 0.01, i.e. ≤ 1e-6 with h = 1e-5.
let lossGradientRelativeTolerance = 1e-5
/// …plus an absolute floor for components near zero (rounding ≈ ε·L/h ≈ 1e-11).
let lossGradientAbsoluteTolerance = 1e-8
/// How far an error ŷ − y must stay from the kinks of MAE (0) for a central difference to see one slope.
let lossKinkMargin = 100 * centralDifferenceStep

/// Laws every loss obeys on random batches (a failure prints the batch shape and a seed that reproduces it).
@Suite("Loss properties")
struct LossPropertyTests {
  @Test("every loss is ≥ 0 and finite")
  func nonNegative() async {
    await propertyCheck(count: 300, input: lossBatches) { rows, columns, seed in
      var random = RandomLossInputs(seed: seed)
      let yHat = random.normal(rows, columns, scale: 3), y = random.normal(rows, columns, scale: 3)
      let p = random.probabilities(rows, columns), labels = random.binaryLabels(rows, columns)
      let losses = [
        meanSquaredError(yHat, y), meanAbsoluteError(yHat, y), huberLoss(yHat, y),
        binaryCrossEntropy(probabilities: p, labels: labels), binaryCrossEntropy(logits: yHat, labels: labels),
        softmaxCrossEntropy(logits: yHat, labels: random.classes(rows, of: columns)).loss,
      ]
      #expect(losses.allSatisfy { $0 >= 0 && $0.isFinite }, "\(losses)")
    }
  }

  @Test("MSE is 0 for equal matrices and positive once one entry differs")
  func meanSquaredErrorZeroIffEqual() async {
    await propertyCheck(count: 300, input: lossBatches, Gen.double(in: 1e-3...10), Gen.bool) {
      batch, difference, negative in
      var random = RandomLossInputs(seed: batch.2)
      let y = random.normal(batch.0, batch.1, scale: 3)
      var yHat = y
      #expect(meanSquaredError(yHat, y) == 0)
      #expect(meanSquaredErrorGradient(yHat, y) == Matrix(rows: y.rows, columns: y.columns))
      let index = random.generator.nextInt(in: 0..<y.count)
      yHat[index / y.columns, index % y.columns] += negative ? -difference : difference
      #expect(meanSquaredError(yHat, y) > 0)
    }
  }

  @Test("softmax rows sum to 1 and do not move when a constant is added to a row")
  func softmaxSumsToOneAndIgnoresShifts() async {
    await propertyCheck(count: 300, input: lossBatches, Gen.double(in: -1000...1000)) { batch, shift in
      var random = RandomLossInputs(seed: batch.2)
      let logits = random.normal(batch.0, batch.1, scale: 5)
      let probabilities = softmax(logits)
      for r in 0..<probabilities.rows {
        #expect(abs(probabilities.row(r).reduce(0, +) - 1) <= roundingsOfOne(2 * batch.1))
      }
      // z + c is rounded to half an ulp of |z + c|, which moves every probability by that much relatively
      // (∂ ln pⱼ/∂zₖ is [j = k] − pₖ, at most 1 in size, summed over two changes), plus the sums' roundings.
      let spacing = (abs(shift) + (logits.storage.map(abs).max() ?? 0)) * .ulpOfOne
      let tolerance = 2 * spacing + roundingsOfOne(2 * batch.1)
      let shifted = softmax(logits.map { $0 + shift })
      #expect(isClose(shifted.storage, probabilities.storage, relative: tolerance), "shift \(shift)")
    }
  }

  @Test("softmax cross-entropy is ≥ 0 and its gradient rows sum to 0")
  func crossEntropyGradientRowsSumToZero() async {
    await propertyCheck(count: 300, input: lossBatches) { rows, columns, seed in
      var random = RandomLossInputs(seed: seed)
      let logits = random.normal(rows, columns, scale: 10)
      let (loss, gradient) = softmaxCrossEntropy(logits: logits, labels: random.classes(rows, of: columns))
      #expect(loss >= 0)
      for r in 0..<gradient.rows {
        // k probabilities ≤ 1 and a 1 subtracted, each over n: a few roundings of 1/n per column.
        #expect(abs(gradient.row(r).reduce(0, +)) <= roundingsOfOne(2 * columns) / Double(rows))
      }
    }
  }

  @Test("BCE from logits equals BCE of σ(logits) where σ does not saturate")
  func logitsAgreeWithProbabilities() async {
    await propertyCheck(count: 300, input: lossBatches) { rows, columns, seed in
      var random = RandomLossInputs(seed: seed)
      let z = random.normal(rows, columns, scale: 4), y = random.binaryLabels(rows, columns)
      let viaProbabilities = binaryCrossEntropy(probabilities: z.map(sigmoid), labels: y)
      // σ(z) near 1 is rounded to a multiple of 2⁻⁵³, so ln(1 − σ(z)) is off by ≈ 1.1e-16/(1 − σ(z)):
      // up to ≈ 1e-9 for the largest logits drawn (|z| ≈ 20). The logit form has no such error.
      #expect(isClose(binaryCrossEntropy(logits: z, labels: y), viaProbabilities, relative: 0, absolute: 1e-8))
    }
  }

  @Test("every loss gradient matches central differences")
  func gradientCheck() async {
    await propertyCheck(count: 40, input: lossBatches) { rows, columns, seed in
      var random = RandomLossInputs(seed: seed)
      let yHat = random.normal(rows, columns, scale: 2)
      // Keep every error ŷ − y clear of the MAE kink at 0, where the two one-sided slopes differ.
      let y = random.normal(rows, columns, scale: 2).zipMap(yHat, "nudge") { yi, yHati in
        abs(yHati - yi) < lossKinkMargin ? yHati - 2 * lossKinkMargin : yi
      }
      let p = random.probabilities(rows, columns), labels = random.binaryLabels(rows, columns)
      let classes = random.classes(rows, of: columns)
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
        #expect(
          isClose(
            numeric.storage, analytic.storage, relative: lossGradientRelativeTolerance,
            absolute: lossGradientAbsoluteTolerance), "\(name)")
      }
    }
  }
}
