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
