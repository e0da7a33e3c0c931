import Foundation

/// One run of a chapter into a fresh folder: made once per test suite, read by each of its tests.
public struct ChapterRun: Sendable {
  public let directory: URL
  public let outcome: ChapterProcess.Outcome
  /// The run's results.json metrics; empty when it wrote none.
  public let metrics: [String: Double]

  /// A chapter's non-zero exit, with what it said on stderr.
  public struct Failure: Error, CustomStringConvertible {
    public let status: Int32
    public let standardError: String
    public var description: String { "exit status \(status): \(standardError)" }
  }

  /// Runs `executable --out FRESH_FOLDER arguments…`; `nil` when it could not be started at all.
  public static func start(_ executable: String, _ arguments: [String] = []) -> ChapterRun? {
    guard let directory = try? ChapterProcess.temporaryDirectory(executable),
      let outcome = try? ChapterProcess.run(executable, ["--out", directory.path] + arguments)
    else { return nil }
    let metrics = (try? ChapterProcess.metrics(in: directory)) ?? [:]
    return ChapterRun(directory: directory, outcome: outcome, metrics: metrics)
  }

  /// The metrics of a run that exited 0; otherwise throws the failure, stderr included.
  public func successfulMetrics() throws -> [String: Double] {
    guard outcome.status == 0 else { throw Failure(status: outcome.status, standardError: outcome.standardError) }
    return metrics
  }
}
