import Foundation
import NeuralKit
import NotebookKit

// MARK: - 3.3 The loss surfaces of linear and logistic regression

/// Loss surfaces over the two parameters (w, b) of a one-input model.
struct Surfaces {
  let samples: Int
  let noise: Double
  let seed: UInt64

  /// Light at the minimum, dark where the loss is high, for heatmaps and surfaces alike.
  static let palette = "defined (0 '#f7fbff', 0.5 '#6baed6', 1 '#08306b')"
  /// The (w, b) grids the surfaces are sampled on: steps of 0.1.
  static let regressionW = linspace(-1, 5, count: 61), regressionB = linspace(-2, 4, count: 61)
  static let logisticW = linspace(-1, 5, count: 61), logisticB = linspace(-3, 3, count: 61)
  /// The zoom around the optimum shows at least ±0.1, and 60 % more than the marks' spread each way.
  static let zoomHalfWidth = 0.1, zoomMargin = 1.2

  /// The grid point with the smallest value: (w, b, loss).
  static func argmin(_ grid: Grid) -> (w: Double, b: Double, loss: Double) {
    var best = (w: grid.xs[0], b: grid.ys[0], loss: Double.infinity)
    for (i, b) in grid.ys.enumerated() {
      for (j, w) in grid.xs.enumerated() where grid.values[i][j] < best.loss { best = (w, b, grid.values[i][j]) }
    }
    return best
  }

  func regression(_ book: Notebook) {
    var generator = SeededGenerator(seed: seed)
    let data = LinearRegressionProblem.sample(
      count: samples, slope: 2, intercept: 1, range: 2, noise: noise, using: &generator)
    let x = Matrix(columnVector: data.x), y = Matrix(columnVector: data.y)
    func mse(_ w: Double, _ b: Double) -> Double { meanSquaredError(x * w + b, y) }
    let grid = Grid(xs: Self.regressionW, ys: Self.regressionB, mse)
    let best = Self.argmin(grid), ols = data.leastSquares, n = Double(samples)
    book["samples"] = "\(samples)"
    book["noise"] = "\(noise)"
    book["seed"] = "\(seed)"
    book.metric("surface.argmin_w", best.w, shown: .fixed(2))
    book.metric("surface.argmin_b", best.b, shown: .fixed(2))
    book.metric("surface.min_mse", best.loss, shown: .fixed(6))
    book.metric("ols.w", ols.w, shown: .fixed(6))
    book.metric("ols.b", ols.b, shown: .fixed(6))
    book.metric("ols.mse", mse(ols.w, ols.b), shown: .fixed(6))
    // The line the data came from leaves exactly the noise: its MSE is the noise's mean square.
    book.metric("true_line.mse", mse(2, 1), shown: .fixed(6))
    book["noise.variance"] = (noise * noise).significant(4)
    book.metric("true_line.mse_sd", noise * noise * (2 / n).squareRoot(), shown: .significant(3))
    book.metric("ols.expected_mse", noise * noise * (n - 2) / n, shown: .significant(4))
    let xs = linspace(-2, 2, count: 2)
    book.figure(Figure(name: "regression-data", Panel(
      title: "The data and the least-squares line", xLabel: "x", yLabel: "y", key: .topLeft, layers: [
        .series(Series("data", x: data.x, y: data.y, style: .points, pointType: 7, pointSize: 0.9)),
        .series(Series("least squares ŷ = \(ols.w.fixed(3))x + \(ols.b.fixed(3))", x: xs) { ols.w * $0 + ols.b }),
        .series(Series("y = 2x + 1", x: xs, color: "#555555", dashType: 2) { 2 * $0 + 1 }),
      ])))
    book.figure(Figure(name: "mse-surface", surface("MSE over (w, b)", grid, zLabel: "MSE")))
    let marks = [MapMark("least squares (w*, b*)", x: ols.w, y: ols.b, pointType: 3, size: 2.2),
                 MapMark("grid minimum", x: best.w, y: best.b, pointType: 6, size: 3),
                 MapMark("true line (2, 1)", x: 2, y: 1, pointType: 2, size: 1.6)]
    let zoom = zoomGrid(around: marks, mse)
    book.figure(.contourMap("mse-contour", title: "MSE contours over (w, b)", [
      map("the whole grid", grid, label: "MSE", marks: marks),
      map("zoom on the optimum", zoom, label: "MSE", marks: marks, key: .hidden),
    ], width: 1400, height: 620))
  }

  /// A grid as fine as the marks need: centred on them, wide enough for all of them.
  func zoomGrid(around marks: [MapMark], _ f: (Double, Double) -> Double) -> Grid {
    let ws = marks.map(\.x), bs = marks.map(\.y)
    let (wMin, wMax, bMin, bMax) = (ws.min() ?? 0, ws.max() ?? 0, bs.min() ?? 0, bs.max() ?? 0)
    let half = max(Self.zoomHalfWidth, Self.zoomMargin * max(wMax - wMin, bMax - bMin) / 2)
    let (w, b) = ((wMin + wMax) / 2, (bMin + bMax) / 2)
    return Grid(xs: linspace(w - half, w + half, count: 61), ys: linspace(b - half, b + half, count: 61), f)
  }

  func map(_ title: String, _ grid: Grid, label: String, marks: [MapMark], key: KeyPosition = .topRight) -> ContourMap {
    ContourMap(title: title, xLabel: "slope w", yLabel: "intercept b", grid: grid, levels: 20,
               colorMap: (label, Self.palette), marks: marks, key: key, equalAspect: false)
  }

  func surface(_ title: String, _ grid: Grid, zLabel: String) -> Panel {
    var surface = Panel(title: title, xLabel: "slope w", yLabel: "intercept b", zLabel: zLabel, key: .hidden,
                        layers: [.surface(grid)])
    surface.view = (55, 35)
    surface.palette = Self.palette
    return surface
  }

  /// Two overlapping classes: label i mod 2, x ~ N(+1, 1) for label 1 and N(−1, 1) for label 0, drawn
  /// from a generator seeded with `seed + 1`.
  func logistic(_ book: Notebook) {
    var generator = SeededGenerator(seed: seed &+ 1)
    let labels = (0..<samples).map { Double($0 % 2) }
    let x = Matrix(columnVector: labels.map { 2 * $0 - 1 + generator.nextNormal() }), y = Matrix(columnVector: labels)
    let grid = Grid(xs: Self.logisticW, ys: Self.logisticB) { w, b in binaryCrossEntropy(logits: x * w + b, labels: y) }
    let best = Self.argmin(grid)
    book.metric("logistic.argmin_w", best.w, shown: .fixed(2))
    book.metric("logistic.argmin_b", best.b, shown: .fixed(2))
    book.metric("logistic.min_loss", best.loss, shown: .fixed(6))
    let contour = map("Cross-entropy contours", grid, label: "BCE",
                      marks: [MapMark("grid minimum", x: best.w, y: best.b, pointType: 6, size: 2.2)])
    book.figure(.smallMultiples("logistic-surface", title: "Logistic regression: binary cross-entropy over (w, b)",
                                [surface("Cross-entropy over (w, b)", grid, zLabel: "BCE"), contour.panel],
                                width: 1400, height: 600))
  }
}
