import Foundation

/// A `PATH` with every folder that holds a `gnuplot` executable removed: runs the course as on a machine
/// without gnuplot.
public func pathWithoutGnuplot() -> String {
  let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
  return path.split(separator: ":").filter {
    !FileManager.default.isExecutableFile(atPath: "\($0)/gnuplot")
  }.joined(separator: ":")
}

/// True when gnuplot is on this process's PATH.
public var gnuplotIsInstalled: Bool {
  pathWithoutGnuplot() != (ProcessInfo.processInfo.environment["PATH"] ?? "")
}
