import Foundation
import NeuralKit
import TestSupport
import Testing

@testable import ch04_optimizers

/// Chapter 04's own code: the stability probes and the regression problem for SGD against full batch.
@Suite("Chapter 04 code")
struct Chapter04CodeTests {
  static let h = 1e-5  // central-difference step: truncation ~h², rounding ~ε·|f|/h

  @Test("bisection brackets the boundary of a monotone question")
  func bisection() {
    let bracket = divergenceThreshold(stable: 0, divergent: 1, iterations: 40) { $0 > 0.3 }
    #expect(bracket.stable <= 0.3 && bracket.divergent > 0.3 && bracket.divergent - bracket.stable < 1e-11)
  }

  @Test("the start sensitivity of GD on the quadratic is the larger contraction factor")
  func sensitivity() {
    // x_t = x₀·0.92ᵗ, y_t = y₀·(−0.6)ᵗ after 10 steps at η = 0.4: the end moves 0.92¹⁰ per unit of x₀.
    let s = TestFunction.quadratic.startSensitivity(from: (-5, -2), steps: 10, delta: 1e-6) { GradientDescent(learningRate: 0.4) }
    #expect(isClose(s, pow(0.92, 10), relative: 1e-8))
  }

  @Test("the heavy ball's contraction: √μ when both roots are complex, (√κ − 1)/(√κ + 1) when tuned")
  func heavyBall() {
    #expect(isClose(heavyBallRate(0.1, 0.9, [0.2, 4]), 0.9.squareRoot(), relative: 1e-15))
    let r = (20.0.squareRoot() - 1) / (20.0.squareRoot() + 1), lr = 4 / pow(2 + 0.2.squareRoot(), 2)
    // At the tuned values the discriminant is 0 up to rounding, whose square root is ~1e-8.
    #expect(isClose(heavyBallRate(lr, r * r, [0.2, 4]), r, relative: 1e-7))
    #expect(isClose(heavyBallRate(0.1, 0, [0.2, 4]), 0.98, relative: 1e-15))  // no momentum: GD, max |1 − ηλ|
  }

  @Test("a wandering path widens the view; a blown-up one does not")
  func widening() {
    #expect(widened(-1...1, [-3, 0.5]) == -3...1)
    #expect(widened(-1...1, [1e9]) == -1...1)
  }

  // MARK: - Linear regression

  static func problem() -> LinearRegressionProblem {
    var generator = SeededGenerator(seed: 7)
    return .sample(count: 50, slope: 2, intercept: 1, range: 2, noise: 0.5, using: &generator)
  }

  @Test("least squares solves the normal equations")
  func leastSquares() {
    let p = Self.problem(), n = Double(p.x.count)
    let (sx, sy) = (p.x.reduce(0, +), p.y.reduce(0, +))
    let sxx = p.x.reduce(0) { $0 + $1 * $1 }, sxy = zip(p.x, p.y).reduce(0) { $0 + $1.0 * $1.1 }
    // [Σx² Σx; Σx n]·(w, b) = (Σxy, Σy), by Cramer's rule.
    let det = sxx * n - sx * sx
    let best = p.leastSquares
    #expect(isClose(best.w, (sxy * n - sx * sy) / det, relative: 1e-12))
    #expect(isClose(best.b, (sxx * sy - sx * sxy) / det, relative: 1e-12))
    let g = p.gradient(w: best.w, b: best.b, batch: p.x.indices)
    #expect(abs(g.w) < 1e-12 && abs(g.b) < 1e-12)
  }

  @Test("the batch gradient agrees with central differences of the loss")
  func regressionGradient() {
    let p = Self.problem(), (w, b) = (-0.7, 0.4)
    let g = p.gradient(w: w, b: b, batch: p.x.indices)
    let dw = (p.loss(w: w + Self.h, b: b) - p.loss(w: w - Self.h, b: b)) / (2 * Self.h)
    let db = (p.loss(w: w, b: b + Self.h) - p.loss(w: w, b: b - Self.h)) / (2 * Self.h)
    #expect(isClose(g.w, dw, relative: 1e-8) && isClose(g.b, db, relative: 1e-8))
  }

  @Test("full-batch descent is plain GD on the loss; SGD makes one update per sample")
  func batches() {
    let p = Self.problem()
    var shuffler = SeededGenerator(seed: 1)
    let full = p.descend(from: (0, 0), learningRate: 0.1, epochs: 3, batchSize: p.x.count, shuffler: &shuffler)
    var (w, b) = (0.0, 0.0)
    for _ in 0..<3 {
      let g = p.gradient(w: w, b: b, batch: p.x.indices)
      (w, b) = (w - 0.1 * g.w, b - 0.1 * g.b)
    }
    #expect(full.w.count == 4 && isClose(full.w[3], w, relative: 1e-14) && isClose(full.b[3], b, relative: 1e-14))
    let sgd = p.descend(from: (0, 0), learningRate: 0.01, epochs: 2, batchSize: 1, shuffler: &shuffler)
    let minibatch = p.descend(from: (0, 0), learningRate: 0.01, epochs: 2, batchSize: 16, shuffler: &shuffler)
    #expect(sgd.w.count == 1 + 2 * 50 && minibatch.w.count == 1 + 2 * 4)
  }
}
