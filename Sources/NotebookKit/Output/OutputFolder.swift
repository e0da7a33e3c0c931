import CSystem
import Foundation

/// A chapter's output folder, replaced whole or not at all.
///
/// ```
///   plots/05-forward-backward                         the folder a reader sees: the last complete run
///   plots/.05-forward-backward.staging-PID-N          where this run writes, renders and validates
///   → exchange(staging, target)                       one rename(2) swaps them (renameat2 EXCHANGE)
///   → remove staging                                  which now holds the previous run
/// ```
/// Before anything is written the target is checked: it must be missing, or a folder holding only files
/// a chapter writes (``courseFileNames``), so a mistyped `--out` can never empty a folder of someone's
/// work. Two runs into one folder each swap in a whole folder; the last to finish wins, and no mix of
/// the two is ever visible. On failure or a signal the staging folder is removed and the target is left
/// as it was.
public struct OutputFolder: Sendable {
  /// The folder the reader sees.
  public let target: URL
  /// The sibling folder this run writes into.
  public let staging: URL

  /// Files a chapter run (or `make bench`) writes into its folder; nothing else may be there.
  public static func isCourseFile(_ name: String) -> Bool {
    ["README.md", "results.json", "timings.json", "benchmarks.md"].contains(name)
      || (name.hasPrefix("README.") && name.hasSuffix(".md"))
      || [".gp", ".dat", ".png"].contains { name.hasSuffix($0) && !name.hasPrefix(".") }
  }

  /// Files another course command writes into a chapter's folder, which a chapter run keeps: `make bench`
  /// writes benchmarks.md beside chapter 07's page.
  static let keptFromPreviousRun = ["benchmarks.md"]

  /// Checks `target` and creates a fresh staging folder beside it (and any missing parents).
  public static func prepare(_ target: URL) throws -> OutputFolder {
    let target = target.standardizedFileURL
    try requireReplaceable(target)
    let parent = target.deletingLastPathComponent()
    try AtomicFile.createDirectories(at: parent)
    for attempt in 0..<100 {
      let staging = parent.appendingPathComponent(".\(target.lastPathComponent).staging-\(getpid())-\(attempt)")
      if mkdir(staging.path, 0o755) == 0 { return OutputFolder(target: target, staging: staging) }
      guard errno == EEXIST else { throw NotebookError("cannot create \(staging.path): \(String(cString: strerror(errno)))") }
    }
    throw NotebookError("cannot create a staging folder beside \(target.path)")
  }

  /// Refuses a target that is not a folder, or holds files no chapter wrote.
  static func requireReplaceable(_ target: URL) throws {
    var status = stat()
    guard lstat(target.path, &status) == 0 else { return }  // missing: nothing to protect
    guard status.st_mode & S_IFMT == S_IFDIR else { throw NotebookError("\(target.path) exists and is not a folder") }
    let names = try FileManager.default.contentsOfDirectory(atPath: target.path)
    let foreign = names.filter { !isCourseFile($0) }.sorted()
    guard foreign.isEmpty else {
      let shown = foreign.prefix(3).joined(separator: ", ") + (foreign.count > 3 ? ", …" : "")
      throw NotebookError("refusing to replace \(target.path): it holds files no chapter wrote (\(shown)); choose an empty or new --out folder")
    }
  }

  /// A file inside the staging folder.
  public func file(_ name: String) -> URL { staging.appendingPathComponent(name) }

  /// Swaps the staging folder in for the target and removes the previous run's files.
  public func commit() throws {
    for name in Self.keptFromPreviousRun where !FileManager.default.fileExists(atPath: file(name).path) {
      let old = target.appendingPathComponent(name)
      if FileManager.default.fileExists(atPath: old.path) { try? FileManager.default.copyItem(at: old, to: file(name)) }
    }
    try Self.requireReplaceable(target)
    if exchange(staging.path, target.path) == 0 {
      discard()  // the staging path now holds the previous run
      return
    }
    let exchangeError = errno
    // No previous folder (or a file system without RENAME_EXCHANGE): a plain rename, which fails rather
    // than replacing a folder that appeared meanwhile.
    if exchangeError == ENOENT || exchangeError == EINVAL || exchangeError == ENOSYS {
      if rename(staging.path, target.path) == 0 { return }
      if errno == ENOTEMPTY || errno == EEXIST, exchangeError != ENOENT {
        try replaceByTwoRenames()
        return
      }
      if errno == ENOTEMPTY || errno == EEXIST { return try commit() }  // another run swapped in first: swap again
    }
    throw NotebookError("cannot move \(staging.path) to \(target.path): \(String(cString: strerror(errno)))")
  }

  /// Where RENAME_EXCHANGE is missing: the target moves aside, the staging folder takes its place, the old
  /// one is removed. A reader may see no folder for an instant, never a mixed one.
  private func replaceByTwoRenames() throws {
    let aside = staging.deletingLastPathComponent().appendingPathComponent(staging.lastPathComponent + "-old")
    guard rename(target.path, aside.path) == 0, rename(staging.path, target.path) == 0 else {
      throw NotebookError("cannot replace \(target.path): \(String(cString: strerror(errno)))")
    }
    try? FileManager.default.removeItem(at: aside)
  }

  /// Removes the staging folder and everything in it.
  public func discard() {
    try? FileManager.default.removeItem(at: staging)
  }
}

/// Swaps two paths in one step (renameat2 RENAME_EXCHANGE); −1 with errno where that is not possible.
private func exchange(_ first: String, _ second: String) -> Int32 {
  course_exchange_paths(first, second)
}
