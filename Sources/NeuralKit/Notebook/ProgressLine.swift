import Foundation

/// A single updating progress line for long loops; silent when stdout is not a terminal.
public struct ProgressLine {
  private let enabled: Bool
  private let label: String

  public init(_ label: String) {
    self.label = label
    enabled = isatty(STDOUT_FILENO) == 1
  }

  /// Redraws the line with `done` of `total` and an optional detail.
  public func update(_ done: Int, of total: Int, detail: String = "") {
    guard enabled else { return }
    let percent = total > 0 ? 100 * done / total : 100
    FileHandle.standardOutput.write(Data("\r\u{1B}[2K  \(label) \(done)/\(total) (\(percent)%) \(detail)".utf8))
  }

  /// Clears the line.
  public func finish() {
    guard enabled else { return }
    FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
  }
}
