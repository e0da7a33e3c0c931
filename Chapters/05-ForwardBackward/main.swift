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
  var panels: [Panel] = []
  for activation in [Activation.tanh, .relu] {
    var curves: [PlotLayer] = []
    for initializer in [Initializer.zeros, .small, .xavier, .he] {
      let spread = activationSpread(depth: 10, width: 256, samples: 500, activation: activation, initializer: initializer, using: &generator)
      let key = "init.\(activation.rawValue).\(initializer.key)"
      book.metric("\(key).std_layer10", spread[9], shown: .significant(3))
      for layer in [1, 5] { book["\(key).std_layer\(layer)"] = spread[layer - 1].significant(3) }
      // Zero initialization gives exactly 0, which a log axis cannot show; it is in the table.
      if initializer != .zeros {
        curves.append(.series(Series(initializer.name, x: (1...10).map(Double.init), y: spread, style: .linesPoints, pointType: 7)))
      }
    }
    panels.append(Panel(title: activation.rawValue, xLabel: "layer", yLabel: "std of activations", logY: true, key: .bottomLeft, layers: curves))
  }
  book.figure(.smallMultiples("init-spread", title: "Activation spread through 10 layers of 256 units", panels, width: 1200, height: 520))
}

extension Initializer {
  /// The name in results keys.
  var key: String {
    switch self {
    case .zeros: "zeros"
    case .smallRandom: "small"
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
  var applied: SeedRepairs = []
  let literal = program.run(repairs: [], seed: seed)
  var fixed = literal
  for (index, repair) in ([SeedRepairs()] + SeedRepairs.allCases).enumerated() {
    applied.insert(repair)
    fixed = program.run(repairs: applied, seed: seed)
    book["seed.\(index).first"] = fixed.losses[0].fixed(4)
    book["seed.\(index).last"] = (fixed.losses.last ?? 0).fixed(4)
    book["seed.\(index).shape"] = "\(fixed.predictionShape.rows)×\(fixed.predictionShape.columns)"
    book["seed.\(index).mse"] = fixed.predictionLoss?.fixed(4) ?? "—"
  }
  book.metric("seed.literal.loss_first", literal.losses[0])
  book.metric("seed.literal.loss_last", literal.losses.last ?? 0)
  book.metric("seed.fixed.loss_first", fixed.losses[0])
  book.metric("seed.fixed.loss_last", fixed.losses.last ?? 0)
  // Epoch + 1 on a log axis: the literal run climbs within its first few epochs, then the saturated
  // sigmoid output holds it flat.
  let epochs = literal.losses.indices.map { Double($0 + 1) }
  book.figure(Figure(name: "seed-losses", Panel(
    title: "The source's program: as written vs repaired", xLabel: "epoch + 1 (log scale)", yLabel: "MSE loss",
    xRange: AxisRange(1, Double(epochs.count)), logX: true, logY: true, key: .bottomLeft,
    layers: [.series(Series("as written (gradient ascent)", x: epochs, y: literal.losses, color: "#d62728")),
             .series(Series("all six repairs", x: epochs, y: fixed.losses, color: "#2ca02c"))])))
}
