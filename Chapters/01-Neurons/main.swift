import ArgumentParser
import NeuralKit
import NotebookKit

/// Chapter 01: from the brain's spiking neurons to the artificial neuron and the perceptron.
@main
struct Neurons: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch01-neurons",
    abstract: "Chapter 01 · Neurons: from a spiking brain cell to the artificial neuron and the perceptron.",
    discussion: """
      Simulates a leaky integrate-and-fire neuron, turns its firing-rate curve into an activation \
      function, computes one artificial neuron by hand, and trains perceptrons on AND, OR and XOR. \
      Writes the notebook page, figures and results.json into --out.
      """)

  @OptionGroup var chapter: ChapterOptions

  @Option(parsing: .unconditional, help: "Input current for the membrane trace, in nA (> 0).")
  var current = PositiveDouble(2)

  func run() throws {
    try Notebook.run(slug: "01-neurons", title: "Chapter 01 · Neurons: from the brain to the artificial neuron", options: chapter) { book in
      background(book)
      let neuron = LeakyIntegrateAndFire()
      spikingNeuron(book, neuron)
      firingRates(book, neuron)
      artificialNeuron(book)
      perceptrons(book)
      book.tryThis([
        "`--current 1.6` puts the neuron just above threshold: the trace climbs slowly and fires rarely.",
        "`--current 5` drives it hard: the refractory period starts to cap the rate (at most 1/t_ref = 500 Hz).",
        "In the rate figure, compare the simulated dots with the closed form near 1.5 nA, where Euler steps matter most.",
        "In the perceptron figure, move an XOR point in your head: any single line still gets one of the four wrong.",
      ])
    }
  }

  // MARK: - 1 背景介绍 · Background

  func background(_ book: Notebook) {
    book.section("1", "背景介绍", "Background")
    book.text("""
      A brain is tens of billions of neurons, each collecting electrical input through its dendrites and \
      sending a spike down its axon when its membrane voltage crosses a threshold. Deep learning borrows \
      the idea, not the biology: an artificial neuron weighs its inputs, adds a bias, and passes the sum \
      through a nonlinear activation. This chapter walks that bridge in numbers.
      """)
  }

  // MARK: - 2.1 神经网络 · Neural networks: the biological neuron

  func spikingNeuron(_ book: Notebook, _ neuron: LeakyIntegrateAndFire) {
    book.section("2.1", "神经网络", "Neural networks")
    book.subsection("A biological neuron: leaky integrate-and-fire")
    book.text("The membrane is a leaky capacitor: input current charges it, the leak pulls it back to rest, and at threshold the cell fires and resets.")
    book.formula("τ_m·dV/dt = −(V − V_rest) + R_m·I;   V ≥ V_th ⇒ spike, V ← V_reset, silent for t_ref",
                 tex: #"\tau_m \frac{dV}{dt} = -(V - V_{rest}) + R_m I, \qquad V \ge V_{th} \Rightarrow \text{spike},\ V \leftarrow V_{reset}"#)
    book.table(["parameter", "value"], [
      ["V_rest = V_reset", "\(neuron.restingPotential.fixed(0)) mV"], ["V_th", "\(neuron.threshold.fixed(0)) mV"],
      ["τ_m", "\(neuron.membraneTimeConstant.fixed(0)) ms"], ["R_m", "\(neuron.membraneResistance.fixed(0)) MΩ"],
      ["t_ref", "\(neuron.refractoryPeriod.fixed(0)) ms"], ["forward Euler step", "\(Self.dt) ms over \(Self.duration.fixed(0)) ms"],
    ])
    let trace = neuron.simulate(current: current.value, duration: Self.traceWindow, dt: Self.dt)
    book.result("at I = \(current.value) nA the neuron fires \(trace.spikeTimes.count) times in the first \(Self.traceWindow.fixed(0)) ms")
    // Draw each spike as a stroke up to +20 mV, the way an electrode would see the action potential.
    let spikeSteps = Set(trace.spikeTimes.map { Int(($0 / Self.dt).rounded()) })
    let shown = trace.voltages.enumerated().map { spikeSteps.contains($0.offset + 1) ? Self.spikePeak : $0.element }
    book.figure(Figure(name: "lif-trace", Panel(
      title: "Leaky integrate-and-fire membrane potential, I = \(current.value) nA",
      xLabel: "time (ms)", yLabel: "membrane potential V (mV)", yRange: AxisRange(-70, 30), key: .topRight,
      layers: [.series(Series("V(t)", x: trace.times, y: shown, lineWidth: 1.5))],
      annotations: [.horizontalLine(y: neuron.threshold, label: "V_th = −50 mV"),
                    .horizontalLine(y: neuron.restingPotential, label: "V_rest = −65 mV")])),
      caption: "Membrane potential at \(current.value) nA: charge, fire (drawn up to +20 mV), reset, wait t_ref, repeat.")
  }

  static let dt = 0.1  // ms, forward Euler step
  static let duration = 1000.0  // ms simulated for each firing rate
  static let traceWindow = 100.0  // ms shown in the trace figure
  static let spikePeak = 20.0  // mV, where a spike is drawn

  // MARK: - 2.1 From firing rates to activation functions

  func firingRates(_ book: Notebook, _ neuron: LeakyIntegrateAndFire) {
    book.subsection("From firing rate to activation function")
    book.text("Hold the current constant and count spikes for one second. Below the threshold current nothing happens; above it the rate jumps up, then grows ever more slowly (it can never pass 1/t_ref = 500 Hz). The continuous model has a closed form:")
    book.formula("r(I) = 1 / (t_ref + τ_m·ln(R·I / (R·I − (V_th − V_rest))))   for R·I > V_th − V_rest, else 0",
                 tex: #"r(I) = \frac{1}{t_{ref} + \tau_m \ln \frac{R I}{R I - (V_{th} - V_{rest})}}"#)
    book.metric("lif.threshold_current_na", neuron.thresholdCurrent)
    book.result("threshold current (V_th − V_rest)/R_m = \(neuron.thresholdCurrent.fixed(3)) nA")
    var rows: [[String]] = []
    for amps in [1.0, 2, 3, 5] {
      let simulated = neuron.simulatedRate(current: amps, duration: Self.duration, dt: Self.dt)
      let exact = neuron.analyticRate(current: amps)
      book.metric("lif.rate_hz@\(Int(amps))", simulated)
      book.metric("lif.analytic_hz@\(Int(amps))", exact)
      rows.append(["\(Int(amps))", simulated.fixed(1), exact.fixed(3)])
    }
    book.table(["I (nA)", "simulated (Hz)", "closed form (Hz)"], rows)
    book.text("The simulation counts whole spikes in a second and crosses threshold on a 0.1 ms grid, so it sits within a spike or two per second of the closed form.")

    let currents = linspace(0, 5, count: 51)
    let simulated = currents.map { neuron.simulatedRate(current: $0, duration: Self.duration, dt: Self.dt) }
    // r ≈ r_max·σ((I − I½)/s): a sigmoid through the rate curve is the first activation function.
    let fit = fitLeastSquares(initial: [simulated.max() ?? 1, 2, 0.5]) { p in
      zip(currents, simulated).map { p[0] * sigmoid(($0 - p[1]) / p[2]) - $1 }
    }
    let rmse = (sumOfSquares(zip(currents, simulated).map { fit[0] * sigmoid(($0 - fit[1]) / fit[2]) - $1 }) / Double(currents.count)).squareRoot()
    book.metric("lif.fit.r_max_hz", fit[0])
    book.metric("lif.fit.i_half_na", fit[1])
    book.metric("lif.fit.scale_na", fit[2])
    book.metric("lif.fit.rmse_hz", rmse)
    book.formula("r(I) ≈ \(fit[0].fixed(1)) Hz · σ((I − \(fit[1].fixed(3)) nA) / \(fit[2].fixed(3)) nA)   (RMS error \(rmse.fixed(2)) Hz)",
                 tex: #"r(I) \approx \#(fit[0].fixed(1))\,\text{Hz}\cdot\sigma\!\left(\frac{I - \#(fit[1].fixed(3))}{\#(fit[2].fixed(3))}\right)"#)
    book.text("That least-squares sigmoid is the bridge: an artificial neuron keeps only the input-to-rate curve and forgets the spikes.")
    let fine = linspace(0, 5, count: 501)
    book.figure(Figure(name: "lif-rate", Panel(
      title: "Firing rate against input current", xLabel: "input current I (nA)", yLabel: "firing rate (Hz)", key: .topLeft,
      layers: [
        .series(Series("closed form", x: fine, y: fine.map(neuron.analyticRate))),
        .series(Series("simulated (Euler, 1 s)", x: currents, y: simulated, style: .points, pointType: 7, pointSize: 1.1)),
        .series(Series("fitted sigmoid", x: fine, dashType: 2) { fit[0] * sigmoid(($0 - fit[1]) / fit[2]) }),
      ],
      annotations: [.verticalLine(x: neuron.thresholdCurrent, label: "threshold 1.5 nA")])),
      caption: "Rate against current: simulation, closed form, and the sigmoid fitted through the simulated points.")
  }

  // MARK: - 2.1 The artificial neuron

  func artificialNeuron(_ book: Notebook) {
    book.subsection("The artificial neuron, step by step")
    let x = [0.5, -1, 2], w = [0.4, 0.3, -0.2], b = 0.1
    book.formula("z = w·x + b,   a = σ(z) = 1/(1 + e⁻ᶻ)", tex: #"z = \mathbf{w}\cdot\mathbf{x} + b, \qquad a = \sigma(z) = \frac{1}{1 + e^{-z}}"#)
    book.text("With x = (0.5, −1, 2), w = (0.4, 0.3, −0.2) and b = 0.1:")
    let products = zip(w, x).map { $0 * $1 }
    let z = Matrix.dot(w, x) + b
    let a = sigmoid(z)
    book.code("""
      w·x = 0.4·0.5 + 0.3·(−1) + (−0.2)·2 = \(products.map { $0 < 0 ? "(\($0.fixed(1)))" : $0.fixed(1) }.joined(separator: " + ")) = \(Matrix.dot(w, x).fixed(1))
      z   = w·x + b = \(Matrix.dot(w, x).fixed(1)) + 0.1 = \(z.fixed(1))
      a   = σ(\(z.fixed(1))) = 1/(1 + e^0.4) = \(a.fixed(6))
      """)
    book.metric("neuron.z", z)
    book.metric("neuron.a", a)
    let zs = linspace(-6, 6, count: 241)
    book.figure(Figure(name: "neuron-sigmoid", Panel(
      title: "The neuron's output on the sigmoid", xLabel: "pre-activation z", yLabel: "activation a = σ(z)", key: .topLeft,
      layers: [.series(Series("σ(z)", x: zs, sigmoid)),
               .series(Series("this neuron: z = \(z.fixed(1)), a = \(a.fixed(4))", x: [z], y: [a], style: .points, pointType: 7, pointSize: 2))])),
      caption: "The artificial neuron's weighted sum z = −0.4 lands at a = σ(z) ≈ 0.401.")
  }

  // MARK: - 2.1 The perceptron

  func perceptrons(_ book: Notebook) {
    book.subsection("The perceptron: AND, OR and XOR")
    book.formula("ŷ = 1 if w·x + b > 0 else 0;   w ← w + η(t − ŷ)x,   b ← b + η(t − ŷ)",
                 tex: #"\hat y = [\mathbf{w}\cdot\mathbf{x} + b > 0], \qquad \mathbf{w} \leftarrow \mathbf{w} + \eta (t - \hat y)\mathbf{x}, \quad b \leftarrow b + \eta (t - \hat y)"#)
    book.text("η = 0.1, weights and bias start at zero, samples in the order (0,0), (0,1), (1,0), (1,1), at most 100 passes.")
    let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    let gates: [(name: String, targets: [Double])] = [("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1]), ("xor", [0, 1, 1, 0])]
    var rows: [[String]] = []
    var panels: [Panel] = []
    for gate in gates {
      var perceptron = Perceptron(inputs: 2)
      let record = perceptron.train(inputs, gate.targets, learningRate: 0.1, maxEpochs: 100)
      let accuracy = perceptron.accuracy(inputs, gate.targets)
      if let epochs = record.epochsToConverge { book.metric("perceptron.\(gate.name).epochs", Double(epochs)) }
      book.metric("perceptron.\(gate.name).accuracy", accuracy)
      rows.append([gate.name.uppercased(), record.epochsToConverge.map(String.init) ?? "never (100 passes)",
                   "(\(perceptron.weights.map { $0.fixed(2) }.joined(separator: ", ")))", perceptron.bias.fixed(2), accuracy.fixed(2)])
      panels.append(gatePanel(gate.name.uppercased(), inputs, gate.targets, perceptron))
    }
    book.table(["gate", "passes to converge", "w", "b", "accuracy"], rows)
    let best = bestLinearAccuracy(inputs, [0, 1, 1, 0])
    book.metric("perceptron.xor.best_line_accuracy", best)
    book.text("""
      XOR never converges: the weights cycle. A search over every line through the plane finds none that \
      gets more than \(Int(best * 4)) of the 4 points right (accuracy \(best.fixed(2))). Adding the inequalities \
      for (0,1) and (1,0) gives w₁ + w₂ + 2b > 0, while (0,0) and (1,1) demand w₁ + w₂ + 2b ≤ 0: no line \
      exists. A hidden layer that bends the input space is the way out (chapter 06).
      """)
    book.figure(Figure(name: "perceptron-gates", title: "Perceptron decision lines after training", rows: 1, columns: 3,
                       width: 1200, height: 460, panels: panels),
                caption: "Blue circles t = 1, red squares t = 0, black line w·x + b = 0 (points on the line count as 0). AND and OR are separable and the perceptron finds a line; for XOR the last line still gets two points wrong.")
  }

  func gatePanel(_ title: String, _ inputs: [[Double]], _ targets: [Double], _ p: Perceptron) -> Panel {
    let xs = linspace(-0.5, 1.5, count: 2)
    // The boundary w₁x + w₂y + b = 0, solved for y (w₂ ≠ 0 after training on these gates; a flat line otherwise).
    let line: Series
    if p.weights[1] != 0 {
      line = Series("w·x + b = 0", x: xs, y: xs.map { -(p.weights[0] * $0 + p.bias) / p.weights[1] }, color: "#333333")
    } else {  // w₂ = 0: the boundary is the vertical line x₁ = −b/w₁ (or nothing when w = 0)
      let x = p.weights[0] == 0 ? [] : [-p.bias / p.weights[0], -p.bias / p.weights[0]]
      line = Series("w·x + b = 0", x: x, y: x.isEmpty ? [] : [-0.5, 1.5], color: "#333333")
    }
    var panel = Panel(title: title, xLabel: "x₁", yLabel: "x₂", xRange: AxisRange(-0.5, 1.5), yRange: AxisRange(-0.5, 1.5), key: .hidden)
    panel.equalAspect = true
    let ones = inputs.indices.filter { targets[$0] == 1 }, zeros = inputs.indices.filter { targets[$0] == 0 }
    panel.layers = [
      .series(Series("t = 0", x: zeros.map { inputs[$0][0] }, y: zeros.map { inputs[$0][1] }, style: .points, color: "#d62728", pointType: 5, pointSize: 2)),
      .series(Series("t = 1", x: ones.map { inputs[$0][0] }, y: ones.map { inputs[$0][1] }, style: .points, color: "#1f77b4", pointType: 7, pointSize: 2)),
      .series(line),
    ]
    return panel
  }
}
