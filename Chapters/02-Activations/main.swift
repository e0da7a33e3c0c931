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
      softplus, GELU and SiLU, tabulates f and f′, checks every derivative by central differences, follows \
      the gradient through a deep stack, and compares naive and stable formulas at large |x|.
      """)

  @OptionGroup var chapter: ChapterOptions

  @Option(help: "Depth of the stack in the vanishing-gradient experiment (≥ 1).")
  var depth = PositiveInt(20)

  func run() throws {
    try Notebook.run(slug: "02-activations", title: "Chapter 02 · Activation functions", options: chapter) { book in
      formulas(book)
      valueTable(book)
      curves(book)
      gradientCheck(book)
      vanishingGradients(book)
      stability(book)
      book.tryThis([
        "`--depth 50`: the sigmoid product falls below 1e-34, tanh's below 1e-10, while a ReLU path still carries 1.",
        "In the gallery, find where each derivative is largest: σ′ peaks at ¼, tanh′ at 1, ReLU′ is 1 everywhere on the right.",
        "Compare GELU and SiLU in the first figure: both dip slightly below zero for negative x, unlike ReLU.",
        "In the stability figure, the naive curves stop at x ≈ 709.78 = ln(largest double), where eˣ overflows.",
      ])
    }
  }

  /// The points of the value table, and how they are written in results keys.
  static let tablePoints: [Double] = [-3, -1, -0.5, 0.5, 1, 3]
  static func key(_ x: Double) -> String { x == x.rounded() ? "\(Int(x))" : "\(x)" }

  // MARK: - 2.2 激活函数 · Activation functions

  func formulas(_ book: Notebook) {
    book.section("2.2", "激活函数", "Activation functions")
    book.text("""
      After its weighted sum z = w·x + b every neuron applies an activation a = f(z). Without it a stack of \
      layers collapses into one: W₂(W₁x + b₁) + b₂ = (W₂W₁)x + (W₂b₁ + b₂) is still linear. The source \
      names sigmoid, tanh and ReLU and then loses every formula ("Sigmoid函数:" ends with nothing). Here they \
      are, with five more in common use, each with the derivative that backpropagation multiplies in.
      """)
    for formula in ActivationFormula.all {
      book.subsection(formula.label)
      book.formula("\(formula.value)\n    \(formula.derivative)", tex: formula.valueTeX + #" \qquad "# + formula.derivativeTeX)
    }
    book.text("""
      ReLU and leaky ReLU have a kink at 0 where no derivative exists; like `torch.nn.functional` we use \
      relu′(0) = 0 and leaky_relu′(0) = a. With α = 1, ELU's two derivative branches meet at 1.
      """)
  }

  // MARK: - 2.2 Values at a glance

  func valueTable(_ book: Notebook) {
    book.subsection("f and f′ at a few points")
    let headers = ["f"] + Self.tablePoints.map { "x = \(Self.key($0))" }
    var values: [[String]] = [], derivatives: [[String]] = []
    for activation in Activation.allCases {
      let f = Self.tablePoints.map(activation.value), df = Self.tablePoints.map(activation.derivative)
      for (x, (fx, dfx)) in zip(Self.tablePoints, zip(f, df)) {
        book.metric("\(activation.rawValue).f@\(Self.key(x))", fx)
        book.metric("\(activation.rawValue).df@\(Self.key(x))", dfx)
      }
      values.append([activation.rawValue] + f.map { $0.fixed(6) })
      derivatives.append([activation.rawValue + "′"] + df.map { $0.fixed(6) })
    }
    book.table(headers, values)
    book.table(["f′"] + headers.dropFirst(), derivatives)
    book.text("""
      Check a few by hand: σ(1) = 1/(1 + e⁻¹) = 0.731059 and σ′(1) = 0.731059·0.268941 = 0.196612; \
      tanh(1) = 2σ(2) − 1 = 0.761594; softplus′(x) is σ(x), so the softplus′ row repeats the sigmoid row; \
      every row matches `torch.nn.functional` in float64 (the tests read a committed fixture).
      """)
  }

  func curves(_ book: Notebook) {
    let xs = linspace(-4, 4, count: 401)
    // Leaky ReLU runs on top of ReLU for x > 0: dash it so both stay visible.
    func dash(_ a: Activation) -> Int? { a == .leakyReLU ? 2 : nil }
    let everyValue = Activation.allCases.map { a in PlotLayer.series(Series(a.rawValue, x: xs, dashType: dash(a), a.value)) }
    let everyDerivative = Activation.allCases.map { a in PlotLayer.series(Series(a.rawValue + "′", x: xs, dashType: dash(a), a.derivative)) }
    book.figure(Figure(name: "activations", Panel(
      title: "Eight activation functions", xLabel: "x", yLabel: "f(x)", yRange: AxisRange(-1.5, 4), key: .topLeft,
      layers: everyValue)),
      caption: "All eight activations on one axis: the S-shaped sigmoid and tanh saturate; the ReLU family grows without bound on the right.")
    book.figure(Figure(name: "derivatives", Panel(
      title: "Their derivatives", xLabel: "x", yLabel: "f′(x)", yRange: AxisRange(-0.2, 1.4), key: .topLeft,
      layers: everyDerivative)),
      caption: "The derivatives: sigmoid′ never exceeds ¼ and tanh′ never exceeds 1, and both vanish for large |x|; ReLU′ jumps from 0 to 1.")
    let panels = ActivationFormula.all.map { formula in
      Panel(title: formula.label, xLabel: "x", yRange: AxisRange(-1.2, 2.2), key: .topLeft, layers: [
        .series(Series("f", x: xs, formula.activation.value)),
        .series(Series("f′", x: xs, dashType: 2, formula.activation.derivative)),
      ])
    }
    book.figure(Figure(name: "gallery", title: "Each activation (solid) with its derivative (dashed)", rows: 2, columns: 4,
                       width: 1600, height: 800, panels: panels),
                caption: "Gallery: each function with its derivative on the same axes.")
  }

  // MARK: - 2.2 Every derivative, checked

  func gradientCheck(_ book: Notebook) {
    book.subsection("Checking every derivative by central differences")
    book.formula("f′(x) ≈ (f(x + h) − f(x − h)) / 2h,   h = 10⁻⁵   (error ≈ h²·f‴/6 + ε·|f|/h)",
                 tex: #"f'(x) \approx \frac{f(x + h) - f(x - h)}{2h}, \qquad h = 10^{-5}"#)
    // 400 points in [−5, 5] placed between grid nodes, so none lands within h of the kink at 0.
    let grid = (0..<400).map { -5 + (Double($0) + 0.5) * 10 / 400 }
    var rows: [[String]] = [], worst = 0.0
    for activation in Activation.allCases {
      let error = grid.map { abs(centralDifference(activation.value, at: $0) - activation.derivative($0)) }.max() ?? 0
      worst = max(worst, error)
      rows.append([activation.rawValue, error.significant(3)])
    }
    book.table(["activation", "max |analytic − numeric|"], rows)
    book.metric("gradcheck.max_abs_error", worst)
    book.result("largest disagreement over 400 points and 8 functions: \(worst.significant(3)) (theory: ≲ 1e-10 for h = 1e-5)")
  }
}

Activations.main()
