import Foundation
import NeuralKit
import NotebookKit
import TestSupport
import Testing

/// The committed torch.nn.functional values of a chapter's keys (scripts/reference/activations_losses.py).
func torchChapterMetrics(_ name: String) throws -> [String: Double] {
  let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: "json"))
  let object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any]
  let metrics = try #require(object?["metrics"] as? [String: Any])
  return metrics.compactMapValues { ($0 as? NSNumber)?.doubleValue }
}

/// Same closed forms in float64 on both sides: a few ulps.
let chapterTorchTolerance = 1e-13

/// Runs `ch02-activations` once and checks its results.json against torch and closed forms.
@Suite("Chapter 02 · Activations", .serialized)
struct Chapter02Tests {
  static let run = ChapterRun.start("ch02-activations")

  func metrics() throws -> [String: Double] {
    try #require(Self.run).successfulMetrics()
  }

  @Test("every table value, f and f′, and the ±1000 values match torch.nn.functional")
  func tableMatchesTorch() throws {
    let m = try metrics(), torch = try torchChapterMetrics("torch-chapter02")
    #expect(torch.count == 8 * 6 * 2 + 4)
    for (key, expected) in torch {
      let value = try #require(m[key], "missing \(key)")
      #expect(isClose(value, expected, relative: chapterTorchTolerance, absolute: 1e-16), "\(key)")
    }
  }

  @Test("hand-worked closed forms: σ(1), σ′(1), tanh(1), relu′ and leaky_relu′ slopes, gelu(1)")
  func closedForms() throws {
    let m = try metrics()
    let s = 1 / (1 + exp(-1.0))
    #expect(isClose(try #require(m["sigmoid.f@1"]), s, relative: 1e-15))
    #expect(isClose(try #require(m["sigmoid.df@1"]), s * (1 - s), relative: 1e-15))
    #expect(isClose(try #require(m["tanh.f@1"]), (exp(2.0) - 1) / (exp(2.0) + 1), relative: 1e-15))
    #expect(m["relu.df@-0.5"] == 0 && m["relu.df@0.5"] == 1)
    #expect(m["leaky_relu.f@-3"] == -0.03 && m["leaky_relu.df@-1"] == 0.01)
    #expect(isClose(try #require(m["gelu.f@1"]), 0.841344746068542948585232545632, relative: 1e-15))
    #expect(isClose(try #require(m["softplus.df@3"]), try #require(m["sigmoid.f@3"]), relative: 1e-15))
    #expect(m["sigmoid.f@-1000"] == 0 && m["sigmoid.f@1000"] == 1)
    #expect(m["softplus.f@1000"] == 1000 && m["softplus.f@-1000"] == 0)
  }

  @Test("the gradient check is at the level central differences allow")
  func gradientCheck() throws {
    let error = try #require(try metrics()["gradcheck.max_abs_error"])
    // h = 1e-5: truncation h²·|f‴|/6 ≲ 1e-10 (|f‴| ≲ 2 here), rounding ε·|f|/h ≲ 1e-10 for |f| ≤ 5.
    #expect(error > 0 && error < 1e-9)
  }

  @Test("vanishing gradients: E f′(Z) for Z ~ N(0, 1), raised to the depth")
  func vanishing() throws {
    let m = try metrics()
    #expect(m["vanishing.depth"] == 20)
    // ReLU: P(Z > 0) = ½ exactly. tanh and sigmoid: Simpson's rule on [−12, 12], independent of the chapter's midpoint rule.
    let expected = ["relu": 0.5, "tanh": Self.simpson { (1 - tanh($0) * tanh($0)) * Self.density($0) },
                    "sigmoid": Self.simpson { let s = 1 / (1 + exp(-$0)); return s * (1 - s) * Self.density($0) }]
    for (name, perLayer) in expected {
      // Both quadratures converge to ~1e-12 for these smooth integrands; the midpoint rule at ReLU's jump to ~1e-9.
      #expect(isClose(try #require(m["vanishing.\(name).per_layer"]), perLayer, relative: 1e-8), "\(name)")
      #expect(isClose(try #require(m["vanishing.\(name).product"]), pow(perLayer, 20), relative: 1e-6), "\(name)")
    }
    #expect(try #require(m["vanishing.sigmoid.product"]) < pow(0.25, 20))
  }

  /// Backpropagation through 20 layers in float64 by two libraries that sum in different orders: rounding
  /// grows to ~1e-13 relative; 1e-9 leaves room.
  static let deepNetworkTolerance = 1e-9

  @Test("the gain χ = n·Var(w)·E[f′(z)²] at layer 1: Simpson's rule, and exactly 1 for ReLU under He")
  func gains() throws {
    let m = try metrics()
    let sigmoidSlope = { (z: Double) in let s = 1 / (1 + exp(-z)); return s * (1 - s) }
    let expected = ["sigmoid": Self.simpson { pow(sigmoidSlope($0), 2) * Self.density($0) },
                    "tanh": Self.simpson { pow(1 - tanh($0) * tanh($0), 2) * Self.density($0) }, "relu": 1.0]
    for (name, gain) in expected {
      // Both quadratures converge to ~1e-12 for the smooth integrands; the midpoint rule at ReLU's jump to ~1e-9.
      #expect(isClose(try #require(m["vanishing.\(name).gain"]), gain, relative: 1e-8), "\(name)")
    }
    #expect(try #require(m["vanishing.sigmoid.gain"]) < 1.0 / 16)
  }

  @Test("gradients through the 20-layer network at initialization match torch.autograd on the same weights")
  func gradientFlow() throws {
    let m = try metrics(), torch = try torchChapterMetrics("torch-chapter02-vanishing")
    #expect(torch.count == 3 * 3 + 2)
    for (key, expected) in torch {
      let value = try #require(m[key], "missing \(key)")
      #expect(isClose(value, expected, relative: Self.deepNetworkTolerance), "\(key)")
    }
    // The lesson's claim: the sigmoid's first layer gets ~10⁻¹³ of the last's gradient, tanh and ReLU O(1).
    #expect(try #require(m["vanishing.sigmoid.first_to_last_gradient"]) < 1e-10)
    for name in ["tanh", "relu"] {
      #expect(try #require(m["vanishing.\(name).first_to_last_gradient"]) > 0.1, "\(name)")
    }
  }

  static func density(_ z: Double) -> Double { exp(-z * z / 2) / (2 * Double.pi).squareRoot() }

  static func simpson(_ f: (Double) -> Double) -> Double {
    let n = 6000, a = -12.0, h = 24.0 / Double(n)
    var total = f(a) + f(-a)
    for i in 1..<n { total += (i % 2 == 1 ? 4 : 2) * f(a + Double(i) * h) }
    return total * h / 3
  }

  @Test("--help states --depth's range and default")
  func helpStatesRange() throws {
    let help = try ChapterProcess.run("ch02-activations", ["--help"])
    #expect(help.status == 0)
    let flat = help.standardOutput.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    #expect(flat.contains("2 to 100") && flat.contains("(default: "), "\(help.standardOutput)")
  }

  @Test("every figure is a real PNG", .enabled(if: gnuplotIsInstalled),
        arguments: ["activations", "derivatives", "gallery", "vanishing-gradients", "stability"])
  func figures(name: String) throws {
    let run = try #require(Self.run)
    let png = try #require(PNGInfo(contentsOf: run.directory.appendingPathComponent("\(name).png")))
    #expect(png.width > 0 && png.height > 0)
  }
}
