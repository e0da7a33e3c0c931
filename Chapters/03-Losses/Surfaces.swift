import Foundation
import NeuralKit
import NotebookKit

/// Loss surfaces over the two parameters (w, b) of a one-input model.
struct SurfaceLesson {
  let samples: Int
  let noise: Double
  let seed: UInt64

  /// The line the regression data is drawn around: y = 2x + 1.
  static let trueSlope = 2.0, trueIntercept = 1.0
  /// Light at the minimum, dark where the loss is high, for heatmaps and surfaces alike.
  static let palette = "defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')"
  /// The (w, b) grids the surfaces are sampled on: steps of 0.1.
  static let regressionW = linspace(-1, 5, count: 61), regressionB = linspace(-2, 4, count: 61)
  static let logisticW = linspace(-1, 5, count: 61), logisticB = linspace(-3, 3, count: 61)

  /// x ~ U[−2, 2), then y = 2x + 1 + noise·N(0, 1), point by point from one generator seeded with `seed`.
  static func lineData(count: Int, noise: Double, seed: UInt64) -> (x: [Double], y: [Double]) {
    var generator = SeededGenerator(seed: seed)
    var xs: [Double] = [], ys: [Double] = []
    for _ in 0..<count {
      let x = generator.nextUniform(in: -2..<2)
      xs.append(x)
      ys.append(trueSlope * x + trueIntercept + noise * generator.nextNormal())
    }
    return (xs, ys)
  }

  /// Two overlapping classes: label i mod 2, x ~ N(+1, 1) for label 1 and N(−1, 1) for label 0, drawn
  /// from a generator seeded with `seed + 1`.
  static func classData(count: Int, seed: UInt64) -> (x: [Double], labels: [Double]) {
    var generator = SeededGenerator(seed: seed &+ 1)
    let labels = (0..<count).map { Double($0 % 2) }
    return (labels.map { 2 * $0 - 1 + generator.nextNormal() }, labels)
  }

  /// The least-squares line: w = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², b = ȳ − w·x̄.
  static func leastSquares(_ x: [Double], _ y: [Double]) -> (w: Double, b: Double) {
    let n = Double(x.count), xMean = x.reduce(0, +) / n, yMean = y.reduce(0, +) / n
    let sxy = zip(x, y).reduce(0) { $0 + ($1.0 - xMean) * ($1.1 - yMean) }
    let sxx = x.reduce(0) { $0 + ($1 - xMean) * ($1 - xMean) }
    let w = sxx > 0 ? sxy / sxx : 0
    return (w, yMean - w * xMean)
  }

  /// The grid point with the smallest value: (w, b, loss).
  static func argmin(_ grid: Grid) -> (w: Double, b: Double, loss: Double) {
    var best = (w: grid.xs[0], b: grid.ys[0], loss: Double.infinity)
    for (i, b) in grid.ys.enumerated() {
      for (j, w) in grid.xs.enumerated() where grid.values[i][j] < best.loss { best = (w, b, grid.values[i][j]) }
    }
    return best
  }

  func run(_ book: Notebook) {
    regression(book)
    logistic(book)
  }

  // MARK: - 3.3 The loss surface of linear regression

