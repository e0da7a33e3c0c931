import Foundation
@testable import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// Runs `ch04-optimizers` and checks its results.json against torch.optim's runs, closed forms and
/// independent loops.
@Suite("Chapter 04 · Optimizers", .serialized)
struct Chapter04Tests {
  static let executable = "ch04-optimizers"
  /// Smooth runs: torch and NeuralKit round a few operations differently; measured agreement is ~1e-13.
  static let torchTolerance = 1e-9
  /// Coordinates that are zero up to rounding (y on the quadratic after momentum's second step is 1e-16
  /// in one implementation, 2e-16 in the other) are compared absolutely: 1e-12 is ~10⁴ ulps of the start.
  static let zeroTolerance = 1e-12
  /// Above this amplification of a nudge to the start a run is chaotic (smooth runs here stay below 2).
  static let chaoticSensitivity = 1e3

  static let run = ChapterRun.start(executable)

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  struct Fixture: Decodable {
    struct Run: Decodable {
      let learning_rate: Double, final_x: Double, final_y: Double, final_loss: Double, sensitivity: Double
      let checkpoints: [String: [Double]]
    }
    struct Surface: Decodable { let start: [Double]; let steps: Int; let optimizers: [String: Run] }
    struct End: Decodable {
      let final: [Double], final_loss: Double, gradient: [Double], state: [String: [Double]]
      let lr: Double?, momentum: Double?, optimizer: String?, arguments: [String]?, steps: Int?
    }
    struct Extras: Decodable {
      let quadratic_gd_optimal: End, quadratic_momentum_tuned: End, beale_adamw: End
      let options: [String: End]
    }
    let runs: [String: Surface]
    let extras: Extras
  }

  static let fixture: Fixture? = {
    guard let url = Bundle.module.url(forResource: "torch-chapter04", withExtension: "json", subdirectory: "Fixtures"),
      let data = try? Data(contentsOf: url)
    else { return nil }
    return try? JSONDecoder().decode(Fixture.self, from: data)
  }()

  static let runs: [(function: TestFunction, kind: OptimizerKind)] =
    TestFunction.allCases.flatMap { f in OptimizerKind.allCases.map { (f, $0) } }

