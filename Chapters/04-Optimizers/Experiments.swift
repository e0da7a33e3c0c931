import Foundation
import NeuralKit
import NotebookKit

// MARK: - 2.4 Stochastic, minibatch and full-batch gradient descent

extension OptimizersChapter {
  static let regression = (count: 100, slope: 2.0, intercept: 1.0, range: 2.0, noise: 0.5)
  static let regressionStart = (w: -1.0, b: -2.0)
  static let regressionRate = 0.05
  static let regressionEpochs = 20

  func stochasticVersusFullBatch(_ book: Notebook) {
    book.subsection("Full batch, minibatch, one sample: GD against SGD")
    let r = Self.regression
    var generator = SeededGenerator(seed: chapter.seed)
    let problem = LinearRegressionProblem.sample(count: r.count, slope: r.slope, intercept: r.intercept, range: r.range, noise: r.noise, using: &generator)
    book.text("\(r.count) points y = \(r.slope.fixed(0))x + \(r.intercept.fixed(0)) + noise (x uniform in [−2, 2), noise N(0, 0.5²), seed \(chapter.seed)); fit y ≈ wx + b by mean squared error from (w, b) = (−1, −2) with η = \(Self.regressionRate) for \(Self.regressionEpochs) epochs (passes over the data). Full batch takes one step per epoch on the exact gradient; SGD takes 100 steps per epoch on one sample each; minibatches of 16 take 7.")
    book.formula("L(w, b) = (1/n)·Σᵢ (w·xᵢ + b − yᵢ)²,   ∇ on a batch B: (2/|B|)·Σ_{i∈B} rᵢ·(xᵢ, 1)",
                 tex: #"L(w,b) = \frac{1}{n}\sum_i (w x_i + b - y_i)^2, \qquad \nabla_B L = \frac{2}{|B|}\sum_{i\in B} r_i\,(x_i, 1)"#)
    let best = problem.leastSquares
    let bestLoss = problem.loss(w: best.w, b: best.b)
    book.metric("regression.optimum.w", best.w)
    book.metric("regression.optimum.b", best.b)
    book.metric("regression.optimum.loss", bestLoss)
    var rows: [[String]] = [], paths: [(String, (w: [Double], b: [Double]))] = []
    for (name, batch) in [("gd", r.count), ("minibatch", 16), ("sgd", 1)] {
      // Both stochastic runs shuffle with a second generator, seed + 1, so they see the same epoch orders.
      var shuffler = SeededGenerator(seed: chapter.seed &+ 1)
      let path = problem.descend(from: Self.regressionStart, learningRate: Self.regressionRate, epochs: Self.regressionEpochs, batchSize: batch, shuffler: &shuffler)
      let (w, b) = (path.w[path.w.count - 1], path.b[path.b.count - 1])
      let loss = problem.loss(w: w, b: b)
      book.metric("regression.\(name).final_loss", loss)
      rows.append([name, "\(batch)", "\(path.w.count - 1)", w.fixed(4), b.fixed(4), loss.fixed(6)])
      paths.append((name, path))
    }
    rows.append(["least squares", "", "", best.w.fixed(4), best.b.fixed(4), bestLoss.fixed(6)])
    book.table(["method", "batch", "updates", "w", "b", "L(w, b) on all data"], rows)
    book.text("Per epoch SGD makes a hundred cheap noisy steps and gets near the optimum in the first pass, then jitters around it: at a fixed η its noise never dies out, so its final loss sits above the least-squares minimum. Full batch moves smoothly but only 20 times. Minibatches sit in between, with less jitter.")
    regressionFigure(book, problem, paths, best: best)
  }

  func regressionFigure(_ book: Notebook, _ problem: LinearRegressionProblem, _ paths: [(String, (w: [Double], b: [Double]))], best: (w: Double, b: Double)) {
    let view = (x: -1.5...3.0, y: -2.5...2.0)
    let lines = paths.enumerated().map { index, run in
      PlotLayer.series(Series(run.0, x: run.1.w, y: run.1.b, style: run.0 == "gd" ? .linesPoints : .lines, color: seriesColors[index],
                          lineWidth: run.0 == "sgd" ? 0.8 : 1.6, pointType: 7, pointSize: 0.6))
    }
    let map = Figures.mapPanel("Paths over the loss L(w, b)", problem.loss, view,
                               layers: lines + Figures.markers(start: (Self.regressionStart.w, Self.regressionStart.b), minimum: (best.w, best.b), titled: true, minimumTitle: "least squares"),
                               key: .bottomRight)
    var withLabels = map
    (withLabels.xLabel, withLabels.yLabel) = ("w", "b")
    let curves = paths.enumerated().map { index, run in
      let updatesPerEpoch = Double(run.1.w.count - 1) / Double(Self.regressionEpochs)
      return PlotLayer.series(Series(run.0, x: run.1.w.indices.map { Double($0) / updatesPerEpoch },
                                 y: zip(run.1.w, run.1.b).map { problem.loss(w: $0, b: $1) }, color: seriesColors[index], lineWidth: 1.4))
    }
    let lossPanel = Panel(title: "Loss on all data", xLabel: "epoch", yLabel: "L(w, b) (log scale)", logY: true, key: .topRight, layers: curves,
                          annotations: [.horizontalLine(y: problem.loss(w: best.w, b: best.b), label: nil)])
    book.figure(Figure(name: "regression-batches", title: "Full batch against minibatch (16) against SGD (1)", rows: 1, columns: 2,
                       width: 1400, height: 620, panels: [withLabels, lossPanel]),
                caption: "Left: the three paths over the contours of L(w, b), from the open circle to near the least-squares star. Right: L on all data against epochs; the dashed line is the least-squares minimum.")
  }

  // MARK: - 2.4 Step size and stability

  static let sweepSteps = 200  // long enough that a growth factor 1 + 10⁻⁹ per step shows over the second half

  func stepSizeAndStability(_ book: Notebook) {
    book.subsection("Step size and stability")
    book.text("On f = 0.1x² + 2y² gradient descent multiplies x by (1 − 0.2η) and y by (1 − 4η) at every step. It converges when both factors lie in (−1, 1): η < 2/λ_max with λ_max = 4 the largest curvature (eigenvalue of the Hessian).")
    book.formula("y_t = (1 − 4η)ᵗ·y₀ → 0  ⇔  |1 − 4η| < 1  ⇔  0 < η < 2/λ_max = 0.5",
                 tex: #"y_t = (1 - 4\eta)^t\, y_0 \to 0 \iff |1 - 4\eta| < 1 \iff 0 < \eta < 2/\lambda_{\max} = 0.5"#)
    let theory = 2.0 / 4.0
    let run = StandardRun.named(.quadratic)
    func finalLoss(_ lr: Double, steps: Int) -> Trajectory {
      let gd = GradientDescent(learningRate: lr)
      return TestFunction.quadratic.descend(from: run.start, using: gd, steps: steps)
    }
    var rows: [[String]] = []
    for lr in [0.01, 0.1, 0.25, 0.45, 0.49, 0.5, 0.51, 0.55] {
      let observed = finalLoss(lr, steps: run.steps).final.loss
      let closed = 0.1 * pow(run.start.x * pow(1 - 0.2 * lr, 50), 2) + 2 * pow(run.start.y * pow(1 - 4 * lr, 50), 2)
      book.metric("quadratic.gd.sweep_final_loss@\(lr)", observed)
      rows.append(["\(lr)", observed.significant(6), closed.significant(6)])
    }
    book.table(["η", "f after 50 steps", "closed form 0.1(x₀(1−0.2η)⁵⁰)² + 2(y₀(1−4η)⁵⁰)²"], rows)
    let bracket = divergenceThreshold(stable: 0.25, divergent: 1, iterations: 30) { finalLoss($0, steps: Self.sweepSteps).isGrowing }
    let observed = (bracket.stable + bracket.divergent) / 2
    book.metric("quadratic.gd.divergence_lr", observed)
    book.metric("quadratic.gd.divergence_lr_theory", theory)
    book.result("observed divergence threshold \(observed.fixed(7)) ± \(((bracket.divergent - bracket.stable) / 2).significant(1)) (bisection on \"the loss grows over the second half of \(Self.sweepSteps) steps\"); theory 2/λ_max = \(theory)")
    let rates = (0...70).map { pow(10, -3 + 3 * Double($0) / 70) * 0.7 }
    book.figure(Figure(name: "quadratic-step-sizes", Panel(
      title: "GD on 0.1x² + 2y²: loss after 50 steps against learning rate", xLabel: "learning rate η (log scale)", yLabel: "f after 50 steps (log scale)",
      xRange: AxisRange(5e-4, 5), logX: true, logY: true, key: .topLeft,
      layers: [.series(Series("f after 50 steps", x: rates, y: rates.map { finalLoss($0, steps: run.steps).final.loss }, style: .linesPoints, pointType: 7, pointSize: 0.6))],
      annotations: [.verticalLine(x: theory, label: "2/λ_max = 0.5"), .horizontalLine(y: TestFunction.quadratic.value(run.start.x, run.start.y), label: "f at the start")])),
      caption: "Too small a step barely moves in 50 steps; the loss falls fastest just below 2/λ_max and explodes above it.")
  }
}
