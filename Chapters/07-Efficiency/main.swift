import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 07: where the time of training goes, measured on this machine, and what less data costs.
struct Efficiency: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch07-efficiency",
    abstract:
      "Chapter 07 · Efficiency: matrix products, Float against Double, batch size, one step, less data, inference.",
    discussion: """
      Measures the matrix product's GFLOPS for three loop orders against the machine's peak, trains the \
      digits recipe in Float and in Double, times one core against two on large and small products, \
      trains at several batch sizes, splits one training step into its \
      phases, trains on less data, and times inference one sample at a time against a batch. Times go to \
      timings.json and onto the page (a snapshot of this machine); accuracies and losses, which do not \
      depend on the machine, go to results.json. The prose is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup var settings: EfficiencySettings

  func run() throws {
    try Notebook.run(slug: "07-efficiency", options: chapter) { book in
      let machine = MachineSnapshot.current()
      (book["machine.model"], book["machine.cores"], book["machine.date"]) = (
        machine.model, "\(machine.cores)", machine.date
      )
      Parallelism.threads = settings.threads.value
      book["machine.kernel"] = Matrix.productKernelDescription
      let data = try DigitsRecipe(seed: chapter.seed)
      matrixProducts(book, settings, seed: chapter.seed, processor: machine.processor)
      floatOrDouble(book, settings, data)
      secondCore(book, settings, seed: chapter.seed)
      batchSizes(book, settings, data)
      stepTimes(book, settings, data)
      lessData(book, data)
      inference(book, settings, data)
    }
  }
}

Efficiency.main()

// MARK: - 5 未来发展趋势与挑战 · Matrix products: from a triple loop to the machine's peak

func matrixProducts(_ book: Notebook, _ settings: EfficiencySettings, seed: UInt64, processor: ProcessorDescription?) {
  let peak = processor?.singleCoreDoublePeak
  book["peak.clock"] = processor.map { $0.clockGHz.fixed(3) } ?? "—"
  book["peak.gflops"] = peak.map { $0.gflops.fixed(1) } ?? "—"
  book["peak.clock_source"] = processor.map { $0.clockSource.rawValue } ?? "nowhere (no /proc/cpuinfo)"
  if let peak, let processor {
    book.timing("matmul.peak_gflops", peak.gflops)
    book.timing("machine.clock_ghz", processor.clockGHz)
  }
  var generator = SeededGenerator(seed: seed)
  var curves: [MatmulAlgorithm: [(n: Int, gflops: Double)]] = [:]
  for n in settings.sizes {
    for algorithm in MatmulAlgorithm.allCases where algorithm != .naive || n <= settings.naiveLimit {
      let gflops = MatmulSpeed.gflops(algorithm, n: n, budget: settings.measurementBudget, using: &generator)
      curves[algorithm, default: []].append((n, gflops))
      book.timing("matmul.\(MatmulSpeed.key(algorithm))_gflops@\(n)", gflops)
    }
  }
  book.rows(
    "matmul.rows",
    settings.sizes.map { n in
      ["\(n)"] + MatmulAlgorithm.allCases.map { curves[$0]?.first { $0.n == n }.map { $0.gflops.fixed(2) } ?? "—" }
    })
  let naive = curves[.naive]?.last
  let fast = curves[.blocked]?.last
  let reordered = curves[.reordered]?.last
  let fastAtNaive = curves[.blocked]?.first { $0.n == naive?.n }
  book["matmul.naive_n"] = naive.map { "\($0.n)" } ?? "—"
  book["matmul.naive_speedup"] = fastAtNaive.flatMap { fast in naive.map { (fast.gflops / $0.gflops).fixed(0) } } ?? "—"
  (book["matmul.largest_n"], book["matmul.fast_gflops"]) = (fast.map { "\($0.n)" } ?? "—", fast?.gflops.fixed(1) ?? "—")
  book["matmul.reordered_gflops"] = reordered?.gflops.fixed(1) ?? "—"
  book["matmul.peak_share"] =
    peak.flatMap { peak in fast.map { NumberFormat.percent(0).text($0.gflops / peak.gflops) } } ?? "—"
  book.figure(
    .speedPlot(
      "gflops", title: "Matrix product C = A·B, n×n Float64, one thread", xLabel: "n", yLabel: "GFLOPS",
      curves: MatmulAlgorithm.allCases.map { algorithm in
        let points = curves[algorithm] ?? []
        return (MatmulSpeed.label(algorithm), points.map { Double($0.n) }, points.map(\.gflops))
      }, reference: peak.map { ("single-core peak, \($0.gflops.fixed(1)) GFLOPS", $0.gflops) }))
}

// MARK: - 5 未来发展趋势与挑战 · Float or Double: speed and accuracy

func floatOrDouble(_ book: Notebook, _ settings: EfficiencySettings, _ data: DigitsRecipe) {
  book["precision.epochs"] = "\(settings.trainingEpochs)"
  let comparison = PrecisionResults.compare(data, epochs: settings.trainingEpochs)
  for (name, run) in [("float", comparison.float), ("double", comparison.double)] {
    book.metric("precision.\(name).test_accuracy", run.history.last?.test?.accuracy ?? 0, shown: .percent(2))
    book.metric("precision.\(name).test_loss", run.history.last?.test?.loss ?? 0, shown: .fixed(6))
    book.metric("precision.\(name).final_train_loss", run.history.last?.train.loss ?? 0, shown: .fixed(6))
    let perEpoch = run.seconds / Double(settings.trainingEpochs)
    book.timing("precision.\(name).seconds_per_epoch", perEpoch)
    book["precision.\(name).ms_per_epoch"] = (1e3 * perEpoch).fixed(2)
  }
  book.metric("precision.float_vs_double.max_abs_weight_difference", comparison.weightGap, shown: .significant(2))
  book.metric("precision.float_vs_double.final_train_loss_difference", comparison.lossGap, shown: .significant(2))
  let doubleLoss = comparison.double.history.last?.train.loss ?? 1
  book["precision.loss_gap_percent"] = (100 * comparison.lossGap / max(doubleLoss, .leastNormalMagnitude)).significant(2)
  let n = settings.quick ? 64 : 256  // large enough to leave the L1 cache, quick to run
  var generator = SeededGenerator(seed: data.seed)
  let gflops = Precision.allCases.map {
    PrecisionResults.productGFLOPS($0, n: n, budget: settings.measurementBudget, using: &generator)
  }
  for (precision, value) in zip(Precision.allCases, gflops) {
    book.timing("precision.\(precision.rawValue).product_gflops@\(n)", value)
    book["precision.\(precision.rawValue).product_gflops"] = value.fixed(1)
  }
  book["precision.product_n"] = "\(n)"
  book["precision.epoch_speedup"] = (comparison.double.seconds / comparison.float.seconds).fixed(2)
  book["precision.product_speedup"] = (gflops[1] / gflops[0]).fixed(2)
  book.figure(comparison.figure())
}

// MARK: - 5 未来发展趋势与挑战 · A second core: what it buys, and why small products don't scale

func secondCore(_ book: Notebook, _ settings: EfficiencySettings, seed: UInt64) {
  let threads = settings.comparedThreads
  (book["threads.count"], book["threads.cores"]) = ("\(threads)", "\(Parallelism.availableCores)")
  book["threads.limit"] = "\(Matrix.parallelProductLimit)"
  var generator = SeededGenerator(seed: seed)
  var rows: [[String]] = [], curves: [[Double]] = [[], []]
  for n in settings.threadSizes {
    let speeds = [1, threads].map { count in
      Parallelism.threads = count
      return MatmulSpeed.gflops(.blocked, n: n, budget: settings.measurementBudget, using: &generator)
    }
    Parallelism.threads = settings.threads.value
    book.timing("threads.t1_gflops@\(n)", speeds[0])
    book.timing("threads.t\(threads)_gflops@\(n)", speeds[1])
    (curves[0], curves[1]) = (curves[0] + [speeds[0]], curves[1] + [speeds[1]])
    rows.append(["\(n)", speeds[0].fixed(1), speeds[1].fixed(1), (speeds[1] / speeds[0]).fixed(2)])
  }
  book.rows("threads.rows", rows)
  book.figure(
    .speedPlot(
      "threads", title: "Blocked matrix product, n×n Float64: one thread against \(threads)", xLabel: "n",
      yLabel: "GFLOPS", curves: [("1 thread", settings.threadSizes.map(Double.init), curves[0]),
                                 ("\(threads) threads", settings.threadSizes.map(Double.init), curves[1])]))
}

// MARK: - 5 未来发展趋势与挑战 · Batch size: compared at equal samples, then at equal time

func batchSizes(_ book: Notebook, _ settings: EfficiencySettings, _ data: DigitsRecipe) {
  let epochs = settings.trainingEpochs
  let sizes = settings.batchSizes.values
  let samples = Double(epochs * data.train.count)
  (book["batch.epochs"], book["batch.target"]) = ("\(epochs)", NumberFormat.percent(0).text(BatchComparison.target))
  var fixedRows: [[String]] = []
  var speeds: [Double] = []
  for batchSize in sizes {
    let run = data.timedRun(label: batchSize, batchSize: batchSize, epochs: epochs)
    let updates = epochs * ((data.train.count + batchSize - 1) / batchSize)
    book.metric("batch.b\(batchSize).test_accuracy", run.test.accuracy ?? 0)
    book.metric("batch.b\(batchSize).test_loss", run.test.loss)
    book.metric("batch.b\(batchSize).updates", Double(updates))
    book.timing("batch.b\(batchSize).samples_per_second", samples / run.seconds)
    speeds.append(samples / run.seconds)
    fixedRows.append([
      "\(batchSize)", "\(updates)", (samples / run.seconds).fixed(0),
      NumberFormat.percent(2).text(run.test.accuracy ?? 0), run.test.loss.fixed(4),
    ])
  }
  book.rows("batch.rows", fixedRows)
  let scaled = sizes.map {
    data.timedRun(
      label: $0, batchSize: $0, epochs: epochs, learningRate: scaledLearningRate(batchSize: $0), everyEpoch: true)
  }
  let comparison = BatchComparison(runs: scaled, epochs: epochs)
  comparison.report(book)
  book.figure(comparison.figure(sizes: sizes, speeds: speeds))
}

// MARK: - 5 未来发展趋势与挑战 · Where one training step spends its time

func stepTimes(_ book: Notebook, _ settings: EfficiencySettings, _ data: DigitsRecipe) {
  let profiles = StepProfile.configurations(data, steps: settings.profileSteps).map {
    ($0, StepProfile.measure($0.trainer, batches: $0.batches, steps: $0.steps))
  }
  var rows: [[String]] = []
  for (configuration, profile) in profiles {
    for (phase, seconds) in profile.phases { book.timing("step.\(configuration.key).\(phase)_seconds", seconds) }
    book.timing("step.\(configuration.key).total_seconds", profile.total)
    rows.append(
      [configuration.label]
        + profile.phases.map {
          "\((1e6 * $0.seconds).fixed(1)) (\(NumberFormat.percent(0).text($0.seconds / profile.total)))"
        } + [(1e6 * profile.total).fixed(1)])
  }
  book.rows("step.rows", rows)
  let (digits, wide, skipping) = (profiles[0].1, profiles[1].1, profiles[2].1)
  book["step.wide_backward_ratio"] = (wide.backward / wide.forward).fixed(1)
  (book["step.wide_backward_us"], book["step.skipping_backward_us"]) = (
    (1e6 * wide.backward).fixed(0), (1e6 * skipping.backward).fixed(0)
  )
  book["step.skipping_ratio"] = (skipping.backward / skipping.forward).fixed(1)
  (book["step.digits_ratio"], book["step.digits_us"]) = (
    (digits.backward / digits.forward).fixed(1), (1e6 * digits.total).fixed(0)
  )
  let flops = Double(StepProfile.digitsFlops)
  (book["step.digits_mflops"], book["step.digits_arithmetic_us"]) = (
    (flops / 1e6).fixed(2), (flops / StepProfile.referenceGFLOPS / 1e3).fixed(0)
  )
  book["step.reference_gflops"] = "\(Int(StepProfile.referenceGFLOPS))"
  book.figure(StepProfile.figure(profiles.map { ($0.0.label, $0.1) }))
}

// MARK: - 5 未来发展趋势与挑战 · Less data: the learning curve

func lessData(_ book: Notebook, _ data: DigitsRecipe) {
  var rows: [[String]] = []
  var points: [(n: Double, accuracy: Double)] = []
  for size in LearningCurve.sizes {
    let n = size ?? data.train.count
    let batches = (n + DigitsRecipe.batchSize - 1) / DigitsRecipe.batchSize
    let epochs = (LearningCurve.updates + batches - 1) / batches
    let run = data.timedRun(
      label: n, train: data.train.subset(Array(0..<n)), batchSize: DigitsRecipe.batchSize, epochs: epochs)
    book.metric("learning_curve.\(size.map { "n\($0)" } ?? "full").test_accuracy", run.test.accuracy ?? 0)
    rows.append(["\(n)", "\(epochs)", "\(epochs * batches)", NumberFormat.percent(2).text(run.test.accuracy ?? 0)])
    points.append((Double(n), 100 * (run.test.accuracy ?? 0)))
  }
  book.rows("learning_curve.rows", rows)
  book["learning_curve.updates"] = "\(LearningCurve.updates)"
  book.figure(
    .speedPlot(
      "learning-curve", title: "Digits recipe: test accuracy against the number of training images",
      xLabel: "training images (log scale)", yLabel: "test accuracy (%)",
      curves: [(nil, points.map(\.n), points.map(\.accuracy))], logY: false))
}

// MARK: - 5 未来发展趋势与挑战 · Inference: one sample at a time or a batch

func inference(_ book: Notebook, _ settings: EfficiencySettings, _ data: DigitsRecipe) {
  var generator = SeededGenerator(seed: data.seed)
  let wide = Sequential.multilayerPerceptron(
    sizes: [784, 256, 10], activation: .relu, initializer: .he, using: &generator)
  let wideRows = Matrix.randomUniform(rows: Inference.batch, columns: 784, in: 0..<1, using: &generator)
  let digitRows = data.test.features.gatheringRows(Array(0..<min(Inference.batch, data.test.count)))
  var largestDifference = 0.0
  for (key, network, rows) in [("digits", data.start().network as Layer, digitRows), ("mnist_shape", wide, wideRows)] {
    let one = inferenceSpeed(network, rows: rows, batchSize: 1, budget: settings.measurementBudget)
    let batch = inferenceSpeed(network, rows: rows, batchSize: Inference.batch, budget: settings.measurementBudget)
    largestDifference = max(
      largestDifference, zip(one.output.storage, batch.output.storage).map { abs($0 - $1) }.max() ?? 0)
    book.timing("inference.\(key).b1.samples_per_second", one.samplesPerSecond)
    book.timing("inference.\(key).b\(Inference.batch).samples_per_second", batch.samplesPerSecond)
    (book["inference.\(key).b1"], book["inference.\(key).batch"]) = (
      one.samplesPerSecond.fixed(0), batch.samplesPerSecond.fixed(0)
    )
    book["inference.\(key).ratio"] = (batch.samplesPerSecond / one.samplesPerSecond).fixed(1)
  }
  book["inference.batch"] = "\(Inference.batch)"
  book.metric("inference.batch_vs_single.max_abs_difference", largestDifference, shown: .significant(2))
}
