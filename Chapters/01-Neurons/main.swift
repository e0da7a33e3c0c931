import ArgumentParser
import NeuralKit
import NotebookKit

/// Chapter 01: from the brain's spiking neurons to the artificial neuron and the perceptron.
struct Neurons: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch01-neurons",
    abstract: "Chapter 01 · Neurons: from a spiking brain cell to the artificial neuron and the perceptron.",
    discussion: """
      Simulates a leaky integrate-and-fire neuron, fits a sigmoid, a ReLU and a softplus to its firing-rate \
      curve, computes one artificial neuron by hand, and trains perceptrons on AND, OR and XOR. The prose is \
      Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions

  /// The largest `--current`: 50 nA already fires at the refractory ceiling.
  static let maximumCurrent = 50.0

  @Option(parsing: .unconditional,
          help: "Input current for the membrane trace, in nA: more than 0, at most 50 (default: 2).",
          transform: Neurons.current)
  var current = 2.0

  /// Parses `--current`, refusing what is not a number in (0, 50] (NaN and ±∞ included).
  @Sendable static func current(_ text: String) throws -> Double {
    guard let value = Double(text), value > 0, value <= maximumCurrent else {
      throw ValidationError("the current must be a number of nA more than 0 and at most \(Int(maximumCurrent)).")
    }
    return value
  }

  func run() throws {
    try Notebook.run(slug: "01-neurons", options: chapter) { book in
      let neuron = LeakyIntegrateAndFire()
      membraneTrace(book, neuron, current: current)
      let curve = firingRates(book, neuron)
      rateFits(book, curve)
      artificialNeuron(book)
      perceptrons(book)
    }
  }
}

Neurons.main()

// MARK: - 2.1 神经网络 · Neural networks: a biological neuron

/// The simulation's constants (static, not top-level: main.swift's globals are set only when reached).
enum Simulation {
  static let dt = 0.1  // ms, forward Euler step: 1/100 of τ_m
  static let duration = 1000.0  // ms simulated for each firing rate
  static let traceWindow = 100.0  // ms shown in the trace figure
  static let spikePeak = 20.0  // mV, where a spike is drawn
}

func membraneTrace(_ book: Notebook, _ neuron: LeakyIntegrateAndFire, current: Double) {
  for (name, value) in [("v_rest", neuron.restingPotential), ("v_th", neuron.threshold),
                        ("tau_m", neuron.membraneTimeConstant), ("r_m", neuron.membraneResistance),
                        ("t_ref", neuron.refractoryPeriod)] { book["lif.\(name)"] = value.fixed(0) }
  book["lif.dt"] = "\(Simulation.dt)"
  let trace = neuron.simulate(current: current, duration: Simulation.traceWindow, dt: Simulation.dt)
  book["trace.current"] = "\(current)"
  book["trace.window"] = Simulation.traceWindow.fixed(0)
  book.metric("lif.trace.spike_count", Double(trace.spikeTimes.count), shown: .integer)
  // Draw each spike as a stroke up to +20 mV, the way an electrode would see the action potential.
  let spikeSteps = Set(trace.spikeTimes.map { Int(($0 / Simulation.dt).rounded()) })
  let peak = Simulation.spikePeak
  let shown = trace.voltages.enumerated().map { spikeSteps.contains($0.offset + 1) ? peak : $0.element }
  book.figure(Figure(name: "lif-trace", Panel(
    title: "Leaky integrate-and-fire membrane potential, I = \(current) nA",
    xLabel: "time (ms)", yLabel: "membrane potential V (mV)", yRange: AxisRange(-70, 30), key: .topRight,
    layers: [.series(Series("V(t)", x: trace.times, y: shown, lineWidth: 1.5))],
    annotations: [.horizontalLine(y: neuron.threshold, label: "V_th = −50 mV"),
                  .horizontalLine(y: neuron.restingPotential, label: "V_rest = −65 mV")])))
}

// MARK: - 2.1 From firing rate to activation function

/// The simulated rate curve: 51 currents from 0 to 5 nA.
typealias RateCurve = (neuron: LeakyIntegrateAndFire, currents: [Double], rates: [Double])

func firingRates(_ book: Notebook, _ neuron: LeakyIntegrateAndFire) -> RateCurve {
  book.metric("lif.threshold_current_na", neuron.thresholdCurrent, shown: .fixed(3))
  book.metric("lif.rate_ceiling_hz", 1000 / neuron.refractoryPeriod, shown: .integer)
  var rows: [[String]] = []
  for amps in [1.0, 2, 3, 5] {
    let simulated = neuron.simulatedRate(current: amps, duration: Simulation.duration, dt: Simulation.dt)
    let exact = neuron.analyticRate(current: amps)
    book.metric("lif.rate_hz@\(Int(amps))", simulated)
    book.metric("lif.analytic_hz@\(Int(amps))", exact)
    rows.append(["\(Int(amps))", simulated.fixed(1), exact.fixed(3)])
  }
  book.rows("lif.rate.rows", rows)
  let currents = linspace(0, 5, count: 51)
  let rates = currents.map { neuron.simulatedRate(current: $0, duration: Simulation.duration, dt: Simulation.dt) }
  return (neuron, currents, rates)
}

// MARK: - 2.1 Which activation function does a neuron look like?

func rateFits(_ book: Notebook, _ curve: RateCurve) {
  let fits = RateModel.allCases.map { RateFit($0, currents: curve.currents, rates: curve.rates) }
  let (sigmoidFit, reluFit, softplusFit) = (fits[0], fits[1], fits[2])
  for (key, value) in zip(["r_max_hz", "i_half_na", "scale_na"], sigmoidFit.parameters) {
    book.metric("lif.fit.\(key)", value, shown: key == "r_max_hz" ? .fixed(1) : .fixed(3))
  }
  book.metric("lif.fit.rmse_hz", sigmoidFit.rmse)
  for fit in [reluFit, softplusFit] {
    book.metric("lif.fit.\(fit.model).slope_hz_per_na", fit.parameters[0], shown: .fixed(1))
    book.metric("lif.fit.\(fit.model).threshold_na", fit.parameters[1], shown: .fixed(3))
  }
  book["lif.fit.softplus.softness_na"] = "\(RateModel.softness)"
  for fit in fits { book.metric("lif.fit.\(fit.model).rmse_hz", fit.rmse, shown: .fixed(2)) }
  for fit in fits { book.metric("lif.fit.\(fit.model).rate_hz_at_1na", fit.rate(1), shown: .fixed(1)) }
  let fine = linspace(0, 5, count: 501)
  book.figure(Figure(name: "lif-rate", Panel(
    title: "Firing rate against input current", xLabel: "input current I (nA)", yLabel: "firing rate (Hz)",
    yRange: AxisRange(-5, 200), key: .bottomRight,
    layers: [
      .series(Series("closed form", x: fine, color: "#1f77b4", curve.neuron.analyticRate)),
      .series(Series("simulated (Euler, 1 s)", x: curve.currents, y: curve.rates, style: .points, color: "#1f77b4",
                     pointType: 7, pointSize: 1.1)),
      .series(Series("fitted sigmoid", x: fine, color: "#d62728", dashType: 2, sigmoidFit.rate)),
      .series(Series("fitted ReLU", x: fine, color: "#2ca02c", reluFit.rate)),
      .series(Series("fitted softplus", x: fine, y: fine.map(softplusFit.rate), color: "#000000", lineWidth: 1.5,
                     dashType: 3)),
    ],
    annotations: [.verticalLine(x: curve.neuron.thresholdCurrent, label: "threshold")])))
}

// MARK: - 2.1 The artificial neuron, step by step

func artificialNeuron(_ book: Notebook) {
  let x = [0.5, -1, 2], w = [0.4, 0.3, -0.2], b = 0.1
  let terms = zip(w, x).map { $0 * $1 }.map { $0 < 0 ? "(\($0.fixed(1)))" : $0.fixed(1) }.joined(separator: " + ")
  let z = Matrix.dot(w, x) + b
  let a = sigmoid(z)
  book.block("neuron.trace", """
    w·x = 0.4·0.5 + 0.3·(−1) + (−0.2)·2 = \(terms) = \(Matrix.dot(w, x).fixed(1))
    z   = w·x + b = \(Matrix.dot(w, x).fixed(1)) + 0.1 = \(z.fixed(1))
    a   = σ(\(z.fixed(1))) = 1/(1 + e^0.4) = \(a.fixed(6))
    """)
  book.metric("neuron.z", z)
  book.metric("neuron.a", a)
  let zs = linspace(-6, 6, count: 241)
  book.figure(Figure(name: "neuron-sigmoid", Panel(
    title: "The neuron's output on the sigmoid", xLabel: "pre-activation z", yLabel: "activation a = σ(z)",
    key: .topLeft,
    layers: [.series(Series("σ(z)", x: zs, sigmoid)),
             .series(Series("this neuron: z = \(z.fixed(1)), a = \(a.fixed(4))", x: [z], y: [a], style: .points,
                            pointType: 7, pointSize: 2))])))
}

// MARK: - 2.1 The perceptron: AND, OR and XOR

func perceptrons(_ book: Notebook) {
  let learningRate = 0.1, maxPasses = 100
  book["perceptron.learning_rate"] = "\(learningRate)"
  book["perceptron.max_passes"] = "\(maxPasses)"
  let inputs: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
  let gates: [(name: String, targets: [Double])] = [("and", [0, 0, 0, 1]), ("or", [0, 1, 1, 1]), ("xor", [0, 1, 1, 0])]
  var panels: [Panel] = []
  for gate in gates {
    var perceptron = Perceptron(inputs: 2)
    let record = perceptron.train(inputs, gate.targets, learningRate: learningRate, maxEpochs: maxPasses)
    if let epochs = record.epochsToConverge {
      book.metric("perceptron.\(gate.name).epochs", Double(epochs), shown: .integer)
    }
    book.metric("perceptron.\(gate.name).accuracy", perceptron.accuracy(inputs, gate.targets), shown: .fixed(2))
    book["perceptron.\(gate.name).w"] = "(\(perceptron.weights.map { $0.fixed(2) }.joined(separator: ", ")))"
    book["perceptron.\(gate.name).b"] = perceptron.bias.fixed(2)
    panels.append(gatePanel(gate.name.uppercased(), inputs, gate.targets, perceptron))
  }
  let best = bestLinearAccuracy(inputs, [0, 1, 1, 0])
  book.metric("perceptron.xor.best_line_accuracy", best, shown: .fixed(2))
  book["perceptron.xor.best_line_correct"] = "\(Int((best * 4).rounded()))"
  book.figure(.smallMultiples("perceptron-gates", title: "Perceptron decision lines after training", panels,
                              width: 1200, height: 460))
}