  func reference(_ function: TestFunction, _ kind: OptimizerKind) throws -> (surface: Fixture.Surface, run: Fixture.Run) {
    let surface = try #require(Self.fixture?.runs[function.rawValue])
    return (surface, try #require(surface.optimizers[kind.rawValue]))
  }

  @Test("each standard run ends where torch.optim's does (chaotic runs: near it)", arguments: runs)
  func standardRuns(function: TestFunction, kind: OptimizerKind) throws {
    let m = try metrics(), (_, torch) = try reference(function, kind)
    let key = "\(function.rawValue).\(kind.rawValue)"
    let (x, y, loss) = (try #require(m["\(key).final_x"]), try #require(m["\(key).final_y"]), try #require(m["\(key).final_loss"]))
    let sensitivity = try #require(m["\(key).sensitivity"])
    if torch.sensitivity < Self.chaoticSensitivity {
      #expect(isClose(x, torch.final_x, relative: Self.torchTolerance, absolute: Self.zeroTolerance), "x \(x) vs \(torch.final_x)")
      #expect(isClose(y, torch.final_y, relative: Self.torchTolerance, absolute: Self.zeroTolerance), "y \(y) vs \(torch.final_y)")
      #expect(isClose(loss, torch.final_loss, relative: Self.torchTolerance), "f \(loss) vs \(torch.final_loss)")
      // A 1e-9 nudge moves a smooth run's end by ~1e-13, a few hundred ulps: the ratio carries ~1% rounding.
      #expect(isClose(sensitivity, torch.sensitivity, relative: 0.05), "sensitivity \(sensitivity) vs \(torch.sensitivity)")
    } else {
      // Chaotic: both implementations see it, and they end within a few of RMSprop's steps (length ~η).
      #expect(sensitivity > Self.chaoticSensitivity)
      #expect(hypot(x - torch.final_x, y - torch.final_y) < 10 * torch.learning_rate, "(\(x), \(y)) vs torch")
      #expect(loss / torch.final_loss < 2 && torch.final_loss / loss < 2, "f \(loss) vs \(torch.final_loss)")
    }
  }

  /// Chaotic runs agree to an ulp or two until the hopping near the minimum starts, after step 500.
  static let lastSharedCheckpoint = 500

  @Test("NeuralKit's path matches torch.optim's checkpoints (chaotic runs: up to step 500)", arguments: runs)
  func checkpoints(function: TestFunction, kind: OptimizerKind) throws {
    let (surface, torch) = try reference(function, kind)
    let optimizer = kind.make(learningRate: torch.learning_rate)
    let path = function.descend(from: (surface.start[0], surface.start[1]), using: optimizer, steps: surface.steps)
    let chaotic = torch.sensitivity >= Self.chaoticSensitivity
    for (step, point) in torch.checkpoints {
      let t = try #require(Int(step))
      guard !chaotic || t <= Self.lastSharedCheckpoint else { continue }
      #expect(isClose([path.xs[t], path.ys[t]], point, relative: Self.torchTolerance, absolute: Self.zeroTolerance),
              "step \(t): (\(path.xs[t]), \(path.ys[t])) vs \(point)")
    }
  }

  @Test("exactly RMSprop on Rosenbrock and on Beale are chaotic, in torch and here")
  func chaoticRuns() throws {
    let m = try metrics()
    for (function, kind) in Self.runs {
      let (_, torch) = try reference(function, kind)
      let expected = kind == .rmsprop && function != .quadratic
      #expect((torch.sensitivity > Self.chaoticSensitivity) == expected, "torch: \(function) \(kind)")
      #expect((try #require(m["\(function.rawValue).\(kind.rawValue).sensitivity"]) > Self.chaoticSensitivity) == expected)
    }
  }

  // MARK: - Stochastic against full batch

  /// The chapter's regression recipe, written out again: 100 points, x ~ U[−2, 2), y = 2x + 1 + N(0, 0.5²).
  static func regressionLosses(seed: UInt64) -> (optimum: Double, gd: Double, minibatch: Double, sgd: Double) {
    var generator = SeededGenerator(seed: seed)
    var xs: [Double] = [], ys: [Double] = []
    for _ in 0..<100 {
      let x = generator.nextUniform(in: -2..<2)
      xs.append(x)
      ys.append(2 * x + 1 + 0.5 * generator.nextNormal())
    }
    func loss(_ w: Double, _ b: Double) -> Double { zip(xs, ys).map { (w * $0 + b - $1) * (w * $0 + b - $1) }.reduce(0, +) / 100 }
    func train(batch: Int) -> Double {
      var shuffler = SeededGenerator(seed: seed &+ 1)
      var (w, b) = (-1.0, -2.0), order = Array(0..<100)
      for _ in 0..<20 {
        if batch < 100 { shuffler.shuffle(&order) }
        for first in stride(from: 0, to: 100, by: batch) {
          let members = order[first..<min(first + batch, 100)]
          let r = members.map { w * xs[$0] + b - ys[$0] }
          let gw = 2 / Double(members.count) * zip(r, members).map { $0 * xs[$1] }.reduce(0, +)
          let gb = 2 / Double(members.count) * r.reduce(0, +)
          (w, b) = (w - 0.05 * gw, b - 0.05 * gb)
        }
      }
      return loss(w, b)
    }
    let meanX = xs.reduce(0, +) / 100, meanY = ys.reduce(0, +) / 100
    let covariance: Double = zip(xs, ys).map { ($0 - meanX) * ($1 - meanY) }.reduce(0, +)
    let variance: Double = xs.map { ($0 - meanX) * ($0 - meanX) }.reduce(0, +)
    let w = covariance / variance
    return (loss(w, meanY - w * meanX), train(batch: 100), train(batch: 16), train(batch: 1))
  }

  /// Sums in a different order than the library's; a 20-epoch run stays within a few hundred ulps.
  static let regressionTolerance = 1e-10

  @Test("regression losses match an independent loop, and none beats least squares")
  func regression() throws {
    let m = try metrics(), expected = Self.regressionLosses(seed: ChapterOptions.defaultSeed)
    let optimum = try #require(m["regression.optimum.loss"])
    #expect(isClose(optimum, expected.optimum, relative: Self.regressionTolerance))
    for (name, value) in [("gd", expected.gd), ("minibatch", expected.minibatch), ("sgd", expected.sgd)] {
      let loss = try #require(m["regression.\(name).final_loss"])
      #expect(isClose(loss, value, relative: Self.regressionTolerance), "\(name): \(loss) vs \(value)")
      #expect(loss >= optimum)
    }
  }

  // MARK: - Step size and stability

  @Test("GD's loss after 50 steps on the quadratic follows the closed form", arguments: [0.01, 0.1, 0.25, 0.45, 0.49, 0.5, 0.51, 0.55])
  func sweep(lr: Double) throws {
    let observed = try #require(try metrics()["quadratic.gd.sweep_final_loss@\(lr)"])
    let x = -5 * pow(1 - 0.2 * lr, 50), y = -2 * pow(1 - 4 * lr, 50)
    // 50 rounded multiplications against one pow: a relative drift of ~50 ulps.
    #expect(isClose(observed, 0.1 * x * x + 2 * y * y, relative: 1e-12))
  }

  /// The bisection bracket is 7e-10 wide, and 200 steps show growth once η exceeds 0.5 by ~1e-12.
  static let thresholdTolerance = 1e-6

  @Test("the observed divergence threshold is 2/λ_max = 0.5")
  func divergenceThreshold() throws {
    let m = try metrics()
    #expect(m["quadratic.gd.divergence_lr_theory"] == 2.0 / 4.0)
    #expect(abs(try #require(m["quadratic.gd.divergence_lr"]) - 0.5) <= Self.thresholdTolerance)
  }

  // MARK: - Options

  @Test("the 21 runs do not depend on --seed; the regression data do")
  func seedIndependence() throws {
    let directory = try ChapterProcess.temporaryDirectory("ch04-seed")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try ChapterProcess.run(Self.executable, ["--out", directory.path, "--seed", "7", "--no-render"]).status == 0)
    let other = try ChapterProcess.metrics(in: directory), m = try metrics()
    for (function, kind) in Self.runs {
      for quantity in ["final_x", "final_y", "final_loss", "sensitivity"] {
        let key = "\(function.rawValue).\(kind.rawValue).\(quantity)"
        #expect(other[key] != nil && other[key] == m[key], "\(key)")
      }
    }
    #expect(other["regression.sgd.final_loss"] != m["regression.sgd.final_loss"])
    #expect(isClose(try #require(other["regression.sgd.final_loss"]), Self.regressionLosses(seed: 7).sgd, relative: Self.regressionTolerance))
  }

