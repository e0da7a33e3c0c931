import Foundation
import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// Runs `ch03-losses` once and checks its results.json against torch, hand-worked values and closed forms.
@Suite("Chapter 03 · Losses", .serialized)
struct Chapter03Tests {
  static let run = ChapterRun.start("ch03-losses")

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  @Test("the worked examples match torch.nn.functional, BCE at p = 1e-15 and p = 1 included")
  func workedExamplesMatchTorch() throws {
    let m = try metrics(), torch = try torchChapterMetrics("torch-chapter03")
    #expect(torch.count == 13)
    for (key, expected) in torch {
      #expect(isClose(try #require(m[key], "missing \(key)"), expected, relative: chapterTorchTolerance), "\(key)")
    }
  }

  @Test("the worked examples by hand")
  func byHand() throws {
    let m = try metrics()
    #expect(isClose(try #require(m["mse"]), 0.39 / 4, relative: 1e-14))
    #expect(isClose(try #require(m["mse.grad@0"]), -0.1, relative: 1e-14))
    #expect(isClose(try #require(m["mae"]), 1.1 / 4, relative: 1e-14))
    #expect(isClose(try #require(m["huber"]), 0.39 / 8, relative: 1e-14))
    #expect(isClose(try #require(m["bce"]), -(log(0.9) + log(0.8) + log(0.6) + log(0.01)) / 4, relative: 1e-14))
    #expect(m["bce.from_logits@1000"] == 1000)
    #expect(m["ce.stable"] == 2000)
    // Row 0 = (2, 1, 0.1), label 0: softmax by hand, gradient (softmax − onehot)/2.
    let e = [exp(2.0), exp(1.0), exp(0.1)], total = e.reduce(0, +)
    let row1 = [exp(0.5), exp(2.5), exp(-1.0)]
    #expect(isClose(try #require(m["ce"]), -(log(e[0] / total) + log(row1[1] / row1.reduce(0, +))) / 2, relative: 1e-14))
    for j in 0..<3 {
      #expect(isClose(try #require(m["ce.grad.r0.c\(j)"]), (e[j] / total - (j == 0 ? 1 : 0)) / 2, relative: 1e-13))
    }
  }

  @Test("BCE from probabilities at the ends: each logarithm floored at −100, as torch")
  func probabilityEnds() throws {
    let m = try metrics()
    #expect(isClose(try #require(m["bce.probabilities.p_1e-15_y_1"]), -log(1e-15), relative: 1e-15))
    #expect(m["bce.probabilities.p_1_y_0"] == 100)
  }

  @Test("behind a sigmoid at z = −5, MSE's gradient is 2(1 − σ)²σ and cross-entropy's is 1 − σ")
  func saturation() throws {
    let m = try metrics(), s = 1 / (1 + exp(5.0))
    #expect(isClose(try #require(m["saturation.mse_grad@-5"]), 2 * (1 - s) * (1 - s) * s, relative: 1e-14))
    #expect(isClose(try #require(m["saturation.ce_grad@-5"]), 1 - s, relative: 1e-14))
  }

  /// The chapter's documented recipe: x ~ U[−2, 2) then y = 2x + 1 + 0.5·N(0, 1), seed 42, 50 points.
  static func lineData() -> (x: [Double], y: [Double]) {
    var generator = SeededGenerator(seed: 42)
    var xs: [Double] = [], ys: [Double] = []
    for _ in 0..<50 {
      let x = generator.nextUniform(in: -2..<2)
      xs.append(x)
      ys.append(2 * x + 1 + 0.5 * generator.nextNormal())
    }
    return (xs, ys)
  }

  /// The best node of a 61×61 grid of step 0.1 starting at (w₀, b₀).
  static func gridArgmin(w0: Double, b0: Double, _ loss: (Double, Double) -> Double) -> (w: Double, b: Double) {
    var best = (w: w0, b: b0, loss: Double.infinity)
    for i in 0...60 {
      for j in 0...60 {
        let w = w0 + 6 * Double(j) / 60, b = b0 + 6 * Double(i) / 60
        let value = loss(w, b)
        if value < best.loss { best = (w, b, value) }
      }
    }
    return (best.w, best.b)
  }

