import Foundation
import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// Runs `ch01-neurons` once and checks every key of its results.json against an independent oracle.
@Suite("Chapter 01 · Neurons", .serialized)
struct Chapter01Tests {
  static let executable = "ch01-neurons"

  /// One run shared by the checks below.
  static let run = ChapterRun.start(executable)

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  @Test("the artificial neuron: z = w·x + b = −0.4 and a = 1/(1 + e^0.4)")
  func neuron() throws {
    let m = try metrics()
    #expect(isClose(try #require(m["neuron.z"]), 0.4 * 0.5 + 0.3 * -1 + -0.2 * 2 + 0.1, relative: 1e-15))
    #expect(isClose(try #require(m["neuron.a"]), 1 / (1 + exp(0.4)), relative: 1e-15))
  }

  // Closed-form parameters: ΔV = V_th − V_rest = 15 mV, R = 10 MΩ, τ = 10 ms, t_ref = 2 ms.
  static func closedFormRate(_ current: Double) -> Double {
    let drive = 10 * current
    return drive > 15 ? 1000 / (2 + 10 * log(drive / (drive - 15))) : 0
  }

  /// Spikes in `steps` steps of 0.1 ms (default 1 s) of the forward-Euler map V ← V∞ + (1 − dt/τ)(V − V∞),
  /// V∞ = V_rest + R·I, counted without simulating: from reset the potential after n steps is
  /// V∞ − (V∞ − V_reset)(1 − dt/τ)ⁿ, so the first crossing is at n* steps; then every n* + t_ref/dt steps.
  static func eulerSpikeCount(_ current: Double, steps: Int = 10_000) -> Int {
    let vInfinity = -65 + 10 * current, decay = 1 - 0.1 / 10
    guard vInfinity > -50 else { return 0 }
    var n = Int((log((vInfinity + 50) / (vInfinity + 65)) / log(decay)).rounded(.up)) - 1
    // Settle the boundary step exactly on the same floating-point recurrence the model uses.
    while eulerPotential(steps: n, vInfinity) < -50 { n += 1 }
    while n > 1 && eulerPotential(steps: n - 1, vInfinity) >= -50 { n -= 1 }
    let period = n + 20
    return n > steps ? 0 : (steps - n) / period + 1
  }

  static func eulerPotential(steps: Int, _ vInfinity: Double) -> Double {
    var v = -65.0
    for _ in 0..<max(steps, 0) { v += 0.1 / 10 * (-(v + 65) + (vInfinity + 65)) }
    return v
  }

  @Test("LIF rates: closed form, and the simulation equals the Euler map's spike count", arguments: [1, 2, 3, 5])
  func rates(current: Int) throws {
    let m = try metrics()
    let analytic = try #require(m["lif.analytic_hz@\(current)"])
    let simulated = try #require(m["lif.rate_hz@\(current)"])
    #expect(isClose(analytic, Self.closedFormRate(Double(current)), relative: 1e-13))
    #expect(simulated == Double(Self.eulerSpikeCount(Double(current))))
    // Euler with dt = 0.1 ms and whole-spike counting stay within 2 Hz of the continuous model here.
    #expect(abs(simulated - analytic) <= 2)
  }

  @Test("threshold current is (V_th − V_rest)/R_m = 1.5 nA, the ceiling 1/t_ref = 500 Hz")
  func threshold() throws {
    #expect(try #require(try metrics()["lif.threshold_current_na"]) == 1.5)
    #expect(try #require(try metrics()["lif.rate_ceiling_hz"]) == 1000 / 2)
  }

  @Test("the trace's spike count at the default 2 nA equals the Euler map's in its first 100 ms")
  func traceSpikes() throws {
    #expect(try #require(try metrics()["lif.trace.spike_count"]) == Double(Self.eulerSpikeCount(2, steps: 1000)))
  }

