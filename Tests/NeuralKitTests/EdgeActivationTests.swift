import Foundation
import NeuralKit
import Testing

/// The limits every activation and its derivative reach far out on either side.
struct ActivationLimits: Sendable, CustomTestStringConvertible {
  let activation: Activation
  /// f(x) for x → −∞ and x → +∞, with x standing for "the input itself" (nil).
  let value: (negative: Double?, positive: Double?)
  /// f′(x) for x → −∞ and x → +∞.
  let derivative: (negative: Double, positive: Double)

  var testDescription: String { activation.rawValue }

  static let all: [ActivationLimits] = [
    .init(activation: .sigmoid, value: (0, 1), derivative: (0, 0)),
    .init(activation: .tanh, value: (-1, 1), derivative: (0, 0)),
    .init(activation: .relu, value: (0, nil), derivative: (0, 1)),
    .init(activation: .leakyReLU, value: (nil, nil), derivative: (leakyReLUDefaultSlope, 1)),
    .init(activation: .elu, value: (-1, nil), derivative: (0, 1)),
    .init(activation: .softplus, value: (0, nil), derivative: (0, 1)),
    .init(activation: .gelu, value: (0, nil), derivative: (0, 1)),
    .init(activation: .silu, value: (0, nil), derivative: (0, 1)),
  ]
}

/// Inputs beyond where e^(±x) overflows or underflows (e^710 is already +∞, e^(−746) is 0), up to ∞.
private let farInputs = [1000, 1e300, Double.greatestFiniteMagnitude, .infinity]

/// Finite inputs from −1e308 to 1e308, dense around the range where exponentials stop being representable.
private let sweepInputs: [Double] = {
  let decades = stride(from: -3.0, through: 308, by: 0.25).map { pow(10, $0) }
  let magnitudes = decades + Array(stride(from: 700.0, through: 760, by: 0.5))
  return magnitudes.flatMap { [$0, -$0] } + [0, -0.0, .leastNonzeroMagnitude, .greatestFiniteMagnitude]
}()

/// Activations at the ends of the double range, and at NaN.
@Suite("Activations at the edges")
struct EdgeActivationTests {
  @Test(
    "f and f′ reach their limits exactly, with no NaN, at ±1000, ±1e300, ±the largest double and ±∞",
    arguments: ActivationLimits.all)
  func limits(of limits: ActivationLimits) {
    let f = limits.activation
    #expect(ActivationLimits.all.count == Activation.allCases.count)
    for x in farInputs {
      // Where the limit is "x itself" (relu, gelu, silu, …) the value is x, or slope·x for leaky ReLU.
      #expect(f.value(x) == (limits.value.positive ?? x), "\(f)(\(x))")
      #expect(f.value(-x) == (limits.value.negative ?? -leakyReLUDefaultSlope * x), "\(f)(−\(x))")
      #expect(f.derivative(x) == limits.derivative.positive, "\(f)′(\(x))")
      #expect(f.derivative(-x) == limits.derivative.negative, "\(f)′(−\(x))")
    }
  }

  @Test("f and f′ are finite for every finite input", arguments: Activation.allCases)
  func finiteEverywhere(activation: Activation) {
    for x in sweepInputs {
      #expect(activation.value(x).isFinite && activation.derivative(x).isFinite, "\(activation) at \(x)")
    }
  }

  @Test("a NaN input gives a NaN output, as torch.nn.functional does", arguments: Activation.allCases)
  func nanPassesThrough(activation: Activation) {
    #expect(activation.value(Double.nan).isNaN)
    #expect(activation.value(Matrix([[1, .nan]])).storage.map(\.isNaN) == [false, true])
  }
}
