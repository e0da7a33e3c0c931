import Foundation

/// A single updating progress line for long loops; silent when stdout is not a terminal.
///
/// ```
///   digits epoch 12/30 (40%) loss 0.0712 · train 98.1% · test 97.2% · 0.4 s left
/// ```
/// Time left is the mean time per item so far times the items to go.
public struct ProgressLine {
  private let enabled: Bool
  private let label: String
  private let started = ContinuousClock.now

  public init(_ label: String) {
    self.label = label
    enabled = isatty(STDOUT_FILENO) == 1
  }

  /// Redraws the line with `done` of `total`, an optional detail and the estimated time left.
  public func update(_ done: Int, of total: Int, detail: String = "") {
    guard enabled else { return }
    let percent = total > 0 ? 100 * done / total : 100
    let elapsed = Stopwatch.seconds(ContinuousClock.now - started)
    let left = done > 0 ? " · " + (elapsed / Double(done) * Double(max(total - done, 0))).fixed(1) + " s left" : ""
    FileHandle.standardOutput.write(Data("\r\u{1B}[2K  \(label) \(done)/\(total) (\(percent)%) \(detail)\(left)".utf8))
  }

  /// Clears the line.
  public func finish() {
    guard enabled else { return }
    FileHandle.standardOutput.write(Data("\r\u{1B}[2K".utf8))
  }
}
