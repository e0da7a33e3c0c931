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
      central differences and a scalar autograd engine, repairs the source article's §4 program one error \
      at a time, and measures how initialization shapes activations through ten layers.
      """)

  @OptionGroup var chapter: ChapterOptions

  func run() throws {
    try Notebook.run(slug: "05-forward-backward", title: "Chapter 05 · Forward and backward pass", options: chapter) { book in
      let example = WorkedExample()
      example.forwardPass(book)
      example.backwardPass(book)
      threeGradients(book)
      seedProgram(book)
      initialization(book)
      book.tryThis([
        "`--seed 7` redraws the random 4-5-3 network and the seed program's data: the gradient checks still agree to ~1e-8 (central differences' own accuracy).",
        "In the seed figure, the literal run's loss rises: it follows +∇L. Each repair is one line of numpy.",
        "In the initialization figure, the small-random tanh stack loses a factor ~6 of spread per layer: that is why deep nets need Xavier or He.",
      ])
    }
  }

  // MARK: - 3.2 Three ways to the same gradient

  func threeGradients(_ book: Notebook) {
    book.section("3.2", "神经网络的后向传播", "Backward pass: three ways to the same gradient")
    book.text("Backpropagation by hand can hide a wrong sign or a missing factor. Two independent checks catch it: central differences, and an autograd engine that differentiates every scalar operation by itself.")
    book.formula("∂L/∂θᵢ ≈ (L(θ + h·eᵢ) − L(θ − h·eᵢ)) / 2h,   h = 10⁻⁵;   rel = |a − n| / max(|a|, |n|)",
                 tex: #"\frac{\partial L}{\partial \theta_i} \approx \frac{L(\theta + h e_i) - L(\theta - h e_i)}{2h}, \qquad \mathrm{rel} = \frac{|a - n|}{\max(|a|, |n|)}"#)
    var generator = SeededGenerator(seed: chapter.seed)
    let check = GradientComparison.randomMLP(using: &generator)
    let mazur = GradientComparison.mazur()
    book.table(["network", "parameters", "max rel. error, manual vs numerical", "max |manual − autograd|"], [
      ["Mazur 2-2-2, sigmoid, ½Σ(t − o)²", "\(mazur.relativeErrors.count)", mazur.maxRelativeError.significant(3), mazur.maxAutogradDifference.significant(3)],
      ["random 4-5-3, tanh, softmax cross-entropy", "\(check.relativeErrors.count)", check.maxRelativeError.significant(3), check.maxAutogradDifference.significant(3)],
    ])
    book.metric("gradcheck.mazur.max_rel_error", mazur.maxRelativeError)
    book.metric("gradcheck.mlp.max_rel_error", check.maxRelativeError)
    book.metric("gradcheck.autograd.max_abs_diff", max(check.maxAutogradDifference, mazur.maxAutogradDifference))
    book.text("Relative errors of 1e-8 and below are the accuracy of central differences themselves: the hand-written backward pass is right (CS231n's rule of thumb: below 1e-7 is fine, above 1e-2 is a bug). Autograd agrees to rounding, because it computes the same chain rule, one scalar at a time.")
    let floor = 1e-16  // errors of exactly 0 cannot sit on a log axis; draw them at the floor
    book.figure(Figure(name: "gradcheck", Panel(
      title: "Manual backprop vs central differences, per parameter", xLabel: "parameter index",
      yLabel: "relative error", yRange: AxisRange(1e-16, 1e-2), logY: true, key: .topRight,
      layers: [
        .series(Series("random 4-5-3 (tanh, softmax CE)", x: check.relativeErrors.indices.map(Double.init), y: check.relativeErrors.map { max($0, floor) }, style: .points, pointType: 7)),
        .series(Series("Mazur 2-2-2 (sigmoid, ½Σ)", x: mazur.relativeErrors.indices.map(Double.init), y: mazur.relativeErrors.map { max($0, floor) }, style: .points, pointType: 5)),
      ],
      annotations: [.horizontalLine(y: 1e-7, label: "1e-7: fine below")])),
      caption: "Relative error between hand-written backpropagation and central differences for every weight and bias (exact zeros drawn at 1e-16).")
  }

  // MARK: - 4 具体代码实例 · The seed's code, repaired

  func seedProgram(_ book: Notebook) {
    book.section("4", "具体代码实例", "Code example: the source's program, repaired")
    book.text("The article's numpy program (10-5-1 sigmoid network, MSE, lr 0.01, 1000 epochs) crashes: its target `y = X·W1 + b1` has 5 columns for a 1-output network. Keeping only the target's first column lets it run — and the loss climbs. Then the repairs, one at a time, each run from the same starting weights and data:")
    let program = SeedProgram()
    var applied: SeedRepairs = []
    var rows: [[String]] = []
    let literal = program.run(repairs: [], seed: chapter.seed)
    rows.append(["as written (target's first column only)", literal.losses[0].fixed(4), (literal.losses.last ?? 0).fixed(4), shape(literal)])
    let notes: [(SeedRepairs, String)] = [
      (.gradientSign, "+ gradient from a2 − y (descend, not ascend)"), (.sigmoidDerivative, "+ σ′(z) = a(1 − a) at both layers"),
      (.batchMean, "+ average over the 100 samples"), (.linearOutput, "+ linear output for a regression target"),
      (.fullForwardPrediction, "+ predict with the whole network"), (.separateTeacher, "+ target from a separate teacher network"),
    ]
    var fixed = literal
    for (repair, note) in notes {
      applied.insert(repair)
      fixed = program.run(repairs: applied, seed: chapter.seed)
      rows.append([note, fixed.losses[0].fixed(4), (fixed.losses.last ?? 0).fixed(4), shape(fixed)])
    }
    book.table(["program", "first loss", "last loss", "prediction"], rows)
    book.metric("seed.literal.loss_first", literal.losses[0])
    book.metric("seed.literal.loss_last", literal.losses.last ?? 0)
    book.metric("seed.fixed.loss_first", fixed.losses[0])
    book.metric("seed.fixed.loss_last", fixed.losses.last ?? 0)
    book.text("The literal run climbs because `W -= lr * dW` with `error = y - a2` moves along +∇L. With every repair the same network descends, and its prediction (the full forward pass) is a 100×1 column that can be compared with y.")
    // Epoch + 1 on a log axis: the literal run climbs within its first few epochs, then the saturated
    // sigmoid output holds it flat.
    let epochs = literal.losses.indices.map { Double($0 + 1) }
    book.figure(Figure(name: "seed-losses", Panel(
      title: "The source's program: as written vs repaired", xLabel: "epoch + 1 (log scale)", yLabel: "MSE loss",
      xRange: AxisRange(1, Double(epochs.count)),
      logX: true, logY: true, key: .bottomLeft,
      layers: [.series(Series("as written (gradient ascent)", x: epochs, y: literal.losses, color: "#d62728")),
               .series(Series("all six repairs", x: epochs, y: fixed.losses, color: "#2ca02c"))])),
      caption: "MSE by epoch: the program as printed climbs in its first epochs until its sigmoid output saturates; with the six repairs it descends.")
  }

  func shape(_ run: SeedRun) -> String {
    "\(run.predictionShape.rows)×\(run.predictionShape.columns)" + (run.predictionLoss.map { ", MSE \($0.fixed(4))" } ?? " (y is 100×1)")
  }

  // MARK: - 3.1 Why initialization matters

  func initialization(_ book: Notebook) {
    book.section("3.1", "神经网络的前向传播", "Forward pass, revisited: why initialization matters")
    book.text("Ten dense layers of 256 units, 500 standard-normal inputs, no training: only the forward pass. The spread of the activations decides whether any signal — and later any gradient — survives the depth.")
    var generator = SeededGenerator(seed: chapter.seed)
    var panels: [Panel] = []
    for activation in [Activation.tanh, .relu] {
      var layers: [PlotLayer] = []
      var rows: [[String]] = []
      for initializer in [Initializer.zeros, .small, .xavier, .he] {
        let spread = activationSpread(depth: 10, width: 256, samples: 500, activation: activation, initializer: initializer, using: &generator)
        book.metric("init.\(activation.rawValue).\(Self.key(initializer)).std_layer10", spread[9])
        rows.append([initializer.name, spread[0].significant(3), spread[4].significant(3), spread[9].significant(3)])
        // Zero initialization gives exactly 0, which a log axis cannot show; it is in the table.
        if initializer != .zeros {
          layers.append(.series(Series(initializer.name, x: (1...10).map(Double.init), y: spread, style: .linesPoints, pointType: 7)))
        }
      }
      book.subsection("\(activation.rawValue): standard deviation of the activations")
      book.table(["initialization", "layer 1", "layer 5", "layer 10"], rows)
      panels.append(Panel(title: activation.rawValue, xLabel: "layer", yLabel: "std of activations", logY: true, key: .bottomLeft, layers: layers))
    }
    book.text("Zeros: every unit computes the same thing and nothing flows. Small random (σ = 0.01): each layer multiplies the spread by about 0.01·√256 = 0.16, so ten layers leave ~10⁻⁸. Xavier keeps tanh alive; He keeps ReLU's mean square exactly constant (Var z = 256·(2/256)·E[a²], and ReLU halves it back).")
    book.figure(Figure(name: "init-spread", title: "Activation spread through 10 layers of 256 units", rows: 1, columns: 2, width: 1200, height: 520, panels: panels),
                caption: "Standard deviation of the activations by layer (log scale). Zero initialization is exactly 0 at every layer and is left off the log axis.")
  }

  static func key(_ initializer: Initializer) -> String {
    switch initializer {
    case .zeros: "zeros"
    case .smallRandom: "small"
    case .xavier: "xavier"
    case .he: "he"
    }
  }
}

// MARK: - 3.1 / 3.2 The worked example

/// Mazur's 2-2-2 network, walked node by node.
struct WorkedExample {
  let layers = MazurExample.network()

  func forwardPass(_ book: Notebook) {
    book.section("3.1", "神经网络的前向传播", "Forward pass")
    book.text("Matt Mazur's classic example: two inputs, two sigmoid hidden units, two sigmoid outputs; i = (0.05, 0.10), targets (0.01, 0.99), w1 … w8 = 0.15 … 0.55, b1 = 0.35, b2 = 0.60.")
    book.formula("net = Σ wᵢ·inᵢ + b,   out = σ(net),   E = ½ Σ (target − out)²",
                 tex: #"net = \sum_i w_i\, in_i + b, \quad out = \sigma(net), \quad E = \tfrac12 \sum (target - out)^2"#)
    let netH = layers.hidden.forward(MazurExample.input), outH = Activation.sigmoid.value(netH)
    let netO = layers.output.forward(outH), outO = Activation.sigmoid.value(netO)
    let e = HalfSumOfSquares().value(outO, MazurExample.target)
    book.code("""
      net_h1 = w1·i1 + w2·i2 + b1 = 0.15·0.05 + 0.20·0.10 + 0.35 = \(netH[0, 0].fixed(9))    out_h1 = σ(net_h1) = \(outH[0, 0].fixed(9))
      net_h2 = w3·i1 + w4·i2 + b1 = 0.25·0.05 + 0.30·0.10 + 0.35 = \(netH[0, 1].fixed(9))    out_h2 = σ(net_h2) = \(outH[0, 1].fixed(9))
      net_o1 = w5·out_h1 + w6·out_h2 + b2 = \(netO[0, 0].fixed(9))    out_o1 = \(outO[0, 0].fixed(9))
      net_o2 = w7·out_h1 + w8·out_h2 + b2 = \(netO[0, 1].fixed(9))    out_o2 = \(outO[0, 1].fixed(9))
      E_total = ½(0.01 − out_o1)² + ½(0.99 − out_o2)² = \(e.fixed(9))
      """)
    for (key, value) in [("h1", outH[0, 0]), ("h2", outH[0, 1]), ("o1", outO[0, 0]), ("o2", outO[0, 1]), ("e_total", e)] {
      book.metric("mazur.\(key)", value)
    }
    book.result("E_total = \(e.fixed(9)) (Mazur: 0.298371109)")
  }

  func backwardPass(_ book: Notebook) {
    book.section("3.2", "神经网络的后向传播", "Backward pass")
    book.text("Each weight's gradient is a product along the path from E back to it. For an output weight three factors; for a hidden weight the error reaching out_h1 is the sum over both outputs.")
    book.formula("∂E/∂w5 = ∂E/∂out_o1 · ∂out_o1/∂net_o1 · ∂net_o1/∂w5 = (out_o1 − t1) · out_o1(1 − out_o1) · out_h1",
                 tex: #"\frac{\partial E}{\partial w_5} = \frac{\partial E}{\partial out_{o1}} \frac{\partial out_{o1}}{\partial net_{o1}} \frac{\partial net_{o1}}{\partial w_5} = (out_{o1} - t_1)\, out_{o1}(1 - out_{o1})\, out_{h1}"#)
    let (hidden, output, network) = layers
    let outH = Activation.sigmoid.value(hidden.forward(MazurExample.input)), outO = Activation.sigmoid.value(output.forward(outH))
    let t = MazurExample.target, i = MazurExample.input, w = MazurExample.weights
    let dOut = (0..<2).map { outO[0, $0] - t[0, $0] }, dNet = (0..<2).map { dOut[$0] * outO[0, $0] * (1 - outO[0, $0]) }
    let dHidden = (0..<2).map { dNet[0] * w[4 + $0] + dNet[1] * w[6 + $0] }  // ∂E/∂out_h = Σ_o δ_o·w(h→o)
    var lines: [String] = []
    for (k, (o, h)) in [(0, 0), (0, 1), (1, 0), (1, 1)].enumerated() {
      let product = dOut[o] * outO[0, o] * (1 - outO[0, o]) * outH[0, h]
      lines.append("∂E/∂w\(k + 5) = \(dOut[o].fixed(9)) · \((outO[0, o] * (1 - outO[0, o])).fixed(9)) · \(outH[0, h].fixed(9)) = \(product.fixed(9))")
    }
    for (k, (h, x)) in [(0, 0), (0, 1), (1, 0), (1, 1)].enumerated() {
      let slope = outH[0, h] * (1 - outH[0, h])
      lines.append("∂E/∂w\(k + 1) = \(dHidden[h].fixed(9)) · \(slope.fixed(9)) · \(i[0, x].fixed(2)) = \((dHidden[h] * slope * i[0, x]).fixed(9))")
    }
    book.code(lines.joined(separator: "\n"))
    MazurExample.step(hidden, output, network)
    let updated = MazurExample.weights(hidden: hidden, output: output)
    book.text("The update w⁺ = w − η·∂E/∂w with η = 0.5 (all gradients taken at the old weights; the products above equal the layers' own backward pass):")
    book.table(["weight", "before", "after one update"], updated.indices.map { ["w\($0 + 1)", w[$0].fixed(2), updated[$0].fixed(9)] })
    for (k, value) in updated.enumerated() { book.metric("mazur.w\(k + 1)_new", value) }
    var beforeLast = 0.0
    for _ in 1..<10_000 { beforeLast = MazurExample.step(hidden, output, network) }
    let final = HalfSumOfSquares().value(network.forward(MazurExample.input), t)
    book.metric("mazur.e_total_10000", final)
    book.metric("mazur.e_total_pass_10000", beforeLast)
    book.result("after 10,000 updates E_total = \(final.significant(9)); outputs \(network.forward(i).storage.map { $0.fixed(6) }.joined(separator: ", ")) for targets 0.01, 0.99")
    book.result("Mazur's 0.0000351085 is the error measured in the 10,000th forward pass, before that pass's update (after 9,999 updates): here \(beforeLast.significant(9))")
  }
}

extension GradientComparison {
  static func mazur() -> GradientComparison {
    let example = MazurExample.network()
    return GradientComparison(network: example.network, input: MazurExample.input, target: MazurExample.target,
                              loss: HalfSumOfSquares()) { $0.halfSumOfSquares(MazurExample.target) }
  }

  /// A 4-5-3 network (tanh hidden layer, softmax cross-entropy) with Xavier weights, random biases and a
  /// batch of 6 random samples.
  static func randomMLP(using generator: inout SeededGenerator) -> GradientComparison {
    let hidden = Dense(inputs: 4, outputs: 5, initializer: .xavier, using: &generator)
    let output = Dense(inputs: 5, outputs: 3, initializer: .xavier, using: &generator)
    hidden.bias.value = .randomNormal(rows: 1, columns: 5, standardDeviation: 0.1, using: &generator)
    output.bias.value = .randomNormal(rows: 1, columns: 3, standardDeviation: 0.1, using: &generator)
    let x = Matrix.randomNormal(rows: 6, columns: 4, using: &generator)
    let labels = (0..<6).map { _ in generator.nextInt(in: 0..<3) }
    var oneHot = Matrix(rows: 6, columns: 3)
    for (row, label) in labels.enumerated() { oneHot[row, label] = 1 }
    return GradientComparison(network: Sequential([hidden, ActivationLayer(.tanh), output]), input: x, target: oneHot,
                              loss: SoftmaxCrossEntropyLoss()) { $0.softmaxCrossEntropy(labels: labels) }
  }
}

ForwardBackward.main()
