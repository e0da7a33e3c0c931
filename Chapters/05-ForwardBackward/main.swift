import ArgumentParser
import NeuralKit
import NotebookKit

/// Chapter 05: the forward and backward pass, worked to the last digit and proven three ways.
struct ForwardBackward: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch05-forward-backward",
    abstract: "Chapter 05 · Forward and backward pass: a worked example, three gradients that agree, the seed's code repaired.",
    discussion: """
      Works Matt Mazur's 2-2-2 backpropagation example node by node, checks hand-written layers against \
      central differences and a scalar autograd engine built from scratch, repairs the source article's §4 \
      program one error at a time, and measures how initialization shapes activations through ten layers. \
      The prose is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions

  func run() throws {
    try Notebook.run(slug: "05-forward-backward", options: chapter) { book in
      let mazur = MazurExample.network()
      forwardPass(book, mazur)
      initialization(book, seed: chapter.seed)
      backwardPass(book, mazur)
      threeGradients(book, seed: chapter.seed)
      autogradFromScratch(book)
      seedProgram(book, seed: chapter.seed)
    }
  }
}

ForwardBackward.main()

// MARK: - 3.1 神经网络的前向传播 · Forward pass

func forwardPass(_ book: Notebook, _ mazur: (hidden: Dense, output: Dense, network: Sequential)) {
  let netH = mazur.hidden.forward(MazurExample.input), outH = Activation.sigmoid.value(netH)
  let netO = mazur.output.forward(outH), outO = Activation.sigmoid.value(netO)
  let e = HalfSumOfSquares().value(outO, MazurExample.target)
  book.block("forward.trace", """
    net_h1 = w1·i1 + w2·i2 + b1 = 0.15·0.05 + 0.20·0.10 + 0.35 = \(netH[0, 0].fixed(9))    out_h1 = σ(net_h1) = \(outH[0, 0].fixed(9))
    net_h2 = w3·i1 + w4·i2 + b1 = 0.25·0.05 + 0.30·0.10 + 0.35 = \(netH[0, 1].fixed(9))    out_h2 = σ(net_h2) = \(outH[0, 1].fixed(9))
    net_o1 = w5·out_h1 + w6·out_h2 + b2 = \(netO[0, 0].fixed(9))    out_o1 = \(outO[0, 0].fixed(9))
    net_o2 = w7·out_h1 + w8·out_h2 + b2 = \(netO[0, 1].fixed(9))    out_o2 = \(outO[0, 1].fixed(9))
    E_total = ½(0.01 − out_o1)² + ½(0.99 − out_o2)² = \(e.fixed(9))
    """)
  for (key, value) in [("h1", outH[0, 0]), ("h2", outH[0, 1]), ("o1", outO[0, 0]), ("o2", outO[0, 1])] { book.metric("mazur.\(key)", value) }
  book.metric("mazur.e_total", e, shown: .fixed(9))
}

// MARK: - 3.1 Why initialization matters

func initialization(_ book: Notebook, seed: UInt64) {
  var generator = SeededGenerator(seed: seed)
  var panels: [Panel] = [], tanhLayers: [(String, [Matrix])] = []
  for activation in [Activation.tanh, .relu] {
    var curves: [PlotLayer] = []
    for initializer in [Initializer.zeros, .small, .xavier, .he] {
      let layers = activationsThroughDepth(depth: 10, width: 256, samples: 500, activation: activation, initializer: initializer, using: &generator)
      let spread = layers.map { standardDeviation($0.storage) }
      let key = "init.\(activation.rawValue).\(initializer.key)"
      book.metric("\(key).std_layer10", spread[9], shown: .significant(3))
      for layer in [1, 5] { book["\(key).std_layer\(layer)"] = spread[layer - 1].significant(3) }
      if activation == .tanh && initializer != .zeros { tanhLayers.append((initializer.name, layers)) }
      // Zero initialization gives exactly 0, which a log axis cannot show; it is in the table.
      if initializer != .zeros {
        curves.append(.series(Series(initializer.name, x: (1...10).map(Double.init), y: spread, style: .linesPoints, pointType: 7)))
      }
    }
    panels.append(Panel(title: activation.rawValue, xLabel: "layer", yLabel: "std of activations", logY: true, key: .bottomLeft, layers: curves))
  }
  book.figure(.smallMultiples("init-spread", title: "Activation spread through 10 layers of 256 units", panels, width: 1200, height: 520))
  // Too large: N(0, 1) weights give pre-activations of spread √256 = 16, far into tanh's flat tails.
  let large = activationsThroughDepth(depth: 10, width: 256, samples: 500, activation: .tanh, initializer: .large, using: &generator)
  let saturated = Double(large[9].storage.filter { abs($0) > Activation.saturationLevel }.count) / Double(large[9].count)
  book.metric("init.tanh.large.saturated_fraction", saturated, shown: .percent(1))
  book.metric("init.tanh.large.std_layer10", standardDeviation(large[9].storage), shown: .significant(3))
  tanhLayers.append(("too large: N(0, 1)", large))
  book.figure(.histograms(
    "init-histograms", title: "tanh activations at layers 1, 5 and 10",
    tanhLayers.map { name, layers in (title: name, samples: [0, 4, 9].map { (label: "layer \($0 + 1)", values: layers[$0].storage) }) },
    range: -1...1, bins: 50, xLabel: "activation", rows: 2, width: 1200, height: 800, sharedScale: false))
}

extension Activation {
  /// |a| above this counts as a saturated tanh: tanh′ = 1 − a² < 0.02 there, so almost no gradient passes.
  /// (A static, not a global: globals in main.swift are set only when execution reaches them.)
  static let saturationLevel = 0.99
}

extension Initializer {
  /// Weights far too large for 256 inputs: N(0, 1).
  static let large = Initializer.smallRandom(standardDeviation: 1)

  /// The name in results keys.
  var key: String {
    switch self {
    case .zeros: "zeros"
    case .smallRandom(let s): s < 1 ? "small" : "large"
    case .xavier: "xavier"
    case .he: "he"
    }
  }
}

// MARK: - 3.2 神经网络的后向传播 · Backward pass

func backwardPass(_ book: Notebook, _ mazur: (hidden: Dense, output: Dense, network: Sequential)) {
  let (hidden, output, network) = mazur
  let t = MazurExample.target, i = MazurExample.input, w = MazurExample.weights
  let outH = Activation.sigmoid.value(hidden.forward(i)), outO = Activation.sigmoid.value(output.forward(outH))
  let dOut = (0..<2).map { outO[0, $0] - t[0, $0] }, dNet = (0..<2).map { dOut[$0] * outO[0, $0] * (1 - outO[0, $0]) }
  let dHidden = (0..<2).map { dNet[0] * w[4 + $0] + dNet[1] * w[6 + $0] }  // ∂E/∂out_h = Σ_o δ_o·w(h→o)
  var lines: [String] = []
  for (k, (o, h)) in [(0, 0), (0, 1), (1, 0), (1, 1)].enumerated() {
    let slope = outO[0, o] * (1 - outO[0, o])
    lines.append("∂E/∂w\(k + 5) = \(dOut[o].fixed(9)) · \(slope.fixed(9)) · \(outH[0, h].fixed(9)) = \((dOut[o] * slope * outH[0, h]).fixed(9))")
  }
  for (k, (h, x)) in [(0, 0), (0, 1), (1, 0), (1, 1)].enumerated() {
    let slope = outH[0, h] * (1 - outH[0, h])
    lines.append("∂E/∂w\(k + 1) = \(dHidden[h].fixed(9)) · \(slope.fixed(9)) · \(i[0, x].fixed(2)) = \((dHidden[h] * slope * i[0, x]).fixed(9))")
  }
  book.block("backward.trace", lines.joined(separator: "\n"))
  MazurExample.step(hidden, output, network)
  let updated = MazurExample.weights(hidden: hidden, output: output)
  book.rows("update.rows", updated.indices.map { ["w\($0 + 1)", w[$0].fixed(2), updated[$0].fixed(9)] })
  for (k, value) in updated.enumerated() { book.metric("mazur.w\(k + 1)_new", value) }
  var beforeLast = 0.0
  for _ in 1..<10_000 { beforeLast = MazurExample.step(hidden, output, network) }
  book.metric("mazur.e_total_10000", HalfSumOfSquares().value(network.forward(i), t), shown: .significant(9))
  book.metric("mazur.e_total_pass_10000", beforeLast, shown: .significant(9))
  book["mazur.outputs_10000"] = network.forward(i).storage.map { $0.fixed(6) }.joined(separator: ", ")
}

// MARK: - 3.2 Three ways to the same gradient

func threeGradients(_ book: Notebook, seed: UInt64) {
  var generator = SeededGenerator(seed: seed)
  let check = GradientComparison.randomMLP(using: &generator)
  let mazur = GradientComparison.mazur()
  for (name, comparison) in [("mazur", mazur), ("mlp", check)] {
    book["gradcheck.\(name).parameters"] = "\(comparison.relativeErrors.count)"
    book.metric("gradcheck.\(name).max_rel_error", comparison.maxRelativeError, shown: .significant(3))
    book["gradcheck.\(name).autograd_diff"] = comparison.maxAutogradDifference.significant(3)
  }
  book.metric("gradcheck.autograd.max_abs_diff", max(check.maxAutogradDifference, mazur.maxAutogradDifference))
  let floor = 1e-16  // errors of exactly 0 cannot sit on a log axis; draw them at the floor
  func points(_ title: String, _ errors: [Double], _ pointType: Int) -> PlotLayer {
    .series(Series(title, x: errors.indices.map(Double.init), y: errors.map { max($0, floor) }, style: .points, pointType: pointType))
  }
  book.figure(Figure(name: "gradcheck", Panel(
    title: "Manual backprop vs central differences, per parameter", xLabel: "parameter index", yLabel: "relative error",
    yRange: AxisRange(1e-16, 1e-2), logY: true, key: .topRight,
    layers: [points("random 4-5-3 (tanh, softmax CE)", check.relativeErrors, 7), points("Mazur 2-2-2 (sigmoid, ½Σ)", mazur.relativeErrors, 5)],
    annotations: [.horizontalLine(y: 1e-7, label: "1e-7: fine below")])))
}

// MARK: - 3.2 Autograd from scratch

func autogradFromScratch(_ book: Notebook) {
  let graph = MazurExample.autogradGraph()
  graph.error.backward()
  let automatic = graph.weights.map(\.grad)
  let hand = MazurExample.handGradients()
  book.rows("autograd.rows", (0..<8).map { ["w\($0 + 1)", hand[$0].fixed(9), automatic[$0].fixed(9)] })
  book.metric("autograd.mazur.max_abs_diff_vs_hand", zip(hand, automatic).map { abs($0 - $1) }.max() ?? 0, shown: .significant(3))
}

// MARK: - 4 具体代码实例 · The source's program, repaired

func seedProgram(_ book: Notebook, seed: UInt64) {
  let program = SeedProgram()
  var applied: SeedRepairs = [], runs: [SeedRun] = []
  for (index, repair) in ([SeedRepairs()] + SeedRepairs.allCases).enumerated() {
    applied.insert(repair)
    let run = program.run(repairs: applied, seed: seed)
    runs.append(run)
    book["seed.\(index).first"] = run.losses[0].fixed(4)
    book.metric("seed.repairs.\(index).loss_last", run.losses.last ?? 0, shown: .fixed(4))
    book["seed.\(index).shape"] = "\(run.predictionShape.rows)×\(run.predictionShape.columns)"
    book["seed.\(index).mse"] = run.predictionLoss?.fixed(4) ?? "—"
  }
  let (literal, fixed) = (runs[0], runs[runs.count - 1])
  book.metric("seed.literal.loss_first", literal.losses[0])
  book.metric("seed.literal.loss_last", literal.losses.last ?? 0)
  book.metric("seed.fixed.loss_first", fixed.losses[0])
  book.metric("seed.fixed.loss_last", fixed.losses.last ?? 0)
  // Epoch + 1 on a log axis: the literal run climbs within its first few epochs, then the saturated
  // sigmoid output holds it flat. Runs 0–5 share the literal target; run 6 learns the teacher's. Runs 4
  // and 5 train identically (5 changes only the prediction): 4 is drawn wide beneath 5 so both show.
  let epochs = literal.losses.indices.map { Double($0 + 1) }
  let curves = runs.enumerated().map { index, run in
    PlotLayer.series(Series(index == 0 ? "0: as written" : "\(index): + \(SeedRepairs.allCases[index - 1].label)", x: epochs,
                            y: run.losses, lineWidth: [4: 5, 6: 3][index] ?? 1.6, dashType: index == 6 ? 2 : nil))
  }
  book.figure(Figure(name: "seed-losses", width: 1100, height: 640, Panel(
    title: "The source's program, one repair at a time (run 6 learns a different target)", xLabel: "epoch + 1 (log scale)",
    yLabel: "MSE loss", xRange: AxisRange(1, Double(epochs.count)), logX: true, logY: true, key: .outside, layers: curves)))
}
