import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 02: the activation functions the seed names without formulas, their derivatives, and why
/// the choice matters in deep networks.
struct Activations: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch02-activations",
    abstract: "Chapter 02 · Activations: eight activation functions, their derivatives, and vanishing gradients.",
    discussion: """
      Restores the formulas of sigmoid, tanh and ReLU that the source text lost, adds leaky ReLU, ELU, \
      softplus, GELU and SiLU, tabulates f and f′, checks every derivative by central differences, measures \
      the gradient through a deep network at initialization, and compares naive and stable formulas at \
      large |x|. The prose is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions

  /// The deepest network `--depth` allows: the sigmoid's gradient ratio is ~10⁻⁶⁷ there, still a double.
  static let depthRange = 2...100

  @Option(help: "Layers of the network in the vanishing-gradient experiment: 2 to 100 (default: 20).",
          transform: Activations.depth)
  var depth = 20

  /// Parses `--depth`, refusing what is not a whole number in 2…100.
  @Sendable static func depth(_ text: String) throws -> Int {
    guard let value = Int(text), depthRange.contains(value) else {
      throw ValidationError("the depth must be a whole number of layers from 2 to 100.")
    }
    return value
  }

  func run() throws {
    try Notebook.run(slug: "02-activations", options: chapter) { book in
      valueTables(book)
      curves(book)
      gradientCheck(book)
      try vanishingGradients(book, depth: depth, seed: chapter.seed)
      stability(book)
    }
  }
}

Activations.main()

// MARK: - 2.2 激活函数 · Activation functions: f and f′ at a few points

/// How a point is written in results keys: `-3`, `0.5`.
func key(_ x: Double) -> String { x == x.rounded() ? "\(Int(x))" : "\(x)" }

func valueTables(_ book: Notebook) {
  let points: [Double] = [-3, -1, -0.5, 0.5, 1, 3]  // the template's column headers
  var values: [[String]] = [], derivatives: [[String]] = []
  for activation in Activation.allCases {
    let f = points.map(activation.value), df = points.map(activation.derivative)
    for (x, (fx, dfx)) in zip(points, zip(f, df)) {
      book.metric("\(activation.rawValue).f@\(key(x))", fx)
      book.metric("\(activation.rawValue).df@\(key(x))", dfx)
    }
    values.append([activation.rawValue] + f.map { $0.fixed(6) })
    derivatives.append([activation.rawValue + "′"] + df.map { $0.fixed(6) })
  }
  book.rows("values.rows", values)
  book.rows("derivatives.rows", derivatives)
  book["check.sigmoid_1"] = sigmoid(1).fixed(6)
  book["check.sigmoid_minus_1"] = sigmoid(-1).fixed(6)
  book["check.sigmoid_derivative_1"] = sigmoidDerivative(1).fixed(6)
  book["check.tanh_1"] = tanh(1).fixed(6)
}

func curves(_ book: Notebook) {
  let xs = linspace(-4, 4, count: 401)
  func color(_ a: Activation) -> String { seriesColors[Activation.allCases.firstIndex(of: a) ?? 0] }
  func family(_ title: String, _ members: [Activation], reference: Bool = false) -> Panel {
    let relu = PlotLayer.series(Series("relu (reference)", x: xs, color: "#bbbbbb", NeuralKit.relu))
    // Dashes keep a curve visible where it runs on top of another (the rectifiers share y = x for x > 0).
    // The first curve is drawn wide, so the dashed ones on top of it leave it visible.
    let curves = members.enumerated().map { index, a in
      PlotLayer.series(Series(a.rawValue, x: xs, y: xs.map(a.value), color: color(a), lineWidth: index == 0 ? 4 : 2,
                              dashType: [nil, 2, 4][index % 3]))
    }
    return Panel(title: title, xLabel: "x", yLabel: "f(x)", yRange: AxisRange(-1.5, 4), key: .topLeft,
                 layers: (reference ? [relu] : []) + curves)
  }
  book.figure(.smallMultiples("activations", title: "Eight activation functions in three families", [
    family("saturating", [.sigmoid, .tanh]),
    family("rectifiers", [.relu, .leakyReLU, .elu]),
    family("smooth rectifiers", [.softplus, .gelu, .silu], reference: true),
  ], width: 1500, height: 540))
  // Leaky ReLU runs on top of ReLU for x > 0: dash it so both stay visible.
  func dash(_ a: Activation) -> Int? { a == .leakyReLU ? 2 : nil }
  let everyDerivative = Activation.allCases.map { a in
    PlotLayer.series(Series(a.rawValue + "′", x: xs, dashType: dash(a), a.derivative))
  }
  book.figure(Figure(name: "derivatives", Panel(
    title: "Their derivatives", xLabel: "x", yLabel: "f′(x)", yRange: AxisRange(-0.2, 1.4), key: .topLeft,
    layers: everyDerivative)))
  let titles = ["sigmoid σ", "tanh", "ReLU", "leaky ReLU (a = 0.01)", "ELU (α = 1)", "softplus", "GELU (exact)",
                "SiLU / swish"]
  let panels = zip(titles, Activation.allCases).map { title, activation in
    Panel(title: title, xLabel: "x", yRange: AxisRange(-1.2, 2.2), key: .topLeft, layers: [
      .series(Series("f", x: xs, activation.value)),
      .series(Series("f′", x: xs, dashType: 2, activation.derivative)),
    ])
  }
  book.figure(Figure(name: "gallery", title: "Each activation (solid) with its derivative (dashed)", rows: 2,
                     columns: 4, width: 1600, height: 800, panels: panels))
}

// MARK: - 2.2 Checking every derivative by central differences

func gradientCheck(_ book: Notebook) {
  // 400 points in [−5, 5] placed between grid nodes, so none lands within h of the kink at 0.
  let grid = (0..<400).map { -5 + (Double($0) + 0.5) * 10 / 400 }
  var rows: [[String]] = [], worst = 0.0
  for activation in Activation.allCases {
    let error = grid.map { abs(centralDifference(activation.value, at: $0) - activation.derivative($0)) }.max() ?? 0
    worst = max(worst, error)
    rows.append([activation.rawValue, error.significant(3)])
  }
  book.rows("gradcheck.rows", rows)
  book.metric("gradcheck.max_abs_error", worst, shown: .significant(3))
}

// MARK: - 2.2 Vanishing gradients: the gain of a layer

func vanishingGradients(_ book: Notebook, depth: Int, seed: UInt64) throws {
  let (width, batch) = (64, 256)
  book.metric("vanishing.depth", Double(depth), shown: .integer)
  book["vanishing.width"] = "\(width)"
  book["vanishing.batch"] = "\(batch)"
  var norms: [PlotLayer] = [], gains: [PlotLayer] = [], smallest = Double.infinity
  for (activation, initializer) in [(Activation.sigmoid, Initializer.xavier), (.tanh, .xavier), (.relu, .he)] {
    let name = activation.rawValue, scale = initializer == .he ? 2.0 : 1.0
    let perLayer = meanDerivative(activation)
    book.metric("vanishing.\(name).per_layer", perLayer, shown: .fixed(3))
    book.metric("vanishing.\(name).product", pow(perLayer, Double(depth)), shown: .significant(2))
    book.metric("vanishing.\(name).gain", scale * meanSquaredDerivative(activation, variance: scale), shown: .fixed(3))
    let flow = GradientFlow(activation, initializer, depth: depth, width: width, batch: batch, seed: seed)
    guard flow.firstToLast.isFinite, flow.firstToLast > 0 else {
      throw NotebookError("the \(name) network's gradients left the range of a double at depth \(depth)")
    }
    book.metric("vanishing.\(name).first_to_last_gradient", flow.firstToLast, shown: .significant(2))
    book.metric("vanishing.\(name).measured_gain.first", flow.gains.first ?? 0, shown: .fixed(3))
    book.metric("vanishing.\(name).measured_gain.last", flow.gains.last ?? 0, shown: .fixed(3))
    let layers = (1...depth).map(Double.init)
    smallest = min(smallest, flow.gradientNorms.min() ?? 1)
    norms.append(.series(Series(name, x: layers, y: flow.gradientNorms, style: .linesPoints, color: curveColor(name),
                                pointSize: 0.8)))
    gains.append(.series(Series(name, x: Array(layers.dropLast()), y: flow.gains, style: .linesPoints,
                                color: curveColor(name), pointSize: 0.8)))
  }
  book.figure(.smallMultiples("vanishing-gradients", title: "Gradients through \(depth) layers at initialization", [
    Panel(title: "weight gradient by layer", xLabel: "layer l", yLabel: "‖∂L/∂Wˡ‖ (log scale)",
          yRange: AxisRange(smallest / 10, nil), logY: true, key: .bottomRight, layers: norms),
    Panel(title: "gain of each hidden layer", xLabel: "layer l", yLabel: "n·Var(w)·mean f′(zˡ)² (log scale)",
          yRange: AxisRange(0.01, 3), logY: true, key: .bottomRight, layers: gains,
          annotations: [.horizontalLine(y: 1, label: "gain 1")]),
  ], width: 1400, height: 560))
}

func curveColor(_ name: String) -> String {
  ["sigmoid": "#1f77b4", "tanh": "#ff7f0e", "relu": "#2ca02c"][name] ?? "#000000"
}

// MARK: - 2.2 Naive against stable formulas at large |x|

func stability(_ book: Notebook) {
  let points: [Double] = [-1000, -40, 0, 40, 709, 710, 1000]
  book.rows("stability.rows", points.map { x in
    ["\(Int(x))", shown(NaiveFormula.expRatioSigmoid(x)), shown(NaiveFormula.sigmoid(x)), shown(sigmoid(x)),
     shown(NaiveFormula.logOneMinusSigmoid(x)), shown(-softplus(x)), shown(NaiveFormula.softplus(x)),
     shown(softplus(x))]
  })
  for x in [-1000.0, 1000] {
    book.metric("sigmoid.f@\(Int(x))", sigmoid(x))
    book.metric("softplus.f@\(Int(x))", softplus(x))
  }
  // ln σ(x) = −softplus(−x): at −40 it is ln(1 − σ(40)), the term the naive form sends to −∞.
  for x in [-1000.0, -40] { book.metric("logsigmoid.f@\(Int(x))", -softplus(-x)) }
  let xs = linspace(-1000, 1000, count: 801), coarse = linspace(-1000, 1000, count: 161)
  let overflow = log(Double.greatestFiniteMagnitude)
  func panel(_ title: String, _ yLabel: String, naive: (Double) -> Double, stable: (Double) -> Double,
             _ range: AxisRange) -> Panel {
    Panel(title: title, xLabel: "x", yLabel: yLabel, yRange: range, key: .topLeft, layers: [
      .series(Series("stable", x: xs, stable)),
      .series(Series("naive (missing = NaN or ∞)", x: coarse, y: coarse.map(naive), style: .points,
                     color: "#d62728", pointType: 7, pointSize: 0.6)),
    ], annotations: [.verticalLine(x: overflow, label: "709.78")])
  }
  book.figure(.smallMultiples("stability", title: "Naive and stable formulas far from 0", [
    panel("sigmoid: eˣ/(1 + eˣ) against the stable form", "σ(x)", naive: NaiveFormula.expRatioSigmoid,
          stable: sigmoid, AxisRange(-0.1, 1.15)),
    panel("softplus: ln(1 + eˣ) against the stable form", "softplus(x)", naive: NaiveFormula.softplus,
          stable: softplus, AxisRange(-50, 1100)),
  ], width: 1400, height: 560))
}

/// A value for the table, NaN and ∞ spelled out (C's printf would write `-nan`), −0 as 0.
func shown(_ value: Double) -> String {
  value.isNaN ? "NaN" : (value.isInfinite ? (value > 0 ? "∞" : "−∞") : (value == 0 ? 0 : value).significant(6))
}