  @Test("the sigmoid fit is a least-squares optimum of the simulated rate curve")
  func sigmoidFit() throws {
    let m = try metrics()
    let p = [try #require(m["lif.fit.r_max_hz"]), try #require(m["lif.fit.i_half_na"]), try #require(m["lif.fit.scale_na"])]
    let currents = (0...50).map { Double($0) / 10 }
    let rates = currents.map { Double(Self.eulerSpikeCount($0)) }
    func sse(_ q: [Double]) -> Double {
      zip(currents, rates).reduce(0) { total, point in
        let r = q[0] / (1 + exp(-(point.0 - q[1]) / q[2])) - point.1
        return total + r * r
      }
    }
    let rmse = (sse(p) / Double(currents.count)).squareRoot()
    #expect(isClose(try #require(m["lif.fit.rmse_hz"]), rmse, relative: 1e-9))
    // At an optimum no small step along any parameter lowers the sum of squares.
    for i in 0..<3 {
      for sign in [-1.0, 1.0] {
        var q = p
        q[i] += sign * 1e-4 * max(1, abs(p[i]))
        #expect(sse(q) >= sse(p) * (1 - 1e-12), "parameter \(i) step \(sign)")
      }
    }
  }

  /// The committed scipy.optimize.least_squares fits (scripts/reference/lif_rate_fits.py).
  static func scipyFits() throws -> [String: Any] {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/scipy-chapter01", withExtension: "json"))
    return try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
  }

  /// Two least-squares solvers stopping by different rules agree on a smooth optimum's parameters to ~1e-8
  /// (the sum of squares is flat there), and on its RMS error to ~1e-12; 1e-7 and 1e-10 leave room.
  static let fitParameterTolerance = 1e-7
  static let fitErrorTolerance = 1e-10

  @Test("sigmoid, ReLU and softplus fits match scipy's least squares on the same rates",
        arguments: ["sigmoid", "relu", "softplus"])
  func rateFits(model: String) throws {
    let m = try metrics(), fits = try Self.scipyFits()
    let reference = try #require(fits[model] as? [String: Any])
    let parameters = try #require(reference["parameters"] as? [Double])
    let rmse = try #require(reference["rmse_hz"] as? Double)
    #expect(isClose(try #require(m["lif.fit.\(model).rmse_hz"]), rmse, relative: Self.fitErrorTolerance))
    let keys = model == "sigmoid"
      ? ["r_max_hz", "i_half_na", "scale_na"] : ["\(model).slope_hz_per_na", "\(model).threshold_na"]
    for (key, expected) in zip(keys, parameters) {
      #expect(isClose(try #require(m["lif.fit.\(key)"]), expected, relative: Self.fitParameterTolerance), "\(key)")
    }
    // The fitted model's rate at 1 nA, from its parameters in closed form (softplus softness s = 0.1 nA).
    let p = keys.map { m["lif.fit.\($0)"] ?? .nan }, s = 0.1
    let atOne = switch model {
    case "sigmoid": p[0] / (1 + exp(-(1 - p[1]) / p[2]))
    case "relu": p[0] * max(0, 1 - p[1])
    default: p[0] * s * log1p(exp((1 - p[1]) / s))
    }
    #expect(isClose(try #require(m["lif.fit.\(model).rate_hz_at_1na"]), atOne, relative: 1e-12))
    // scipy fitted the same data: the Euler map's spike counts at 0, 0.1, …, 5 nA.
    let rates = try #require(fits["rates_hz"] as? [Double])
    #expect(rates == (0...50).map { Double(Self.eulerSpikeCount(Double($0) / 10)) })
  }

  @Test("the sigmoid's error key is the old lif.fit.rmse_hz; the neuron is silent at 1 nA where every fit fires")
  func fitStory() throws {
    let m = try metrics()
    #expect(m["lif.fit.sigmoid.rmse_hz"] == m["lif.fit.rmse_hz"])
    #expect(m["lif.rate_hz@1"] == 0)
    for model in ["sigmoid", "relu", "softplus"] { #expect(try #require(m["lif.fit.\(model).rate_hz_at_1na"]) > 0) }
    // The sigmoid saturates below the neuron's rate at 5 nA.
    #expect(try #require(m["lif.fit.r_max_hz"]) < (try #require(m["lif.rate_hz@5"])))
  }

  /// The perceptron rule written out again, independently of NeuralKit.
  static func perceptronTrace(_ targets: [Double]) -> (epochs: Int?, accuracy: Double) {
    let inputs: [(Double, Double)] = [(0, 0), (0, 1), (1, 0), (1, 1)]
    var w1 = 0.0, w2 = 0.0, b = 0.0
    func output(_ x: (Double, Double)) -> Double { w1 * x.0 + w2 * x.1 + b > 0 ? 1 : 0 }
    var converged: Int?
    for epoch in 1...100 where converged == nil {
      var mistakes = 0
      for (x, t) in zip(inputs, targets) {
        let e = t - output(x)
        if e != 0 {
          mistakes += 1
          w1 += 0.1 * e * x.0
          w2 += 0.1 * e * x.1
          b += 0.1 * e
        }
      }
      if mistakes == 0 { converged = epoch }
    }
    let correct = zip(inputs, targets).filter { output($0) == $1 }.count
    return (converged, Double(correct) / 4)
  }

  @Test("perceptron epochs and accuracies match an independent trace")
  func perceptrons() throws {
    let m = try metrics()
    let and = Self.perceptronTrace([0, 0, 0, 1]), or = Self.perceptronTrace([0, 1, 1, 1]), xor = Self.perceptronTrace([0, 1, 1, 0])
    #expect(m["perceptron.and.epochs"] == and.epochs.map(Double.init))
    #expect(m["perceptron.or.epochs"] == or.epochs.map(Double.init))
    #expect(m["perceptron.and.accuracy"] == 1 && and.accuracy == 1)
    #expect(m["perceptron.or.accuracy"] == 1 && or.accuracy == 1)
    #expect(xor.epochs == nil && m["perceptron.xor.epochs"] == nil)
    #expect(m["perceptron.xor.accuracy"] == xor.accuracy)
    // No line classifies more than 3 of the 4 XOR points (Minsky & Papert).
    #expect(m["perceptron.xor.best_line_accuracy"] == 0.75)
  }

  @Test("--help states --current's range and default")
  func helpStatesRange() throws {
    let help = try ChapterProcess.run("ch01-neurons", ["--help"])
    #expect(help.status == 0)
    let flat = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("in nA: more than 0, at most 50") && flat.contains("(default: "), "\(help.standardOutput)")
  }

  @Test("every figure is a real PNG of the documented size", .enabled(if: gnuplotIsInstalled),
        arguments: ["lif-trace", "lif-rate", "neuron-sigmoid", "perceptron-gates"])
  func figures(name: String) throws {
    let run = try #require(Self.run)
    let png = try #require(PNGInfo(contentsOf: run.directory.appendingPathComponent("\(name).png")))
    #expect(png.width > 0 && png.height > 0)
    for ext in ["gp", "dat"] {
      #expect(FileManager.default.fileExists(atPath: run.directory.appendingPathComponent("\(name).\(ext)").path))
    }
  }
}
