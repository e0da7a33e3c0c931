import Foundation
import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// Runs `ch05-forward-backward` once and checks its results.json against independent oracles.
@Suite("Chapter 05 · Forward and backward pass", .serialized)
struct Chapter05Tests {
  static let run = ChapterRun.start("ch05-forward-backward")

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  /// Mazur's example in plain scalars, written out independently of NeuralKit's layers.
  struct Mazur {
    var w = [0.15, 0.20, 0.25, 0.30, 0.40, 0.45, 0.50, 0.55]
    let i1 = 0.05, i2 = 0.10, t1 = 0.01, t2 = 0.99, b1 = 0.35, b2 = 0.60

    static func s(_ x: Double) -> Double { 1 / (1 + exp(-x)) }

    func forward() -> (h1: Double, h2: Double, o1: Double, o2: Double, e: Double) {
      let h1 = Self.s(w[0] * i1 + w[1] * i2 + b1), h2 = Self.s(w[2] * i1 + w[3] * i2 + b1)
      let o1 = Self.s(w[4] * h1 + w[5] * h2 + b2), o2 = Self.s(w[6] * h1 + w[7] * h2 + b2)
      return (h1, h2, o1, o2, 0.5 * (t1 - o1) * (t1 - o1) + 0.5 * (t2 - o2) * (t2 - o2))
    }

    mutating func update() {
      let f = forward()
      let d1 = (f.o1 - t1) * f.o1 * (1 - f.o1), d2 = (f.o2 - t2) * f.o2 * (1 - f.o2)
      let dh1 = (d1 * w[4] + d2 * w[6]) * f.h1 * (1 - f.h1), dh2 = (d1 * w[5] + d2 * w[7]) * f.h2 * (1 - f.h2)
      let gradient = [dh1 * i1, dh1 * i2, dh2 * i1, dh2 * i2, d1 * f.h1, d1 * f.h2, d2 * f.h1, d2 * f.h2]
      for k in w.indices { w[k] -= 0.5 * gradient[k] }
    }
  }

  // Same formulas in a different order of operations: agreement to a few ulps of order-one values.
  static let independentTolerance = 1e-12

  @Test("the worked example's forward pass and one update match an independent scalar computation")
  func mazurIndependent() throws {
    let m = try metrics()
    var reference = Mazur()
    let f = reference.forward()
    for (key, value) in [("h1", f.h1), ("h2", f.h2), ("o1", f.o1), ("o2", f.o2), ("e_total", f.e)] {
      #expect(isClose(try #require(m["mazur.\(key)"]), value, relative: Self.independentTolerance), "\(key)")
    }
    reference.update()
    for k in 0..<8 {
      #expect(isClose(try #require(m["mazur.w\(k + 1)_new"]), reference.w[k], relative: Self.independentTolerance), "w\(k + 1)")
    }
    for _ in 1..<9_999 { reference.update() }
    #expect(isClose(try #require(m["mazur.e_total_pass_10000"]), reference.forward().e, relative: 1e-9))
    reference.update()
    #expect(isClose(try #require(m["mazur.e_total_10000"]), reference.forward().e, relative: 1e-9))
  }

  /// Values printed in Mazur's "A Step by Step Backpropagation Example" (2015), with the number of
  /// decimals he gives: each is checked to half a unit of its last printed digit.
  static let published: [(key: String, value: Double, decimals: Int)] = [
    ("mazur.h1", 0.593269992, 9), ("mazur.h2", 0.596884378, 9), ("mazur.o1", 0.75136507, 8),
    ("mazur.o2", 0.772928465, 9), ("mazur.e_total", 0.298371109, 9),
    ("mazur.w5_new", 0.35891648, 8), ("mazur.w6_new", 0.408666186, 9), ("mazur.w7_new", 0.511301270, 9),
    ("mazur.w8_new", 0.561370121, 9), ("mazur.w1_new", 0.149780716, 9), ("mazur.w2_new", 0.19956143, 8),
    ("mazur.w3_new", 0.24975114, 8), ("mazur.w4_new", 0.29950229, 8),
    // "After repeating this process 10,000 times … the error plummets to 0.0000351085": the error seen in
    // the 10,000th forward pass, before that pass's update.
    ("mazur.e_total_pass_10000", 0.0000351085, 10),
  ]

  @Test("the worked example matches Mazur's published numbers to their printed digits")
  func mazurPublished() throws {
    let m = try metrics()
    for entry in Self.published {
      let value = try #require(m[entry.key])
      #expect(abs(value - entry.value) <= 0.5 * pow(10, -Double(entry.decimals)) + 1e-15, "\(entry.key) = \(value)")
    }
  }

  @Test("hand-written backprop agrees with central differences and with autograd")
  func gradientChecks() throws {
    let m = try metrics()
    // Central differences with h = 1e-5 are good to ~1e-9 relative here; 1e-7 is CS231n's "correct" bound.
    #expect(try #require(m["gradcheck.mlp.max_rel_error"]) < 1e-7)
    #expect(try #require(m["gradcheck.mazur.max_rel_error"]) < 1e-7)
    // Autograd evaluates the same chain rule in another order: only rounding separates them.
    #expect(try #require(m["gradcheck.autograd.max_abs_diff"]) < 1e-13)
  }

  @Test("the autograd engine's gradients of Mazur's example equal the hand-derived chain rule")
  func autogradFromScratch() throws {
    // The same products in another order of operations: a few ulps of gradients of order 0.1.
    #expect(try #require(metrics()["autograd.mazur.max_abs_diff_vs_hand"]) < 1e-15)
  }

  @Test("the seed's program climbs as written and descends once repaired")
  func seedProgram() throws {
    let m = try metrics()
    #expect(try #require(m["seed.literal.loss_last"]) > (try #require(m["seed.literal.loss_first"])))
    let first = try #require(m["seed.fixed.loss_first"]), last = try #require(m["seed.fixed.loss_last"])
    #expect(last < 0.5 * first)
  }

