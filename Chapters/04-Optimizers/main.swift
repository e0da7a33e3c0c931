import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 04: the update rules the source text lists without formulas, run on three surfaces and drawn.
struct OptimizersChapter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch04-optimizers",
    abstract: "Chapter 04 · Optimizers: seven update rules that match torch.optim, and their paths on three surfaces.",
    discussion: """
      States GD, momentum, Nesterov, AdaGrad, RMSprop, Adam and AdamW, runs each on a quadratic bowl, \
      Rosenbrock's valley and Beale's function, compares full-batch with stochastic gradient descent, finds \
      the step size where gradient descent diverges and tunes GD and momentum on the bowl. The last section \
      is your run: by default Adam on Rosenbrock; the options below change it (those not given come from \
      that function's standard run and torch's defaults). --seed draws the regression data only. The prose \
      is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup(title: "Your run") var custom: CustomRunOptions

  func run() throws {
    try Notebook.run(slug: "04-optimizers", options: chapter) { book in
      stochasticVersusFullBatch(book, seed: chapter.seed)
      stepSizeAndStability(book)
      book.rows("rates.rows", StandardRun.all.map { run in
        [run.function.rawValue, "(\(run.start.x.significant(3)), \(run.start.y.significant(3)))", "\(run.steps)"]
          + OptimizerKind.allCases.map { run.learningRate($0).significant(3) }
      })
      for run in StandardRun.all { surfaceRuns(book, run) }
      chaos(book)
      try yourRun(book, custom)
    }
  }
}

OptimizersChapter.main()

// MARK: - 2.4 Full batch, minibatch, one sample: GD against SGD

func stochasticVersusFullBatch(_ book: Notebook, seed: UInt64) {
  var generator = SeededGenerator(seed: seed)
  let problem = LinearRegressionProblem.sample(
    count: 100, slope: 2, intercept: 1, range: 2, noise: 0.5, using: &generator)
  let start = (w: -1.0, b: -2.0), epochs = 20, best = problem.leastSquares
  book["seed"] = "\(seed)"
  book.metric("regression.optimum.w", best.w, shown: .fixed(4))
  book.metric("regression.optimum.b", best.b, shown: .fixed(4))
  book.metric("regression.optimum.loss", problem.loss(w: best.w, b: best.b), shown: .fixed(6))
  var rows: [[String]] = [], paths: [MapPath] = [], curves: [PlotLayer] = []
  for (index, (name, batch)) in [("gd", 100), ("minibatch", 16), ("sgd", 1)].enumerated() {
    // Both stochastic runs shuffle with a second generator, seed + 1, so they see the same epoch orders.
    var shuffler = SeededGenerator(seed: seed &+ 1)
    let path = problem.descend(from: start, learningRate: 0.05, epochs: epochs, batchSize: batch, shuffler: &shuffler)
    let (w, b) = (path.w[path.w.count - 1], path.b[path.b.count - 1]), loss = problem.loss(w: w, b: b)
    book.metric("regression.\(name).final_loss", loss)
    rows.append([name, "\(batch)", "\(path.w.count - 1)", w.fixed(4), b.fixed(4), loss.fixed(6)])
    let (color, width) = (seriesColors[index], name == "sgd" ? 0.8 : 1.4)
    paths.append(MapPath(name, xs: path.w, ys: path.b, color: color, lineWidth: width))
    let perEpoch = Double(path.w.count - 1) / Double(epochs)
    curves.append(.series(Series(name, x: path.w.indices.map { Double($0) / perEpoch },
                                 y: zip(path.w, path.b).map { problem.loss(w: $0, b: $1) }, color: color,
                                 lineWidth: 1.4, dashType: ContourMap.dashCycle[index])))
  }
  book.rows("regression.rows", rows)
  let ends = marks(start: (start.w, start.b), minimum: (best.w, best.b), minimumTitle: "least squares")
  var map = contourMap("Paths over the loss L(w, b)", problem.loss, (-1.5...3, -2.5...2), floor: 0.1, paths: paths,
                       marks: ends, key: .bottomRight)
  (map.xLabel, map.yLabel) = ("w", "b")
  let lossPanel = Panel(title: "Loss on all data", xLabel: "epoch", yLabel: "L(w, b) (log scale)", logY: true,
                        key: .topRight, layers: curves,
                        annotations: [.horizontalLine(y: problem.loss(w: best.w, b: best.b), label: nil)])
  book.figure(.smallMultiples("regression-batches", title: "Full batch against minibatch (16) against SGD (1)",
                              [map.panel, lossPanel], width: 1400, height: 620))
}

// MARK: - 2.4 Step size and stability

func stepSizeAndStability(_ book: Notebook) {
  let run = StandardRun.named(.quadratic), (low, high) = quadraticCurvatures
  func gd(_ lr: Double, steps: Int = 50) -> Trajectory {
    TestFunction.quadratic.descend(from: run.start, using: GradientDescent(learningRate: lr), steps: steps)
  }
  book.rows("sweep.rows", [0.01, 0.1, 0.25, 0.45, 0.49, 0.5, 0.51, 0.55].map { lr in
    let observed = gd(lr).final.loss
    let (x, y) = (run.start.x * pow(1 - low * lr, 50), run.start.y * pow(1 - high * lr, 50))
    let closed = 0.1 * pow(x, 2) + 2 * pow(y, 2)
    book.metric("quadratic.gd.sweep_final_loss@\(lr)", observed)
    return ["\(lr)", observed.significant(6), closed.significant(6)]
  })
  let sweepSteps = 200  // long enough that a growth factor 1 + 10⁻⁹ per step shows over the second half
  let bracket = divergenceThreshold(stable: 0.25, divergent: 1, iterations: 30) {
    gd($0, steps: sweepSteps).isGrowing
  }
  book.metric("quadratic.gd.divergence_lr", (bracket.stable + bracket.divergent) / 2, shown: .fixed(7))
  book["quadratic.gd.divergence_bracket"] = ((bracket.divergent - bracket.stable) / 2).significant(1)
  book.metric("quadratic.gd.divergence_lr_theory", 2 / high, shown: .significant(3))
  let best = 2 / (low + high), kappa = high / low
  book.metric("quadratic.gd_optimal_lr", best, shown: .significant(6))
  book.metric("quadratic.gd.optimal_rate_theory", (kappa - 1) / (kappa + 1), shown: .significant(6))
  book.metric("quadratic.gd_optimal.final_loss", gd(best).final.loss, shown: .significant(4))
  let rates = (0...70).map { pow(10, -3 + 3 * Double($0) / 70) * 0.7 }
  book.figure(Figure(name: "quadratic-step-sizes", Panel(
    title: "GD on 0.1x² + 2y²: loss after 50 steps against learning rate", xLabel: "learning rate η (log scale)",
    yLabel: "f after 50 steps (log scale)", xRange: AxisRange(5e-4, 5), logX: true, logY: true, key: .topLeft,
    layers: [.series(Series("f after 50 steps", x: rates, y: rates.map { gd($0).final.loss }, style: .linesPoints,
                            pointType: 7, pointSize: 0.6))],
    annotations: [.verticalLine(x: best, label: nil), .verticalLine(x: 2 / high, label: nil),
                  .text("fastest: 2/(λ_min + λ_max) = \(best.significant(3)) →", graphX: 0.38, graphY: 0.93),
                  .text("unstable beyond 2/λ_max = \(2 / high) →", graphX: 0.42, graphY: 0.83),
                  .horizontalLine(y: run.function.value(run.start.x, run.start.y), label: "f at the start")])))
}

// MARK: - 3.4 优化算法的更新 · Optimizer updates: the standard runs

func surfaceRuns(_ book: Notebook, _ run: StandardRun) {
  let f = run.function, name = f.rawValue
  var rows: [[String]] = [], paths: [Run] = []
  for kind in OptimizerKind.allCases {
    let path = f.descend(from: run.start, using: run.optimizer(kind), steps: run.steps), end = path.final
    for (quantity, value) in [("final_x", end.x), ("final_y", end.y), ("final_loss", end.loss)] {
      book.metric("\(name).\(kind.rawValue).\(quantity)", value)
    }
    rows.append([kind.rawValue, run.learningRate(kind).significant(3), end.x.fixed(6), end.y.fixed(6),
                 end.loss.significant(4)])
    paths.append((kind, path))
  }
  book.rows("\(name).rows", rows)
  book["\(name).coinciding"] = coinciding(paths)
  let start = marks(start: run.start, minimum: f.minimum)
  func map(_ title: String?, _ lines: [MapPath], key: KeyPosition) -> ContourMap {
    contourMap(title, f.value, run.view, floor: run.contourFloor, paths: lines, marks: start, key: key)
  }
  let all = map("\(name.capitalized): \(f.formula)", paths.map(mapPath), key: .outside)
  book.figure(.contourMap("\(name)-paths", [all], width: 1000, height: 720))
  book.figure(Figure(name: "\(name)-loss", Panel(
    title: "\(name.capitalized): loss against step", xLabel: "step", yLabel: "f (log scale)", logY: true,
    key: .outside, layers: paths.map(lossCurve))))
  book.figure(.contourMap("\(name)-panels", title: "\(name.capitalized): one panel per optimizer", paths.map {
    let rate = run.learningRate($0.kind).significant(3), loss = $0.path.final.loss.significant(2)
    let alone = MapPath(nil, xs: $0.path.xs, ys: $0.path.ys, color: style($0.kind).color, dashType: 1)
    return map("\($0.kind.displayName), lr \(rate): f = \(loss)", [alone], key: .hidden)
  }, rows: 2, width: 1600, height: 740))
  switch f {
  case .quadratic: tunedMomentum(book, run, paths)
  case .rosenbrock: firstSteps(book, paths)
  case .beale: adamWBalance(book, f, paths)
  }
}

/// GD at the table's and at the best rate, momentum at the table's and at the heavy-ball rates (Polyak 1964):
/// η = 4/(√λ_max + √λ_min)², μ = ((√κ − 1)/(√κ + 1))², contracting by (√κ − 1)/(√κ + 1) per step.
func tunedMomentum(_ book: Notebook, _ run: StandardRun, _ paths: [Run]) {
  let f = run.function, (low, high) = quadraticCurvatures, kappa = high / low
  let r = (kappa.squareRoot() - 1) / (kappa.squareRoot() + 1)
  let lr = 4 / pow(high.squareRoot() + low.squareRoot(), 2), mu = r * r
  let table = paths.filter { [.gd, .momentum].contains($0.kind) }.map(\.path)
  guard table.count == 2 else { return }
  book["quadratic.gd.final_loss"] = table[0].final.loss.significant(4)
  book["quadratic.momentum.final_loss"] = table[1].final.loss.significant(4)
  book.metric("quadratic.gd.rate_theory", max(abs(1 - 0.4 * low), abs(1 - 0.4 * high)), shown: .significant(4))
  book.metric("quadratic.momentum.rate_theory", heavyBallRate(0.1, 0.9, [low, high]), shown: .significant(4))
  book.metric("quadratic.momentum_tuned.lr", lr, shown: .significant(4))
  book.metric("quadratic.momentum_tuned.momentum", mu, shown: .significant(4))
  book.metric("quadratic.momentum.optimal_rate_theory", r, shown: .significant(4))
  let tuned = f.descend(from: run.start, using: Momentum(learningRate: lr, momentum: mu), steps: run.steps)
  let best = f.descend(from: run.start, using: GradientDescent(learningRate: 2 / (low + high)), steps: run.steps)
  book.metric("quadratic.momentum_tuned.final_loss", tuned.final.loss, shown: .significant(3))
  let runs = [("gd, η = 0.4", table[0]), ("gd, η = 2/(λ_min + λ_max)", best),
              ("momentum, η = 0.1, μ = 0.9", table[1]), ("momentum, heavy-ball η and μ", tuned)]
  let paths = runs.enumerated().map { MapPath($1.0, xs: $1.1.xs, ys: $1.1.ys, color: seriesColors[$0]) }
  let view = (x: widened(run.view.x, runs.flatMap(\.1.xs)), y: widened(run.view.y, runs.flatMap(\.1.ys)))
  let map = contourMap("Quadratic: GD and momentum, as tabled and tuned", f.value, view, floor: run.contourFloor,
                       paths: paths, marks: marks(start: run.start, minimum: f.minimum), key: .below)
  let loss = Panel(title: "Loss against step", xLabel: "step", yLabel: "f (log scale)", logY: true, key: .hidden,
                   layers: runs.enumerated().map {
                     lossCurve($1.0, $1.1, color: seriesColors[$0], dash: ContourMap.dashCycle[$0])
                   })
  book.figure(.smallMultiples("quadratic-tuned", title: "Tuning GD and momentum on 0.1x² + 2y²", [map.panel, loss],
                              width: 1400, height: 620))
}

/// The heavy ball's contraction per step on curvatures `lambdas`: the largest root of z² − (1 + μ − ηλ)z + μ.
func heavyBallRate(_ lr: Double, _ mu: Double, _ lambdas: [Double]) -> Double {
  lambdas.map { lambda in
    let b = 1 + mu - lr * lambda, discriminant = b * b - 4 * mu
    return discriminant < 0 ? mu.squareRoot() : (abs(b) + discriminant.squareRoot()) / 2
  }.max() ?? 0
}

/// AdaGrad's and RMSprop's first steps on Rosenbrock: each coordinate moves by η and by η/√(1 − α) = 10η.
func firstSteps(_ book: Notebook, _ paths: [Run]) {
  for (kind, path) in paths where [.adagrad, .rmsprop].contains(kind) && path.stepsTaken > 0 {
    book.metric("rosenbrock.\(kind.rawValue).first_step", abs(path.xs[1] - path.xs[0]), shown: .significant(6))
    if kind == .adagrad { book.metric("rosenbrock.adagrad.first_step_loss", path.losses[1], shown: .significant(6)) }
  }
}

/// Where AdamW rests: ∇f(θ) against the decay's pull −λθ(√v̂ + ε), v̂ rebuilt from the path's gradients.
func adamWBalance(_ book: Notebook, _ f: TestFunction, _ paths: [Run]) {
  guard let path = paths.first(where: { $0.kind == .adamw })?.path else { return }
  let beta2 = OptimizerKind.standardBetas.beta2, lambda = OptimizerKind.standardWeightDecay
  var v = (x: 0.0, y: 0.0)
  for t in 0..<path.stepsTaken {
    let g = f.gradient(path.xs[t], path.ys[t])
    v = (beta2 * v.x + (1 - beta2) * g.x * g.x, beta2 * v.y + (1 - beta2) * g.y * g.y)
  }
  let correction = 1 - pow(beta2, Double(path.stepsTaken)), end = path.final, g = f.gradient(end.x, end.y)
  func pull(_ theta: Double, _ v: Double) -> Double {
    -lambda * theta * ((v / correction).squareRoot() + OptimizerKind.standardEpsilon)
  }
  for (axis, gradient, balance) in [("x", g.x, pull(end.x, v.x)), ("y", g.y, pull(end.y, v.y))] {
    book.metric("\(f.rawValue).adamw.gradient_\(axis)", gradient, shown: .significant(3))
    book.metric("\(f.rawValue).adamw.balance_\(axis)", balance, shown: .significant(3))
  }
}

// MARK: - 3.4 Which runs are chaotic

func chaos(_ book: Notebook) {
  let nudge = 1e-9  // far below any visible change, far above rounding (~1e-16 relative)
  book.rows("chaos.rows", StandardRun.all.map { run in
    [run.function.rawValue] + OptimizerKind.allCases.map { kind in
      let sensitivity = run.function.startSensitivity(from: run.start, steps: run.steps, delta: nudge) {
        run.optimizer(kind)
      }
      book.metric("\(run.function.rawValue).\(kind.rawValue).sensitivity", sensitivity)
      return sensitivity.significant(2)
    }
  })
}

// MARK: - 3.4 Your run

func yourRun(_ book: Notebook, _ options: CustomRunOptions) throws {
  let run = StandardRun.named(options.function ?? .rosenbrock), f = run.function, kind = options.optimizer ?? .adam
  let lr = options.lr?.value ?? run.learningRate(kind), steps = options.steps?.value ?? run.steps
  let start = options.start.map { (x: $0.x, y: $0.y) } ?? run.start
  guard f.value(start.x, start.y).isFinite else {
    // A runtime error (one `error:` line, exit 1): the start is in range, the loss there is not.
    throw ValidationError("f(\(start.x), \(start.y)) on \(f.rawValue) is not finite: choose a start nearer the minimum")
  }
  let path = f.descend(from: start, using: options.make(kind, learningRate: lr), steps: steps), end = path.final
  book["custom.settings"] = "\(kind.displayName) on \(f.rawValue), lr \(lr), \(steps) steps from \(start)"
  if let step = path.divergedAtStep { book.metric("custom.diverged_at_step", Double(step)) }
  book.metric("custom.steps_taken", Double(path.stepsTaken))
  book.metric("custom.final_x", end.x)
  book.metric("custom.final_y", end.y)
  book.metric("custom.final_loss", end.loss)
  book["custom.outcome"] = path.divergedAtStep.map {
    "diverged: step \($0) produced a non-finite point or loss; the run stops there and the figure shows the "
      + "\(path.stepsTaken) finite steps before it"
  } ?? "after \(path.stepsTaken) steps: (x, y) = (\(end.x.significant(8)), \(end.y.significant(8))), "
    + "f = \(end.loss.significant(6))"
  let view = (x: widened(run.view.x, path.xs), y: widened(run.view.y, path.ys))
  let outcome = path.divergedAtStep.map { "diverged at step \($0)" } ?? "f = \(end.loss.significant(3))"
  let map = contourMap("\(kind.displayName) on \(f.rawValue), lr \(lr): \(outcome)", f.value, view,
                       floor: run.contourFloor, paths: [mapPath((kind, path))],
                       marks: marks(start: start, minimum: f.minimum), key: .bottomRight)
  let loss = Panel(title: "Loss against step", xLabel: "step", yLabel: "f (log scale)", logY: true, key: .hidden,
                   layers: [lossCurve((kind, path))])
  book.figure(.smallMultiples("custom", title: "Your run", [map.panel, loss], width: 1400, height: 620))
}

/// The standard view, widened to hold a path that stays within 10× its size (a wandering one, not a blow-up).
func widened(_ range: ClosedRange<Double>, _ values: [Double]) -> ClosedRange<Double> {
  let low = min(range.lowerBound, values.min() ?? range.lowerBound)
  let high = max(range.upperBound, values.max() ?? range.upperBound)
  return high - low <= 10 * (range.upperBound - range.lowerBound) ? low...high : range
}
