import Foundation
import NeuralKit
import NotebookKit

extension Activations {
  // MARK: - 2.2 Vanishing gradients

  /// E[f′(Z)] for a standard normal pre-activation Z, by the midpoint rule on [−10, 10] (the normal
  /// density beyond is below 1e-22). Midpoints never sit on ReLU's jump at 0, so its 0.5 comes out exact
  /// to the rule's O(dz²) error.
  static func meanDerivative(_ activation: Activation) -> Double {
    let cells = 4000, dz = 20 / Double(cells)
    return (0..<cells).reduce(0) { sum, i in
      let z = -10 + (Double(i) + 0.5) * dz
      return sum + activation.derivative(z) * standardNormalPDF(z) * dz
    }
  }

  func vanishingGradients(_ book: Notebook) {
    book.subsection("Vanishing gradients: the product of derivatives through depth")
    book.text("""
      Backpropagation through L layers multiplies one activation derivative per layer (next to the weights): \
      ∂a_L/∂z₁ contains f′(z₁)·f′(z₂)···f′(z_L). With pre-activations z ~ N(0, 1) and independent layers, \
      the expected product is (E f′(Z))^L.
      """)
    book.formula("E[Π f′(z_l)] = (E f′(Z))^L,   σ′ ≤ ¼ ⇒ sigmoid product ≤ 4^(−L)",
                 tex: #"\mathbb{E}\Bigl[\prod_{l=1}^{L} f'(z_l)\Bigr] = \bigl(\mathbb{E}\,f'(Z)\bigr)^{L}, \qquad \sigma' \le \tfrac14"#)
    let depths = Array(1...depth.value).map(Double.init)
    var layers: [PlotLayer] = [], rows: [[String]] = []
    book.metric("vanishing.depth", Double(depth.value))
    for activation in [Activation.sigmoid, .tanh, .relu] {
      let perLayer = Self.meanDerivative(activation)
      let product = pow(perLayer, Double(depth.value))
      book.metric("vanishing.\(activation.rawValue).per_layer", perLayer)
      book.metric("vanishing.\(activation.rawValue).product", product)
      rows.append([activation.rawValue, perLayer.fixed(6), product.significant(3)])
      layers.append(.series(Series("\(activation.rawValue): (E f′)^L, E f′ = \(perLayer.fixed(4))",
                                   x: depths, y: depths.map { pow(perLayer, $0) }, style: .linesPoints, pointSize: 0.8)))
    }
    layers.append(.series(Series("sigmoid at its best, σ′(0)^L = 4^(−L)", x: depths, dashType: 2) { pow(0.25, $0) }))
    layers.append(.series(Series("ReLU on an active path: 1^L", x: depths, color: "#2ca02c", dashType: 3) { _ in 1 }))
    book.table(["activation", "E f′(Z)", "product at depth \(depth.value)"], rows)
    book.figure(Figure(name: "vanishing-gradients", Panel(
      title: "Product of activation derivatives through depth", xLabel: "depth L (layers)", yLabel: "gradient factor (log scale)",
      yRange: AxisRange(nil, 5), logY: true, key: .bottomLeft, layers: layers)),
      caption: "Through \(depth.value) layers the sigmoid factor shrinks below 1e-13 and tanh's to ~1e-4; ReLU halves on average only because half the units are off — on an active path it passes the gradient unchanged.")
    book.text("""
      For a deep sigmoid network this means the first layers receive gradients some 10¹³ times smaller \
      than the last: they barely learn. Remedies: ReLU-type activations (derivative 1 where active), \
      initialisations that keep the signal's variance (Xavier/Glorot for tanh, He for ReLU), normalisation \
      layers and residual connections. The price of ReLU is dead units: a unit whose z stays negative passes \
      no gradient at all, which is what leaky ReLU, ELU and GELU soften.
      """)
  }

  // MARK: - 2.2 Numerical stability

  /// The textbook eˣ/(1 + eˣ): ∞/∞ = NaN once eˣ overflows (x > 709.78).
  static func naiveSigmoid(_ x: Double) -> Double { exp(x) / (1 + exp(x)) }
  /// The textbook ln(1 + eˣ): +∞ once eˣ overflows, and 0 once eˣ < ε/2 (x < −37), losing the tail.
  static func naiveSoftplus(_ x: Double) -> Double { log(1 + exp(x)) }

  /// A value for the table, NaN and ∞ spelled out (C's printf would write `-nan`).
  static func shown(_ value: Double) -> String {
    value.isNaN ? "NaN" : (value.isInfinite ? (value > 0 ? "∞" : "−∞") : value.significant(6))
  }

  func stability(_ book: Notebook) {
    book.subsection("Naive against stable formulas at large |x|")
    book.text("""
      eˣ overflows a double once x > ln(1.8·10³⁰⁸) ≈ 709.78. The textbook sigmoid eˣ/(1 + eˣ) then returns \
      ∞/∞ = NaN and ln(1 + eˣ) returns ∞; and for x < −37, 1 + eˣ rounds to 1, so the softplus tail is lost. \
      NeuralKit evaluates σ through e^(−|x|) only and softplus as max(x, 0) + ln(1 + e^(−|x|)) with log1p.
      """)
    let points: [Double] = [-1000, -40, 0, 40, 709, 710, 1000]
    book.table(["x", "naive σ", "stable σ", "naive softplus", "stable softplus"], points.map { x in
      ["\(Int(x))", Self.shown(Self.naiveSigmoid(x)), Self.shown(sigmoid(x)),
       Self.shown(Self.naiveSoftplus(x)), Self.shown(softplus(x))]
    })
    for x in [-1000.0, 1000] {
      book.metric("sigmoid.f@\(Int(x))", sigmoid(x))
      book.metric("softplus.f@\(Int(x))", softplus(x))
    }
    book.result("σ(−1000) = \(sigmoid(-1000)), σ(1000) = \(sigmoid(1000)), softplus(1000) = \(softplus(1000)), softplus(−1000) = \(softplus(-1000)) (exact: 0, 1, 1000, 0 to double precision)")
    let xs = linspace(-1000, 1000, count: 801), coarse = linspace(-1000, 1000, count: 161)
    let overflow = log(Double.greatestFiniteMagnitude)
    func panel(_ title: String, _ yLabel: String, naive: @escaping (Double) -> Double, stable: @escaping (Double) -> Double, _ range: AxisRange) -> Panel {
      Panel(title: title, xLabel: "x", yLabel: yLabel, yRange: range, key: .topLeft, layers: [
        .series(Series("stable", x: xs, stable)),
        .series(Series("naive (missing = NaN or ∞)", x: coarse, y: coarse.map(naive), style: .points, color: "#d62728", pointType: 7, pointSize: 0.6)),
      ], annotations: [.verticalLine(x: overflow, label: "709.78")])
    }
    book.figure(Figure(name: "stability", title: "Naive and stable formulas far from 0", rows: 1, columns: 2, width: 1400, height: 560, panels: [
      panel("sigmoid: eˣ/(1 + eˣ) against the stable form", "σ(x)", naive: Self.naiveSigmoid, stable: sigmoid, AxisRange(-0.1, 1.15)),
      panel("softplus: ln(1 + eˣ) against the stable form", "softplus(x)", naive: Self.naiveSoftplus, stable: softplus, AxisRange(-50, 1100)),
    ]), caption: "The naive formulas (red dots) stop at x ≈ 709.78 = ln(largest double), where eˣ overflows to ∞: the sigmoid becomes NaN and softplus ∞; the stable forms continue to 1 and to x.")
  }
}