  /// The repaired seed program, written again with plain loops over arrays (no Matrix, no NeuralKit
  /// layers): the same draws from the seed (W1, W2, X), the same teacher, the same updates.
  static func repairedByHand(seed: UInt64) -> Double {
    var generator = SeededGenerator(seed: seed)
    let (n, d, h) = (100, 10, 5)
    var w1 = (0..<d * h).map { _ in generator.nextNormal() }, b1 = [Double](repeating: 0, count: h)
    var w2 = (0..<h).map { _ in generator.nextNormal() }, b2 = 0.0
    let x = (0..<n * d).map { _ in generator.nextNormal() }
    let y = TeacherNetwork()(Matrix(rows: n, columns: d, storage: x)).storage
    func forward() -> (a1: [Double], a2: [Double]) {
      var a1 = [Double](repeating: 0, count: n * h), a2 = [Double](repeating: 0, count: n)
      for i in 0..<n {
        for j in 0..<h {
          var z = b1[j]
          for k in 0..<d { z += x[i * d + k] * w1[k * h + j] }
          a1[i * h + j] = 1 / (1 + exp(-z))
        }
        a2[i] = b2 + (0..<h).reduce(0) { $0 + a1[i * h + $1] * w2[$1] }
      }
      return (a1, a2)
    }
    for _ in 0..<1000 {
      let (a1, a2) = forward()
      let delta2 = (0..<n).map { (a2[$0] - y[$0]) / Double(n) }
      var gw1 = [Double](repeating: 0, count: d * h), gb1 = [Double](repeating: 0, count: h)
      for i in 0..<n {
        for j in 0..<h {
          let delta1 = delta2[i] * w2[j] * a1[i * h + j] * (1 - a1[i * h + j])
          gb1[j] += delta1
          for k in 0..<d { gw1[k * h + j] += x[i * d + k] * delta1 }
        }
      }
      for j in 0..<h { w2[j] -= 0.01 * (0..<n).reduce(0) { $0 + a1[$1 * h + j] * delta2[$1] } }
      b2 -= 0.01 * delta2.reduce(0, +)
      for k in w1.indices { w1[k] -= 0.01 * gw1[k] }
      for j in 0..<h { b1[j] -= 0.01 * gb1[j] }
    }
    let a2 = forward().a2
    return (0..<n).reduce(0) { $0 + (a2[$1] - y[$1]) * (a2[$1] - y[$1]) } / Double(n)
  }

  // Another order of summation over 1000 epochs of a smooth descent: agreement to ~1e-12 relative.
  static let independentProgramTolerance = 1e-9

  @Test("the repaired program's final loss equals a plain-loop implementation; the table's runs relate as the page says")
  func repairedProgram() throws {
    let m = try metrics()
    #expect(isClose(try #require(m["seed.repairs.6.loss_last"]), Self.repairedByHand(seed: ChapterOptions.defaultSeed),
                    relative: Self.independentProgramTolerance))
    #expect(m["seed.repairs.0.loss_last"] == m["seed.literal.loss_last"] && m["seed.repairs.6.loss_last"] == m["seed.fixed.loss_last"])
    // Run 5 changes only the prediction, so it trains exactly as run 4; averaging (3) slows the same rate down.
    #expect(m["seed.repairs.5.loss_last"] == m["seed.repairs.4.loss_last"])
    #expect(try #require(m["seed.repairs.3.loss_last"]) > (try #require(m["seed.repairs.2.loss_last"])))
  }

  @Test("N(0, 1) weights saturate tanh as the Gaussian tail predicts")
  func saturation() throws {
    let m = try metrics()
    // Layer 10's pre-activations are sums of 256 terms a·w, w ~ N(0, 1): z ~ N(0, 256·E[a²]), E[a²] = std²
    // (mean ≈ 0). |tanh z| > 0.99 ⇔ |z| > atanh(0.99), with probability 2·(1 − Φ(atanh(0.99)/σ_z)).
    let spread = try #require(m["init.tanh.large.std_layer10"])
    let sigmaZ = (256 * spread * spread).squareRoot()
    let predicted = 1 - erf(atanh(0.99) / sigmaZ / 2.0.squareRoot())
    // 128,000 activations, correlated within a sample: sampling error well below 0.01.
    #expect(abs(try #require(m["init.tanh.large.saturated_fraction"]) - predicted) < 0.01)
  }

  @Test("initialization spreads follow theory")
  func initialization() throws {
    let m = try metrics()
    #expect(m["init.tanh.zeros.std_layer10"] == 0)
    #expect(m["init.relu.zeros.std_layer10"] == 0)
    // tanh is linear near 0: each layer scales the spread by σ_w·√n = 0.01·16; ten layers → 0.16¹⁰ ≈ 1.1e-8.
    let small = try #require(m["init.tanh.small.std_layer10"])
    #expect(small > 0.5 * pow(0.16, 10) && small < 2 * pow(0.16, 10))
    // He + ReLU keeps E[a²] = 1, with pre-activations N(0, 2): std of ReLU(z) = √(1 − 1/π) ≈ 0.826.
    let he = try #require(m["init.relu.he.std_layer10"])
    #expect(abs(he - (1 - 1 / Double.pi).squareRoot()) < 0.2)
  }

  @Test("the figures are real PNGs", .enabled(if: gnuplotIsInstalled), arguments: ["gradcheck", "seed-losses", "init-spread"])
  func figures(name: String) throws {
    let run = try #require(Self.run)
    #expect(PNGInfo(contentsOf: run.directory.appendingPathComponent("\(name).png")) != nil)
  }
}
