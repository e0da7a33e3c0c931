import ArgumentParser
import NeuralKit
import NotebookKit

/// Chapter 04: the update rules the source text lists without formulas, run on three surfaces and drawn.
///
/// The chapter's sections live in extensions beside this file, so the entry point is a call at the end
/// of this file rather than `@main`.
struct OptimizersChapter: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch04-optimizers",
    abstract: "Chapter 04 · Optimizers: seven update rules that match torch.optim, and their paths on three surfaces.",
    discussion: """
      States GD, momentum, Nesterov, AdaGrad, RMSprop, Adam and AdamW, runs each on a quadratic bowl, \
      Rosenbrock's valley and Beale's function, compares full-batch with stochastic gradient descent, and \
      finds the step size where gradient descent diverges. Any of --function, --optimizer, --lr, --steps or \
      --start adds one custom run (the options not given come from that function's standard run). \
      --seed draws the regression data; the standard runs do not depend on it.
      """)

  @OptionGroup var chapter: ChapterOptions

  @Option(help: "Custom run: the surface (default: rosenbrock).")
  var function: TestFunction?

  @Option(help: "Custom run: the update rule (default: adam).")
  var optimizer: OptimizerKind?

  @Option(parsing: .unconditional, help: "Custom run: the learning rate (finite, > 0; default: the standard table's rate).")
  var lr: PositiveDouble?

  @Option(help: "Custom run: the number of steps (≥ 1; default: the standard run's).")
  var steps: PositiveInt?

  @Option(parsing: .unconditional, help: ArgumentHelp("Custom run: the start point, e.g. --start -1,2 (default: the standard start).", valueName: "x,y"))
  var start: StartPoint?

  func run() throws {
    try Notebook.run(slug: "04-optimizers", title: "Chapter 04 · Optimizers: update rules, paths and step sizes", options: chapter) { book in
      introduction(book)
      updateRules(book)
      stochasticVersusFullBatch(book)
      stepSizeAndStability(book)
      book.section("3.4", "优化算法的更新", "Optimizer updates")
      book.text("The source's §3.4 ends with \"the update formula is as follows:\" and nothing after it. The formulas are above; here each runs on three surfaces from the same start, with the learning rates of this table (AdamW with weight decay λ = 0.01, momentum μ = 0.9).")
      book.table(["function", "start", "steps"] + OptimizerKind.allCases.map(\.rawValue),
                 StandardRun.all.map { run in
                   [run.function.rawValue, "(\(run.start.x.significant(3)), \(run.start.y.significant(3)))", "\(run.steps)"]
                     + OptimizerKind.allCases.map { run.learningRate($0).significant(3) }
                 })
      for run in StandardRun.all { surfaceRuns(book, run) }
      chaos(book)
      if let custom = customRun { customExperiment(book, custom) }
      book.tryThis([
        "`--function rosenbrock --optimizer adam --lr 0.1`: five times the table's step lands on (1, 1) within the 2000 steps.",
        "`--function quadratic --optimizer gd --lr 0.51 --steps 10000`: just past 2/λ_max = 0.5, y grows by a factor 1.04 per step and the loss overflows near step 9000.",
        "`--function beale --optimizer momentum --lr 0.01`: ten times the table's rate; the path leaves the plot and the run stops with `diverged` at step 10.",
        "`--function rosenbrock --optimizer rmsprop --start -1.5,2.000001`: a nudge of 10⁻⁶ moves the chaotic run's end point by about 0.005.",
        "In the per-optimizer panels, compare AdaGrad's shrinking steps with RMSprop's steps that never shrink.",
      ])
    }
  }

  // MARK: - 2.4 优化算法 · Optimizers

  func introduction(_ book: Notebook) {
    book.section("2.4", "优化算法", "Optimizers")
    book.text("""
      Training moves the parameters θ downhill on the loss f(θ). The source lists gradient descent, SGD, \
      momentum, RMSprop and Adam without one formula, calls both RMSprop and Adam \"momentum combined with \
      gradient descent\" and lists Adam twice. The fix: momentum carries a velocity (a running sum of past \
      gradients); RMSprop carries no velocity at all, it divides each coordinate's step by a running \
      root-mean-square of its gradients (an adaptive step size); Adam does both, with a correction for \
      starting its averages at zero. Below, every rule as torch.optim computes it (g = ∇f(θ), η the learning rate).
      """)
  }

  func updateRules(_ book: Notebook) {
    book.subsection("Seven update rules")
    for rule in UpdateRule.all {
      book.text("\(rule.name): \(rule.summary) (\(rule.citation)).")
      book.formula(rule.unicode, tex: rule.tex)
    }
    book.text("Unit tests run each rule for three steps on f(θ) = θ² against values worked by hand, and on two parameter matrices at once against torch.optim; this chapter's 21 runs are checked against torch.optim in float64.")
  }

  /// The custom run's settings, when any custom option was given.
  var customRun: (run: StandardRun, kind: OptimizerKind, learningRate: Double, steps: Int, start: (x: Double, y: Double))? {
    guard function != nil || optimizer != nil || lr != nil || steps != nil || start != nil else { return nil }
    let run = StandardRun.named(function ?? .rosenbrock)
    let kind = optimizer ?? .adam
    return (run, kind, lr?.value ?? run.learningRate(kind), steps?.value ?? run.steps, start.map { ($0.x, $0.y) } ?? run.start)
  }
}

OptimizersChapter.main()

// Options name an optimizer or a test function directly: `--optimizer adam --function beale`.
extension OptimizerKind: ExpressibleByArgument {}
extension TestFunction: ExpressibleByArgument {}