  func regression(_ book: Notebook) {
    book.subsection("The loss surface of linear regression")
    let data = Self.lineData(count: samples, noise: noise, seed: seed)
    book.text("""
      \(samples) points with x uniform in [−2, 2) and y = 2x + 1 plus Gaussian noise (σ = \(noise), seed \(seed)). \
      The model ŷ = w·x + b has two parameters, so its MSE is a surface over the (w, b) plane: a bowl (a \
      quadratic in w and b), whose bottom is the least-squares solution in closed form.
      """)
    book.formula("L(w, b) = (1/n) Σ (w·xᵢ + b − yᵢ)²;   w* = Σ(xᵢ − x̄)(yᵢ − ȳ) / Σ(xᵢ − x̄)²,   b* = ȳ − w*·x̄",
                 tex: #"L(w, b) = \frac1n \sum_i (w x_i + b - y_i)^2, \qquad w^* = \frac{\sum_i (x_i - \bar x)(y_i - \bar y)}{\sum_i (x_i - \bar x)^2}, \quad b^* = \bar y - w^* \bar x"#)
    let x = Matrix(columnVector: data.x), y = Matrix(columnVector: data.y)
    let grid = Grid(xs: Self.regressionW, ys: Self.regressionB) { w, b in meanSquaredError(x * w + b, y) }
    let best = Self.argmin(grid), ols = Self.leastSquares(data.x, data.y)
    let olsLoss = meanSquaredError(x * ols.w + ols.b, y)
    for (key, value) in [("surface.argmin_w", best.w), ("surface.argmin_b", best.b), ("surface.min_mse", best.loss),
                         ("ols.w", ols.w), ("ols.b", ols.b), ("ols.mse", olsLoss)] { book.metric(key, value) }
    book.table(["", "w", "b", "MSE"], [
      ["best grid point (step 0.1)", best.w.fixed(2), best.b.fixed(2), best.loss.fixed(6)],
      ["least squares (closed form)", ols.w.fixed(6), ols.b.fixed(6), olsLoss.fixed(6)],
      ["the line the data came from", Self.trueSlope.fixed(1), Self.trueIntercept.fixed(1), "—"],
    ])
    book.text("The best grid node lies within one grid step of the closed-form optimum, and its loss is a little higher. The minimum MSE is about the noise variance σ² = \(noise * noise): what no line can explain.")
    let xs = linspace(-2, 2, count: 2)
    book.figure(Figure(name: "regression-data", Panel(
      title: "The data and the least-squares line", xLabel: "x", yLabel: "y", key: .topLeft, layers: [
        .series(Series("data", x: data.x, y: data.y, style: .points, pointType: 7, pointSize: 0.9)),
        .series(Series("least squares ŷ = \(ols.w.fixed(3))x + \(ols.b.fixed(3))", x: xs) { ols.w * $0 + ols.b }),
        .series(Series("y = 2x + 1", x: xs, color: "#555555", dashType: 2) { 2 * $0 + 1 }),
      ])), caption: "The \(samples) noisy points, the line they were drawn around (dashed) and the least-squares fit.")
    var surface = Panel(title: "MSE over (w, b)", xLabel: "slope w", yLabel: "intercept b", zLabel: "MSE", key: .hidden, layers: [.surface(grid)])
    surface.view = (55, 35)
    surface.palette = Self.palette
    book.figure(Figure(name: "mse-surface", surface), caption: "The MSE of linear regression is a bowl over the (w, b) plane.")
    book.figure(Figure(name: "mse-contour", contourPanel(
      "MSE contours over (w, b)", grid, colorLabel: "MSE",
      marks: [("least squares (w*, b*)", ols.w, ols.b, 3), ("grid minimum", best.w, best.b, 6), ("true line (2, 1)", 2, 1, 2)])),
      caption: "Contours of the same bowl, seen from above: ellipses around the least-squares optimum (star), with the best grid node and the true line marked.")
  }

  /// A heatmap with contour lines and marked points, one (title, w, b, point type) per mark.
  func contourPanel(_ title: String, _ grid: Grid, colorLabel: String, marks: [(String, Double, Double, Int)]) -> Panel {
    var panel = Panel(title: title, xLabel: "slope w", yLabel: "intercept b", zLabel: colorLabel,
                      xRange: AxisRange(grid.xs.first, grid.xs.last), yRange: AxisRange(grid.ys.first, grid.ys.last), key: .topRight)
    panel.layers = [.heatmap(grid), .contour(grid, levels: 20)] + marks.map { mark in
      .series(Series(mark.0, x: [mark.1], y: [mark.2], style: .points, color: "#000000", pointType: mark.3, pointSize: 2.2))
    }
    panel.palette = Self.palette
    return panel
  }

  // MARK: - 3.3 The cross-entropy surface of logistic regression

  func logistic(_ book: Notebook) {
    book.subsection("The cross-entropy surface of logistic regression")
    let data = Self.classData(count: samples, seed: seed)
    book.text("""
      Two overlapping classes on a line: label 1 around x = +1, label 0 around x = −1 (unit-variance Gaussians, \
      \(samples) points). The model p = σ(w·x + b) with binary cross-entropy from logits has no closed-form \
      optimum, but its surface is convex: one valley, gradient descent cannot get stuck.
      """)
    let x = Matrix(columnVector: data.x), labels = Matrix(columnVector: data.labels)
    let grid = Grid(xs: Self.logisticW, ys: Self.logisticB) { w, b in binaryCrossEntropy(logits: x * w + b, labels: labels) }
    let best = Self.argmin(grid)
    book.metric("logistic.argmin_w", best.w)
    book.metric("logistic.argmin_b", best.b)
    book.metric("logistic.min_loss", best.loss)
    book.result("best grid point w = \(best.w.fixed(2)), b = \(best.b.fixed(2)), cross-entropy \(best.loss.fixed(6)) (ln 2 = 0.693147 is the loss of always answering ½)")
    var surface = Panel(title: "Cross-entropy over (w, b)", xLabel: "slope w", yLabel: "intercept b", zLabel: "BCE", key: .hidden, layers: [.surface(grid)])
    surface.view = (55, 35)
    surface.palette = Self.palette
    let contour = contourPanel("Cross-entropy contours", grid, colorLabel: "BCE", marks: [("grid minimum", best.w, best.b, 6)])
    book.figure(Figure(name: "logistic-surface", title: "Logistic regression: binary cross-entropy over (w, b)", rows: 1, columns: 2,
                       width: 1400, height: 600, panels: [surface, contour]),
                caption: "The cross-entropy of logistic regression: a convex valley, steep across the boundary's direction and gently sloped along it.")
  }
}