  @Test("least squares from the normal equations, and the best grid node of the MSE surface")
  func leastSquares() throws {
    let m = try metrics(), data = Self.lineData()
    // [Σx² Σx; Σx n] (w, b) = (Σxy, Σy)
    let sxx = data.x.reduce(0) { $0 + $1 * $1 }, sx = data.x.reduce(0, +)
    let sxy = zip(data.x, data.y).reduce(0) { $0 + $1.0 * $1.1 }, sy = data.y.reduce(0, +)
    let solution = try #require(solveLinearSystem(Matrix([[sxx, sx], [sx, 50]]), [sxy, sy]))
    #expect(isClose(try #require(m["ols.w"]), solution[0], relative: 1e-12))
    #expect(isClose(try #require(m["ols.b"]), solution[1], relative: 1e-12))
    func mse(_ w: Double, _ b: Double) -> Double {
      zip(data.x, data.y).reduce(0) { $0 + pow(w * $1.0 + b - $1.1, 2) } / 50
    }
    #expect(isClose(try #require(m["ols.mse"]), mse(solution[0], solution[1]), relative: 1e-12))
    let best = Self.gridArgmin(w0: -1, b0: -2, mse)
    #expect(isClose(try #require(m["surface.argmin_w"]), best.w, relative: 1e-12, absolute: 1e-12))
    #expect(isClose(try #require(m["surface.argmin_b"]), best.b, relative: 1e-12, absolute: 1e-12))
    #expect(abs(best.w - solution[0]) <= 0.1 && abs(best.b - solution[1]) <= 0.1)
    #expect(try #require(m["surface.min_mse"]) >= mse(solution[0], solution[1]))
  }

  /// A mean of 50 squares in another order, and the normal equations solved another way: a few ulps.
  static let sumTolerance = 1e-12

  @Test("the minimum MSE: the true line leaves the noise, least squares removes its projection on (1, x)")
  func minimumExplained() throws {
    let m = try metrics(), data = Self.lineData(), n = 50.0, sigma2 = 0.25
    let noise = zip(data.x, data.y).map { $1 - (2 * $0 + 1) }
    let noiseMeanSquare = noise.reduce(0) { $0 + $1 * $1 } / n
    #expect(isClose(try #require(m["true_line.mse"]), noiseMeanSquare, relative: Self.sumTolerance))
    // The projection of the noise on span{1, x}: (X'X)⁻¹X'ε, then ‖Hε‖² = ε'X(X'X)⁻¹X'ε.
    let sxx = data.x.reduce(0) { $0 + $1 * $1 }, sx = data.x.reduce(0, +)
    let sxe = zip(data.x, noise).reduce(0) { $0 + $1.0 * $1.1 }, se = noise.reduce(0, +)
    let beta = try #require(solveLinearSystem(Matrix([[sxx, sx], [sx, n]]), [sxe, se]))
    let absorbed = (beta[0] * sxe + beta[1] * se) / n
    #expect(isClose(try #require(m["ols.mse"]), noiseMeanSquare - absorbed, relative: 1e-10))
    #expect(try #require(m["ols.mse"]) <= noiseMeanSquare)
    #expect(isClose(try #require(m["ols.expected_mse"]), sigma2 * (n - 2) / n, relative: 1e-15))
    // Var(ε²) = 2σ⁴ for a normal ε: the mean of n squares spreads by σ²·√(2/n).
    #expect(isClose(try #require(m["true_line.mse_sd"]), sigma2 * (2 / n).squareRoot(), relative: 1e-15))
  }

  @Test("the best grid node of the logistic cross-entropy surface")
  func logisticSurface() throws {
    let m = try metrics()
    var generator = SeededGenerator(seed: 43)
    let labels = (0..<50).map { Double($0 % 2) }
    let xs = labels.map { 2 * $0 - 1 + generator.nextNormal() }
    func crossEntropy(_ w: Double, _ b: Double) -> Double {
      zip(xs, labels).reduce(0) { total, point in
        let p = 1 / (1 + exp(-(w * point.0 + b)))
        return total - (point.1 * log(p) + (1 - point.1) * log(1 - p))
      } / 50
    }
    let best = Self.gridArgmin(w0: -1, b0: -3, crossEntropy)
    #expect(isClose(try #require(m["logistic.argmin_w"]), best.w, relative: 1e-12, absolute: 1e-12))
    #expect(isClose(try #require(m["logistic.argmin_b"]), best.b, relative: 1e-12, absolute: 1e-12))
    #expect(isClose(try #require(m["logistic.min_loss"]), crossEntropy(best.w, best.b), relative: 1e-10))
  }

  @Test("every figure is a real PNG", .enabled(if: gnuplotIsInstalled),
        arguments: ["losses", "ce-vs-mse-gradient", "regression-data", "mse-surface", "mse-contour", "logistic-surface"])
  func figures(name: String) throws {
    let run = try #require(Self.run)
    let png = try #require(PNGInfo(contentsOf: run.directory.appendingPathComponent("\(name).png")))
    #expect(png.width > 0 && png.height > 0)
  }
}
