import Foundation
@testable import NeuralKit
import TestSupport
import Testing

/// The test functions and the trajectory runner the optimizer chapter is built on.
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
    let gd = GradientDescent(learningRate: 0.3)
    let path = TestFunction.quadratic.descend(from: (-5, -2), using: gd, steps: 40)
    #expect(path.stepsTaken == 40 && path.divergedAtStep == nil && path.losses.count == 41)
    #expect(isClose(path.final.x, -5 * pow(0.94, 40), relative: 1e-13))
    #expect(isClose(path.final.y, -2 * pow(-0.2, 40), relative: 1e-13))
  }

  @Test("a run that overflows stops at that step and keeps only finite points")
  func divergence() {
    // y grows by |1 − 4·0.6| = 1.4 per step; 2y² overflows once y > 1.3e154, i.e. 2·1.4ᵗ > 1.3e154 near t = 1054.
    let gd = GradientDescent(learningRate: 0.6)
    let path = TestFunction.quadratic.descend(from: (-5, -2), using: gd, steps: 5000)
    let step = path.divergedAtStep ?? 0
    #expect((1040...1070).contains(step))
    #expect(path.stepsTaken == step - 1)
    #expect(allFinite(path.xs) && allFinite(path.ys) && allFinite(path.losses))
    #expect(path.isGrowing)
  }
}