  @Test("a custom run that overflows exits 0, says where it diverged, and records only finite numbers")
  func divergingCustomRun() throws {
    let directory = try ChapterProcess.temporaryDirectory("ch04-custom")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try ChapterProcess.run(Self.executable, [
      "--out", directory.path, "--function", "quadratic", "--optimizer", "gd", "--lr", "0.6", "--steps", "3000", "--start", "-5,-2",
    ])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    // Independently: y is multiplied by 1 − 4·0.6 = −1.4 per step until 2y² overflows.
    var (x, y) = (-5.0, -2.0), blowUp = 0
    for step in 1...3000 where blowUp == 0 {
      (x, y) = (x - 0.6 * 0.2 * x, y - 0.6 * 4 * y)
      if !(0.1 * x * x + 2 * y * y).isFinite { blowUp = step }
    }
    let m = try ChapterProcess.metrics(in: directory)
    #expect(m["custom.diverged_at_step"] == Double(blowUp))
    #expect(m["custom.steps_taken"] == Double(blowUp - 1))
    #expect(outcome.standardOutput.contains("diverged: step \(blowUp)"))
    let allFiniteValues = m.values.allSatisfy { $0.isFinite }
    #expect(allFiniteValues)
    let json = try String(contentsOf: directory.appendingPathComponent("results.json"), encoding: .utf8)
    #expect(!json.contains("nan") && !json.contains("inf"))
    if gnuplotIsInstalled { #expect(PNGInfo(contentsOf: directory.appendingPathComponent("custom.png")) != nil) }
  }

  @Test("a custom run with only --optimizer repeats that standard run on Rosenbrock")
  func customDefaults() throws {
    let directory = try ChapterProcess.temporaryDirectory("ch04-custom")
    defer { try? FileManager.default.removeItem(at: directory) }
    #expect(try ChapterProcess.run(Self.executable, ["--out", directory.path, "--optimizer", "adam", "--no-render"]).status == 0)
    let m = try ChapterProcess.metrics(in: directory), torch = try reference(.rosenbrock, .adam).run
    #expect(isClose(try #require(m["custom.final_x"]), torch.final_x, relative: Self.torchTolerance))
    #expect(m["custom.final_loss"] == m["rosenbrock.adam.final_loss"] && m["custom.diverged_at_step"] == nil)
    // Without any option the page's "Your run" is the same run.
    let standard = try metrics()
    #expect(standard["custom.final_loss"] == standard["rosenbrock.adam.final_loss"] && standard["custom.steps_taken"] == 2000)
  }

  // MARK: - Issue 15: the best GD rate, tuned momentum, first steps, AdamW's resting point

  /// Closed forms evaluated in another order: a few ulps.
  static let closedFormTolerance = 1e-14

  @Test("the best GD rate 2/(λ_min + λ_max) and its contraction (κ − 1)/(κ + 1); f after 50 steps in closed form")
  func optimalGradientDescent() throws {
    let m = try metrics(), torch = try #require(Self.fixture?.extras.quadratic_gd_optimal)
    #expect(isClose(try #require(m["quadratic.gd_optimal_lr"]), 2 / 4.2, relative: Self.closedFormTolerance))
    #expect(isClose(try #require(m["quadratic.gd.optimal_rate_theory"]), 19.0 / 21, relative: Self.closedFormTolerance))
    // Both coordinates shrink by exactly 19/21 per step: f₅₀ = f₀·(19/21)¹⁰⁰, f₀ = 0.1·25 + 2·4 = 10.5.
    let loss = try #require(m["quadratic.gd_optimal.final_loss"])
    #expect(isClose(loss, 10.5 * pow(19.0 / 21, 100), relative: 1e-12))
    #expect(isClose(loss, torch.final_loss, relative: Self.torchTolerance))
    #expect(isClose(try #require(m["quadratic.gd.rate_theory"]), 0.92, relative: Self.closedFormTolerance))
  }

  /// The largest |eigenvalue| of the heavy ball's step matrix [[1 + μ − ηλ, −μ], [1, 0]], measured by
  /// repeated multiplication: an independent check of the root formula.
  static func measuredRate(lr: Double, mu: Double, lambda: Double, steps: Int = 4000) -> Double {
    var (a, b) = (1.0, 0.3), logGrowth = 0.0
    for _ in 0..<steps {
      (a, b) = ((1 + mu - lr * lambda) * a - mu * b, a)
      let size = hypot(a, b)
      logGrowth += log(size)
      (a, b) = (a / size, b / size)
    }
    return exp(logGrowth / Double(steps))
  }

  @Test("momentum at μ = 0.9 contracts by √μ on the quadratic; heavy-ball tuning by (√κ − 1)/(√κ + 1), as torch")
  func tunedMomentum() throws {
    let m = try metrics(), torch = try #require(Self.fixture?.extras.quadratic_momentum_tuned)
    let table = max(Self.measuredRate(lr: 0.1, mu: 0.9, lambda: 0.2), Self.measuredRate(lr: 0.1, mu: 0.9, lambda: 4))
    #expect(isClose(try #require(m["quadratic.momentum.rate_theory"]), table, relative: 1e-3))
    let r = (20.0.squareRoot() - 1) / (20.0.squareRoot() + 1)
    #expect(isClose(try #require(m["quadratic.momentum.optimal_rate_theory"]), r, relative: Self.closedFormTolerance))
    #expect(isClose(try #require(m["quadratic.momentum_tuned.lr"]), try #require(torch.lr), relative: Self.closedFormTolerance))
    #expect(isClose(try #require(m["quadratic.momentum_tuned.momentum"]), try #require(torch.momentum), relative: 1e-13))
    #expect(isClose(try #require(m["quadratic.momentum_tuned.momentum"]), r * r, relative: Self.closedFormTolerance))
    let loss = try #require(m["quadratic.momentum_tuned.final_loss"])
    #expect(isClose(loss, torch.final_loss, relative: Self.torchTolerance))
    let gdLoss = try #require(m["quadratic.gd.final_loss"])
    #expect(loss < 1e-12 && loss < gdLoss)
  }

  @Test("AdaGrad's first step on Rosenbrock is η per coordinate, RMSprop's 10η, as torch's first step")
  func firstSteps() throws {
    let m = try metrics(), adagrad = try reference(.rosenbrock, .adagrad).run, rmsprop = try reference(.rosenbrock, .rmsprop).run
    // g₁ = (−155, −50): AdaGrad moves η·g/(|g| + ε), RMSprop η·g/(0.1|g| + ε).
    #expect(isClose(try #require(m["rosenbrock.adagrad.first_step"]), 0.5 * 155 / (155 + 1e-10), relative: 1e-13))
    #expect(isClose(try #require(m["rosenbrock.rmsprop.first_step"]), 2e-3 * 155 / (15.5 + 1e-8), relative: 1e-12))
    for (key, torch) in [("rosenbrock.adagrad.first_step", adagrad), ("rosenbrock.rmsprop.first_step", rmsprop)] {
      let point = try #require(torch.checkpoints["1"])
      #expect(isClose(try #require(m[key]), point[0] + 1.5, relative: 1e-12), "\(key)")
    }
    // f(−1, 2.5) = 2² + 100·1.5² = 229, up to the ε in each coordinate's step.
    #expect(isClose(try #require(m["rosenbrock.adagrad.first_step_loss"]), 229, relative: 1e-10))
  }

  @Test("AdamW rests where ∇f balances −λθ(√v̂ + ε): the gradient and v̂ at its end match torch's")
  func adamWBalance() throws {
    let m = try metrics(), torch = try #require(Self.fixture?.extras.beale_adamw)
    let v = try #require(torch.state["exp_avg_sq"]), correction = 1 - pow(0.999, 2000.0)
    for (index, axis) in ["x", "y"].enumerated() {
      #expect(isClose(try #require(m["beale.adamw.gradient_\(axis)"]), torch.gradient[index], relative: Self.torchTolerance))
      let balance = -0.01 * torch.final[index] * ((v[index] / correction).squareRoot() + 1e-8)
      #expect(isClose(try #require(m["beale.adamw.balance_\(axis)"]), balance, relative: Self.torchTolerance))
      // Nearly at rest, still creeping: within 20 % of each other, far from ∇f = 0.
      #expect(isClose(torch.gradient[index], balance, relative: 0.2))
    }
  }

  @Test("--momentum, --alpha, --beta1/--beta2, --eps and --weight-decay set torch's hyper-parameters",
        arguments: ["momentum_0.5", "nesterov_0.5", "rmsprop_alpha_0.9", "adam_betas", "adamw_decay_0.1", "adagrad_eps",
                    "gd_decay_0.1"])
  func hyperParameters(name: String) throws {
    let torch = try #require(Self.fixture?.extras.options[name])
    let directory = try ChapterProcess.temporaryDirectory("ch04-options")
    defer { try? FileManager.default.removeItem(at: directory) }
    let arguments = ["--out", directory.path, "--no-render", "--function", "rosenbrock", "--optimizer",
                     try #require(torch.optimizer), "--steps", "\(try #require(torch.steps))"] + (torch.arguments ?? [])
    let outcome = try ChapterProcess.run(Self.executable, arguments)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let m = try ChapterProcess.metrics(in: directory)
    #expect(isClose([try #require(m["custom.final_x"]), try #require(m["custom.final_y"])], torch.final,
                    relative: Self.torchTolerance, absolute: Self.zeroTolerance), "\(name)")
  }

