import Foundation

/// Why a figure could not be rendered.
public enum PlotError: Error, Equatable, CustomStringConvertible {
  /// No `gnuplot` executable on the search path that was looked through.
  case gnuplotNotFound(searchPath: String)
  /// gnuplot ran and failed: its exit status, what it wrote on stderr, and the scripts it was running.
  case gnuplotFailed(status: Int32, stderr: String, scripts: [String])
  /// gnuplot reported success but left an image that is missing, truncated or of the wrong size.
  case badImage(script: String, problem: String)
  /// gnuplot ran longer than `--render-timeout` and was killed.
  case timedOut(seconds: Double)

  public var description: String {
    switch self {
    case .gnuplotNotFound(let path):
      "gnuplot not found on PATH (\(path)); install it with `apt-get install -y --no-install-recommends gnuplot-nox`"
    case .gnuplotFailed(let status, let stderr, let scripts):
      "gnuplot exited with status \(status) running \(scripts.joined(separator: ", ")): "
        + stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    case .badImage(let script, let problem):
      "gnuplot's image from \(script) is not a complete PNG: \(problem) (is the disk full?)"
    case .timedOut(let seconds):
      "gnuplot ran longer than \(seconds.formatted()) s and was stopped (--render-timeout)"
    }
  }
}

extension Double {
  /// Whole numbers without a decimal point: `120`, `0.5`.
  func formatted() -> String { self == rounded() && abs(self) < 1e15 ? String(Int(self)) : "\(self)" }
}
