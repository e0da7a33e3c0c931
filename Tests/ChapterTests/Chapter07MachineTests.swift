import Foundation
import NeuralKit
import TestSupport
import Testing

@testable import ch07_efficiency

/// The machine-peak formula and the parsing of what Linux says about the processor.
@Suite("Machine peak")
struct MachinePeakTests {
  @Test("peak = cores × lanes × 2 × FMA units × clock, worked by hand", arguments: [
    (1, 4, 2, 2.5, 40.0),  // one AVX2 core at 2.5 GHz: 16 flops per cycle
    (8, 8, 2, 3.0, 768.0),  // eight AVX-512 cores at 3 GHz: 32 flops per cycle each
    (1, 2, 1, 2.0, 8.0),  // one SSE2 core with a single FMA pipe
  ])
  func formula(cores: Int, lanes: Int, fmaUnits: Int, clock: Double, expected: Double) {
    let peak = MachinePeak(cores: cores, lanes: lanes, fmaUnits: fmaUnits, clockGHz: clock)
    #expect(peak.flopsPerCycle == cores * lanes * 2 * fmaUnits)
    #expect(isClose(peak.gflops, expected, relative: 1e-15))
  }

  static let cpuinfo = """
    processor\t: 0
    model name\t: AMD EPYC 9R14
    cpu MHz\t\t: 2596.130
    flags\t\t: fpu avx2 fma

    processor\t: 1
    model name\t: AMD EPYC 9R14
    cpu MHz\t\t: 2596.130
    """

  @Test("cpu MHz from /proc/cpuinfo, with the model and the count of processors")
  func cpuinfoClock() throws {
    let processor = try #require(ProcessorDescription.parse(cpuinfo: Self.cpuinfo, maximumFrequencyKHz: nil))
    #expect(processor.model == "AMD EPYC 9R14")
    #expect(processor.logicalCores == 2)
    #expect(processor.clockSource == .cpuinfoMHz)
    #expect(isClose(processor.clockGHz, 2.59613, relative: 1e-15))
    // 1 core × 4 doubles × 2 × 2 FMA units × 2.59613 GHz
    #expect(isClose(processor.singleCoreDoublePeak.gflops, 16 * 2.59613, relative: 1e-15))
  }

  @Test("cpuinfo_max_freq (kHz) wins over cpu MHz when present; no clock at all gives nil")
  func maximumFrequency() throws {
    let processor = try #require(ProcessorDescription.parse(cpuinfo: Self.cpuinfo, maximumFrequencyKHz: "3700000\n"))
    #expect(processor.clockSource == .maximumFrequency)
    #expect(isClose(processor.clockGHz, 3.7, relative: 1e-15))
    #expect(ProcessorDescription.parse(cpuinfo: "processor\t: 0\n", maximumFrequencyKHz: nil) == nil)
  }
}

/// ScalarMatrix's product and the generic softmax cross-entropy against the Double library.
@Suite("Scalar matrix")
struct ScalarMatrixTests {
  static func random(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix.randomUniform(rows: rows, columns: columns, in: -1..<1, using: &generator)
  }

  // Both sum each C[i, j] over k in increasing order without fused multiply-add: the same roundings.
  @Test("A·B and Aᵀ·B in Double equal the naive triple loop", arguments: [(1, 1, 1), (3, 5, 2), (17, 9, 33)])
  func product(n: Int, k: Int, m: Int) {
    let a = Self.random(n, k, seed: 1), b = Self.random(k, m, seed: 2)
    let expected = a.matmulNaive(b)
    #expect(ScalarMatrix.product(ScalarMatrix<Double>(a), ScalarMatrix<Double>(b)).doubleMatrix == expected)
    let aT = ScalarMatrix<Double>(a).transposed
    #expect(ScalarMatrix.product(aT, transposed: true, ScalarMatrix<Double>(b)).doubleMatrix == expected)
  }

  // Float keeps 24 bits: each of k products and sums rounds at 2⁻²⁴ relative (Higham's γₖ bound, with
  // |entries| < 1): |error| ≤ k·2⁻²³ per element, loosened by 2 for the rounding of the inputs.
  @Test("the Float product agrees with Double to Float's rounding")
  func floatProduct() {
    let a = Self.random(20, 40, seed: 3), b = Self.random(40, 7, seed: 4)
    let float = ScalarMatrix.product(ScalarMatrix<Float>(a), ScalarMatrix<Float>(b)).doubleMatrix
    let bound = 2 * 40 * Double(Float.ulpOfOne)
    #expect(zip(float.storage, a.matmulNaive(b).storage).allSatisfy { abs($0 - $1) <= bound })
  }

  @Test("the generic softmax cross-entropy equals the library's in Double")
  func softmaxCrossEntropyMatches() {
    let logits = Self.random(6, 10, seed: 5) * 5
    let labels = [0, 3, 9, 9, 2, 5]
    let library = softmaxCrossEntropy(logits: logits, labels: labels)
    let generic = PrecisionNetwork<Double>.softmaxCrossEntropy(ScalarMatrix(logits), labels: labels)
    #expect(isClose(generic.loss, library.loss, relative: 1e-15))
    #expect(isClose(generic.gradient.doubleMatrix.storage, library.gradient.storage, relative: 1e-14, absolute: 1e-17))
  }
}
