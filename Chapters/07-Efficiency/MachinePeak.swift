import Foundation
import NeuralKit

/// The machine's theoretical floating-point peak: the most multiply-adds its vector units can retire.
///
/// ```
///   peak FLOP/s = cores × lanes × 2 × FMA units × clock
///                         │       │      │
///                         │       │      └ fused multiply-add pipes per core (2 on current x86 cores: assumed)
///                         │       └ one fused multiply-add is two floating-point operations
///                         └ numbers per vector register: 4 doubles (or 8 floats) in AVX2's 256 bits
/// ```
/// With one core, four lanes, two FMA units and 2.6 GHz: 1·4·2·2·2.6 = 41.6 GFLOPS. The clock is the one
/// the system reports (``ClockSource``), which may be below what the core runs at under turbo: a
/// kernel can then measure above this "peak". Introduced in chapter 07.
struct MachinePeak: Sendable, Equatable {
  var cores: Int
  /// Numbers of the measured precision in one vector register.
  var lanes: Int
  /// Fused multiply-add units per core.
  var fmaUnits: Int
  /// Clock in GHz.
  var clockGHz: Double

  init(cores: Int, lanes: Int, fmaUnits: Int, clockGHz: Double) {
    self.cores = cores
    self.lanes = lanes
    self.fmaUnits = fmaUnits
    self.clockGHz = clockGHz
  }

  /// Floating-point operations per clock cycle on all the cores counted: cores·lanes·2·FMA units.
  var flopsPerCycle: Int { cores * lanes * 2 * fmaUnits }

  /// The peak in GFLOPS (10⁹ floating-point operations per second).
  var gflops: Double { Double(flopsPerCycle) * clockGHz }

  /// Doubles in an AVX2 (256-bit) register.
  static let avx2DoubleLanes = 4
  /// FMA units per core assumed for modern x86 cores (Intel since Haswell, AMD since Zen 2); an
  /// assumption, not read from the machine: /proc/cpuinfo does not say.
  static let assumedFMAUnits = 2
}

/// Where a clock frequency was read.
enum ClockSource: String, Sendable {
  /// `/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq`: the highest frequency the core may run at.
  case maximumFrequency = "cpuinfo_max_freq"
  /// `cpu MHz` in /proc/cpuinfo: the frequency the kernel last saw (in a virtual machine, often the nominal one).
  case cpuinfoMHz = "/proc/cpuinfo cpu MHz"
}

/// What the operating system says about the processor: model, logical cores, clock and its source.
struct ProcessorDescription: Sendable, Equatable {
  var model: String
  var logicalCores: Int
  var clockGHz: Double
  var clockSource: ClockSource

  /// Parses /proc/cpuinfo text and, when present, the contents of cpuinfo_max_freq (kHz); the maximum
  /// frequency wins when given. `nil` when neither gives a clock.
  static func parse(cpuinfo: String, maximumFrequencyKHz: String?) -> ProcessorDescription? {
    let lines = cpuinfo.split(separator: "\n")
    func value(_ key: String) -> String? {
      lines.first { $0.hasPrefix(key) }.flatMap { $0.split(separator: ":", maxSplits: 1).last }
        .map { $0.trimmingCharacters(in: .whitespaces) }
    }
    let model = value("model name") ?? "unknown processor"
    let cores = max(1, lines.filter { $0.hasPrefix("processor") }.count)
    if let text = maximumFrequencyKHz?.trimmingCharacters(in: .whitespacesAndNewlines), let kHz = Double(text), kHz > 0
    {
      return ProcessorDescription(
        model: model, logicalCores: cores, clockGHz: kHz / 1e6, clockSource: .maximumFrequency)
    }
    guard let text = value("cpu MHz"), let mHz = Double(text), mHz > 0 else { return nil }
    return ProcessorDescription(model: model, logicalCores: cores, clockGHz: mHz / 1e3, clockSource: .cpuinfoMHz)
  }

  /// This machine's description (Linux); `nil` where /proc/cpuinfo is missing or names no clock.
  static func current() -> ProcessorDescription? {
    guard let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
    let maximum = try? String(contentsOfFile: "/sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq", encoding: .utf8)
    return parse(cpuinfo: cpuinfo, maximumFrequencyKHz: maximum)
  }

  /// The single-core Float64 AVX2 peak at this clock, with the assumed two FMA units.
  var singleCoreDoublePeak: MachinePeak {
    MachinePeak(cores: 1, lanes: MachinePeak.avx2DoubleLanes, fmaUnits: MachinePeak.assumedFMAUnits, clockGHz: clockGHz)
  }
}

/// What the page says about the machine.
struct MachineSnapshot {
  let model: String
  let cores: Int
  let date: String
  let processor: ProcessorDescription?

  static func current() -> MachineSnapshot {
    let processor = ProcessorDescription.current()
    let formatter = ISO8601DateFormatter()
    formatter.formatOptions = [.withFullDate]
    return MachineSnapshot(
      model: processor?.model ?? "unknown processor",
      cores: processor?.logicalCores ?? ProcessInfo.processInfo.activeProcessorCount,
      date: formatter.string(from: Date()), processor: processor)
  }
}
