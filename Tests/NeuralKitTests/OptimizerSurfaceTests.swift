import Foundation
import NeuralKit
import TestSupport
import Testing

/// The test functions, the trajectory runner and the regression problem the optimizer chapter is built on.
@Suite("Optimizer test functions and runs")
struct OptimizerSurfaceTests {
  static let h = 1e-5  // central-difference step: truncation ~h², rounding ~ε·|f|/h
  static let gradientTolerance = 1e-7  // relative to max(1, |∇f|): well above both errors at these points
  static let points: [(Double, Double)] = [(-1.5, 2), (1, 1.5), (0.3, -0.7), (2.5, 0.4), (-0.8, -1.1)]

  @Test("analytic gradients agree with central differences", arguments: TestFunction.allCases)
  func gradients(function: TestFunction) {
    for (x, y) in Self.points {
      let g = function.gradient(x, y)
      let dx = (function.value(x + Self.h, y) - function.value(x - Self.h, y)) / (2 * Self.h)
      let dy = (function.value(x, y + Self.h) - function.value(x, y - Self.h)) / (2 * Self.h)
      let scale = max(1, abs(g.x), abs(g.y))
      #expect(abs(g.x - dx) <= Self.gradientTolerance * scale, "∂x at (\(x), \(y)): \(g.x) vs \(dx)")
      #expect(abs(g.y - dy) <= Self.gradientTolerance * scale, "∂y at (\(x), \(y)): \(g.y) vs \(dy)")
    }
  }

  @Test("f = 0 with zero gradient at the stated minimum", arguments: TestFunction.allCases)
  func minima(function: TestFunction) {
    let m = function.minimum
    #expect(function.value(m.x, m.y) == 0)
    #expect(function.gradient(m.x, m.y) == (0, 0))
  }

  @Test("closed forms at hand-picked points")
  func values() {
    #expect(TestFunction.quadratic.value(-5, -2) == 0.1 * 25 + 2 * 4)
    #expect(TestFunction.rosenbrock.value(-1.5, 2) == 2.5 * 2.5 + 100 * 0.25 * 0.25)
    // (1.5 − 1 + 1.5)² + (2.25 − 1 + 2.25)² + (2.625 − 1 + 3.375)² = 4 + 12.25 + 25.
    #expect(TestFunction.beale.value(1, 1.5) == 41.25)
  }

  @Test("GD on the quadratic follows x·(1 − 0.2η)ᵗ, y·(1 − 4η)ᵗ")
  func quadraticClosedForm() {
    var gd = GradientDescent(learningRate: 0.3)
    let path = TestFunction.quadratic.descend(from: (-5, -2), using: &gd, steps: 40)
    #expect(path.stepsTaken == 40 && path.divergedAtStep == nil && path.losses.count == 41)
    #expect(isClose(path.final.x, -5 * pow(0.94, 40), relative: 1e-13))
    #expect(isClose(path.final.y, -2 * pow(-0.2, 40), relative: 1e-13))
  }

  @Test("a run that overflows stops at that step and keeps only finite points")
  func divergence() {
    // y grows by |1 − 4·0.6| = 1.4 per step; 2y² overflows once y > 1.3e154, i.e. 2·1.4ᵗ > 1.3e154 near t = 1054.
    var gd = GradientDescent(learningRate: 0.6)
    let path = TestFunction.quadratic.descend(from: (-5, -2), using: &gd, steps: 5000)
    let step = path.divergedAtStep ?? 0
    #expect((1040...1070).contains(step))
    #expect(path.stepsTaken == step - 1)
    #expect(allFinite(path.xs) && allFinite(path.ys) && allFinite(path.losses))
    #expect(path.isGrowing)
  }

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