  @Test("steps beyond 10⁷ and hyper-parameters out of range exit 64; a start where f overflows is one error line")
  func ranges() throws {
    let huge = try ChapterProcess.run(Self.executable, ["--steps", "9223372036854775807", "--no-render"])
    #expect(huge.status == 64 && huge.standardError.contains("--steps must be at most 10000000"))
    let directory = try ChapterProcess.temporaryDirectory("ch04-start")
    defer { try? FileManager.default.removeItem(at: directory) }
    let far = try ChapterProcess.run(Self.executable, ["--out", directory.path, "--start", "1e100,1e100", "--no-render"])
    #expect(far.status == 1)
    let lines = far.standardError.split(separator: "\n")
    #expect(lines.count == 1 && lines.first?.hasPrefix("error: ") == true, "\(far.standardError)")
    let help = try ChapterProcess.run(Self.executable, ["--help"]).standardOutput
    for range in ["1 to 10000000", "0 ≤ μ < 1", "0 ≤ α < 1", "0 < ε ≤ 1", "0 ≤ λ ≤ 1"] { #expect(help.contains(range), "\(range)") }
  }

  @Test("every figure is a real PNG", .enabled(if: gnuplotIsInstalled), arguments: [
    "quadratic-paths", "quadratic-loss", "quadratic-panels", "rosenbrock-paths", "rosenbrock-loss", "rosenbrock-panels",
    "beale-paths", "beale-loss", "beale-panels", "regression-batches", "quadratic-step-sizes", "quadratic-tuned", "custom",
  ])
  func figures(name: String) throws {
    let run = try #require(Self.run)
    #expect(PNGInfo(contentsOf: run.directory.appendingPathComponent("\(name).png")) != nil)
    for ext in ["gp", "dat"] {
      #expect(FileManager.default.fileExists(atPath: run.directory.appendingPathComponent("\(name).\(ext)").path))
    }
  }
}
