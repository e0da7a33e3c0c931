import Foundation

/// Why a figure could not be rendered.
public enum PlotError: Error, Equatable, CustomStringConvertible {
  /// No `gnuplot` executable on the search path that was looked through.
  case gnuplotNotFound(searchPath: String)
  /// gnuplot ran and failed: its exit status, what it wrote on stderr, and the scripts it was running.
  case gnuplotFailed(status: Int32, stderr: String, scripts: [String])
  /// gnuplot reported success but left no image (or an empty one) for this script.
  case missingImage(script: String)

  public var description: String {
    switch self {
    case .gnuplotNotFound(let path):
      "gnuplot not found on PATH (\(path)); install it with `apt-get install -y --no-install-recommends gnuplot-nox`"
    case .gnuplotFailed(let status, let stderr, let scripts):
      "gnuplot exited with status \(status) running \(scripts.joined(separator: ", ")): "
        + stderr.trimmingCharacters(in: .whitespacesAndNewlines)
    case .missingImage(let script):
      "gnuplot produced no image for \(script)"
    }
  }
}
