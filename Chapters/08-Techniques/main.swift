import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 08: the techniques that make a network generalize from little data, each measured on the digits.
struct Techniques: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch08-techniques",
    abstract: "Chapter 08 · Training techniques: overfitting, weight decay, dropout, early stopping, BatchNorm, "
      + "schedules, hyper-parameter search.",
    discussion: """
      Trains a wide network on a few hundred digits until it memorizes them, then regularizes it three ways; \
      works batch normalization through a 4×3 example against torch and trains eight sigmoid layers with \
      and without it; draws torch's learning-rate schedules and trains with each; searches learning rate \
      and weight decay on a validation split and reports the test set once. The prose is Lesson.md beside \
      this file.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup var options: TechniqueOptions

  func run() throws {
    try Notebook.run(slug: "08-techniques", options: chapter) { book in
      let seed = chapter.seed
      let split = try DigitsSplit(seed: seed)
      describe(book, split)
      let runs = try overfitting(book, split, options, seed: seed)
      dropout(book, seed: seed)
      earlyStopping(book, runs[.earlyStopping])
      batchNormExample(book)
      try deepNetworks(book, split, seed: seed)
      try schedules(book, split, seed: seed)
      try search(book, split, options, seed: seed)
    }
  }
}

Techniques.main()

// MARK: - 5 未来发展趋势与挑战 · Future trends

func describe(_ book: Notebook, _ split: DigitsSplit) {
  for (name, set) in [("train", split.train), ("validation", split.validation), ("test", split.test)] {
    book["split.\(name)"] = "\(set.count)"
  }
}

// MARK: - 5 过拟合 · Overfitting, seen

typealias OverfittingRuns = [OverfittingStudy.Run: OverfittingStudy.Outcome]

func overfitting(
  _ book: Notebook, _ split: DigitsSplit, _ options: TechniqueOptions, seed: UInt64
) throws -> OverfittingRuns {
  let study = OverfittingStudy(split, trainingSize: options.trainingSize, labelNoise: options.labelNoise, seed: seed)
  describe(book, study, options)
  var runs: OverfittingRuns = [:]
  for run in OverfittingStudy.Run.allCases {
    let progress = ProgressLine("overfitting, \(run.rawValue): epoch")
    let outcome = try study.train(run, options: options, hooks: TrainingHooks(epochDidEnd: {
      progress.update($0.epoch, of: options.epochs, detail: "\($0)")
    }))
    progress.finish()
    runs[run] = outcome
    let key = "overfit.\(run.rawValue)"
    book.metric("\(key).train_accuracy", outcome.kept.train.accuracy ?? 0, shown: .percent(1))
    book.metric("\(key).validation_accuracy", outcome.kept.test?.accuracy ?? 0, shown: .percent(1))
    book.metric("\(key).validation_loss", outcome.kept.test?.loss ?? 0, shown: .fixed(3))
    book.metric("\(key).gap", outcome.gap, shown: .fixed(3))
    book["\(key).kept_epoch"] = "\(outcome.kept.epoch)"
  }
  // One scale for all four panels, from the lowest training loss up to 10.
  let lowest = runs.values.flatMap(\.history.trainLosses).min() ?? 1
  let range = (x: AxisRange(0, Double(options.epochs)), y: AxisRange(pow(10, log10(lowest).rounded(.down)), 10))
  let panels = OverfittingStudy.Run.allCases.compactMap { run in runs[run].map { lossPanel(run, $0, range) } }
  let title = "\(study.small.count) training digits, \(book["overfit.shape"] ?? "") ReLU network: "
    + "train and validation loss"
  book.figure(.smallMultiples("overfit-curves", title: title, panels, rows: 2, width: 1200, height: 860))
  return runs
}

/// The setup of the overfitting runs, as the page states it.
func describe(_ book: Notebook, _ study: OverfittingStudy, _ options: TechniqueOptions) {
  let widths = OverfittingStudy.widths
  book["overfit.training_size"] = "\(study.small.count)"
  book["overfit.wrong_labels"] = "\(Int((options.labelNoise * Double(study.small.count)).rounded()))"
  book["overfit.shape"] = widths.map(String.init).joined(separator: "-")
  book["overfit.weights"] = "\(zip(widths, widths.dropFirst()).map { ($0 + 1) * $1 }.reduce(0, +))"
  book["overfit.learning_rate"] = "\(OverfittingStudy.learningRate)"
  book["overfit.batch_size"] = "\(OverfittingStudy.batchSize)"
  book["overfit.lambda"] = "\(options.weightDecay)"
  book["overfit.p"] = "\(options.dropout)"
  book["overfit.patience"] = "\(options.patience)"
  book.metric("overfit.epochs", Double(options.epochs), shown: .integer)
}

/// Train and validation loss by epoch for one overfitting run; early stopping's kept epoch marked.
func lossPanel(
  _ run: OverfittingStudy.Run, _ outcome: OverfittingStudy.Outcome, _ range: (x: AxisRange, y: AxisRange)
) -> Panel {
  let titles: [OverfittingStudy.Run: String] = [
    .none: "no regularization", .weightDecay: "weight decay (AdamW)", .dropout: "dropout",
    .earlyStopping: "early stopping",
  ]
  let epochs = outcome.history.epochs.map { Double($0.epoch) }
  let marks: [Annotation] = run == .earlyStopping ? [.verticalLine(x: Double(outcome.kept.epoch), label: "kept")] : []
  return Panel(
    title: titles[run], xLabel: "epoch", yLabel: "mean cross-entropy", xRange: range.x, yRange: range.y, logY: true,
    key: .bottomLeft,
    layers: [
      .series(Series("train", x: epochs, y: outcome.history.trainLosses, color: seriesColors[0])),
      .series(Series("validation", x: epochs, y: outcome.history.testLosses, color: seriesColors[1])),
    ], annotations: marks)
}

// MARK: - 5 暂退法 · Dropout

func dropout(_ book: Notebook, seed: UInt64) {
  let side = 1000, p = 0.5  // 10⁶ ones
  let y = Dropout(probability: p, seed: seed).forward(Matrix(rows: side, columns: side, repeating: 1))
  let n = Double(y.count)
  book["dropout.count"] = "\(side) × \(side)"
  book["dropout.p"] = "\(p)"
  book.metric("dropout.mean", y.mean(), shown: .fixed(5))
  book.metric("dropout.zero_fraction", Double(y.storage.filter { $0 == 0 }.count) / n, shown: .fixed(5))
  book["dropout.fraction_sd"] = (p * (1 - p) / n).squareRoot().significant(2)  // binomial: √(p(1 − p)/n)
  book["dropout.mean_sd"] = (p / (1 - p) / n).squareRoot().significant(2)  // y ∈ {0, 1/(1 − p)}: Var = p/(1 − p)
}

// MARK: - 5 早停 · Early stopping

func earlyStopping(_ book: Notebook, _ outcome: OverfittingStudy.Outcome?) {
  let stop = outcome?.history.earlyStopping
  let stoppedAfter = stop?.stoppedAfter ?? outcome?.history.epochs.count ?? 0
  book.metric("overfit.early_stopping.epoch", Double(stoppedAfter), shown: .integer)
  book.metric("overfit.early_stopping.best_epoch", Double(stop?.bestEpoch ?? 0), shown: .integer)
}

// MARK: - 5 批量归一化 · Batch normalization: a worked example

func batchNormExample(_ book: Notebook) {
  let layer = BatchNorm(features: 3)
  layer.gamma.value = Matrix(rowVector: [1, 2, 0.5])
  layer.beta.value = Matrix(rowVector: [0, 0.1, -1])
  let x = Matrix([[1, 2, 3], [4, 5, 6], [7, 8, 10], [-1, 0, 2]])
  let dY = Matrix([[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]])
  let inputs = [("X", x), ("γ", layer.gamma.value), ("β", layer.beta.value), ("dY", dY)]
  book.block("batchnorm.example.inputs", inputs.map { "\($0) = " + $1.bracketed }.joined(separator: "\n"))
  let y = layer.forward(x)
  let dx = layer.backward(dY)
  let (runningMean, runningVariance) = (layer.runningMean, layer.runningVariance)
  layer.setTraining(false)
  let evalY = layer.forward(x)
  for (name, matrix) in [("y", y), ("dx", dx), ("eval_y", evalY)] {
    for r in 0..<matrix.rows {
      for c in 0..<matrix.columns { book.metric("batchnorm.example.\(name).\(r).\(c)", matrix[r, c]) }
    }
    book.block("batchnorm.example.\(name)", matrix.aligned)
  }
  for (name, vector) in [("dgamma", layer.gamma.gradient), ("dbeta", layer.beta.gradient),
                         ("running_mean", runningMean), ("running_var", runningVariance)] {
    for c in 0..<vector.columns { book.metric("batchnorm.example.\(name).\(c)", vector[0, c]) }
    book["batchnorm.example.\(name)"] = vector.row(0).map { $0.fixed(6) }.joined(separator: " | ")  // table cells
  }
}

extension Matrix {
  /// `[1, 2, 3], [4, 5, 6]`: the rows as the page writes an input.
  var bracketed: String {
    nestedRows.map { "[" + $0.map { $0.significant(3) }.joined(separator: ", ") + "]" }.joined(separator: ", ")
  }

  /// One line per row, six decimals, right-aligned in columns of ten.
  var aligned: String {
    nestedRows.map { row in
      row.map { value in
        let text = value.fixed(6)
        return String(repeating: " ", count: max(0, 10 - text.count)) + text
      }.joined()
    }.joined(separator: "\n")
  }
}

// MARK: - 5 批量归一化 · Batch normalization in a deep network

func deepNetworks(_ book: Notebook, _ split: DigitsSplit, seed: UInt64) throws {
  typealias Deep = DeepNetworkStudy
  for (key, value) in [("depth", "\(Deep.depth)"), ("width", "\(Deep.width)"), ("momentum", "\(Deep.momentum)"),
                       ("learning_rate", "\(Deep.learningRate)"), ("epochs", "\(Deep.epochs)")] {
    book["batchnorm.deep.\(key)"] = value
  }
  let with = try Deep.train(batchNorm: true, split, seed: seed)
  let without = try Deep.train(batchNorm: false, split, seed: seed)
  for (name, outcome) in [("with", with), ("without", without)] {
    let history = outcome.history
    book.metric("batchnorm.deep.\(name).loss_at_epoch_5", history.epochs[4].train.loss, shown: .fixed(4))
    book.metric("batchnorm.deep.\(name).validation_accuracy", history.last?.test?.accuracy ?? 0, shown: .percent(1))
  }
  let shape = "\(Deep.depth) sigmoid layers of \(Deep.width)"
  book.figure(.curvesByEpoch(
    "batchnorm-deep", title: "\(shape), SGD with momentum",
    loss: [("with BatchNorm, train", with.history.trainLosses), ("without, train", without.history.trainLosses)],
    accuracy: [("with BatchNorm, validation", with.history.testAccuracies),
               ("without, validation", without.history.testAccuracies)]))
  let panels = (0..<Deep.depth).map { layer in
    (title: "layer \(layer + 1)",
     samples: [("with BatchNorm", with.activations[layer]), ("without", without.activations[layer])])
  }
  book.figure(.histograms(
    "batchnorm-histograms",
    title: "Sigmoid outputs by layer before training (\(split.validation.count) validation images)",
    panels, range: 0...1, bins: 25, xLabel: "sigmoid output", rows: 2, height: 720))
}

// MARK: - 5 学习率调度 · Learning-rate schedules

func schedules(_ book: Notebook, _ split: DigitsSplit, seed: UInt64) throws {
  let checkpoints = ["step": [0, 29, 30, 65, 99], "cosine": [0, 37, 50, 99], "exponential": [0, 20, 99]]
  var curves: [PlotLayer] = [], losses: [(label: String, values: [Double])] = []
  var accuracy: [(label: String, values: [Double])] = []
  for (index, (key, label, schedule)) in ScheduleStudy.schedules.enumerated() {
    let rates = (0..<ScheduleStudy.epochs).map(schedule.learningRate(at:))
    for t in checkpoints[key] ?? [] {
      book.metric("schedule.\(key).lr_at_\(t)", rates[t], shown: .significant(6))
    }
    curves.append(.series(Series(label, x: rates.indices.map(Double.init), y: rates, color: seriesColors[index])))
    let history = try ScheduleStudy.train(schedule, split, seed: seed)
    book.metric("schedule.\(key).final_train_loss", history.last?.train.loss ?? 0, shown: .significant(3))
    book.metric("schedule.\(key).validation_accuracy", history.last?.test?.accuracy ?? 0, shown: .percent(1))
    losses.append((label, history.trainLosses))
    accuracy.append((label, history.testAccuracies))
  }
  book.figure(Figure(name: "schedules", Panel(
    title: "torch.optim.lr_scheduler from η₀ = \(ScheduleStudy.initial)", xLabel: "epoch t",
    yLabel: "learning rate η(t)", logY: true, key: .bottomLeft, layers: curves)))
  book.figure(.curvesByEpoch(
    "schedule-training", title: "64-64-10 digits network, SGD + momentum \(ScheduleStudy.momentum), by schedule",
    loss: losses, accuracy: accuracy))
}

// MARK: - 5 超参数搜索 · Hyper-parameter search on validation only

func search(_ book: Notebook, _ split: DigitsSplit, _ options: TechniqueOptions, seed: UInt64) throws {
  let study = SearchStudy(split: split, seed: seed), defaults = SearchStudy.defaults
  let defaultScore = try study.score(learningRate: defaults.learningRate, weightDecay: defaults.weightDecay)
  book.metric("search.default.validation_accuracy", defaultScore, shown: .percent(1))
  let progress = ProgressLine("search: trial")
  let trials = try study.run(trials: options.trials) { progress.update($0, of: options.trials) }
  progress.finish()
  guard let best = trials.best else { throw ChapterFailure("the search ran no trial") }
  book.metric("search.best.validation_accuracy", best.score, shown: .percent(1))
  book.metric("search.best.learning_rate", best.values[0], shown: .significant(3))
  book.metric("search.best.weight_decay", best.values[1], shown: .significant(3))
  for (key, value) in [("trials", "\(trials.count)"), ("epochs", "\(SearchStudy.searchEpochs)"),
                       ("final_epochs", "\(SearchStudy.finalEpochs)"), ("schedule", options.schedule.rawValue),
                       ("default.learning_rate", "\(defaults.learningRate)"),
                       ("default.weight_decay", "\(defaults.weightDecay)")] {
    book["search.\(key)"] = value
  }
  let everything = split.train.appending(split.validation, name: "digits-train+validation")
  let schedule = options.schedule.schedule(initial: best.values[0], epochs: SearchStudy.finalEpochs)
  let final = try study.train(everything, learningRate: best.values[0], weightDecay: best.values[1],
                              epochs: SearchStudy.finalEpochs, schedule: schedule)
  book.metric("search.best.test_accuracy", final.evaluate(split.test).accuracy ?? 0, shown: .percent(1))
  book.figure(.smallMultiples(
    "search", title: "Random search, \(trials.count) trials of \(SearchStudy.searchEpochs) epochs",
    searchPanels(trials, best: best), width: 1200, height: 520))
}

/// Validation accuracy of every trial against each hyper-parameter, the best one in red.
func searchPanels(_ trials: [SearchTrial], best: SearchTrial) -> [Panel] {
  func points(_ title: String, _ list: [SearchTrial], _ axis: Int, _ color: String, _ type: Int) -> PlotLayer {
    .series(Series(title, x: list.map { $0.values[axis] }, y: list.map { 100 * $0.score }, style: .points,
                   color: color, pointType: type, pointSize: 1.6))
  }
  return [(0, "learning rate η"), (1, "weight decay λ")].map { axis, label in
    Panel(title: "validation accuracy against \(label)", xLabel: "\(label) (log scale)",
          yLabel: "validation accuracy (%)", logX: true, key: .bottomRight,
          layers: [points("trial", trials, axis, seriesColors[0], 7),
                   points("best", [best], axis, seriesColors[3], 5)])
  }
}
