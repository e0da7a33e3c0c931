import Foundation

/// Runs gnuplot on scripts written by ``Figure/script(dataFile:)``.
///
/// All scripts of one call share a single gnuplot process (each start costs ~30 ms): the command line is
/// `gnuplot -e "outfile='A.png.part'" A.gp -e "outfile='B.png.part'" B.gp …`, run in the scripts' folder.
/// gnuplot stops at the first error; then every partial image is removed and the error carries gnuplot's
/// exit status and stderr, which names the failing script and line. On success each `.part` file is
/// checked to be non-empty and renamed over `NAME.png`.
public struct Gnuplot: Sendable {
  /// The gnuplot executable.
  public let executable: URL

  /// Finds `gnuplot` on `searchPath` (a `PATH`-style list, by default this process's `PATH`).
  public init(searchPath: String? = nil) throws {
    let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
    let candidates = path.split(separator: ":").map { URL(fileURLWithPath: String($0)).appendingPathComponent("gnuplot") }
    guard let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0.path) }) else {
      throw PlotError.gnuplotNotFound(searchPath: path)
    }
    executable = found
  }

  /// Renders `scripts` (file names inside `directory`), each to the PNG its name gives.
  public func render(scripts: [String], in directory: URL) throws {
    guard !scripts.isEmpty else { return }
    let fileManager = FileManager.default
    let parts = scripts.map { Gnuplot.imageName(forScript: $0) + ".part" }
    defer { for part in parts { try? fileManager.removeItem(at: directory.appendingPathComponent(part)) } }

    var arguments: [String] = []
    for (script, part) in zip(scripts, parts) { arguments += ["-e", "outfile=\(quoted(part))", script] }
    let (status, stderr) = try run(arguments: arguments, in: directory)
    guard status == 0 else {
      throw PlotError.gnuplotFailed(
        status: status, stderr: stderr, scripts: scripts.map { directory.appendingPathComponent($0).path })
    }
    for (script, part) in zip(scripts, parts) {
      let partURL = directory.appendingPathComponent(part)
      let size = (try? fileManager.attributesOfItem(atPath: partURL.path)[.size] as? Int) ?? 0
      guard size > 0 else { throw PlotError.missingImage(script: directory.appendingPathComponent(script).path) }
      let finalURL = directory.appendingPathComponent(Gnuplot.imageName(forScript: script))
      // rename(2) replaces the old image atomically; Foundation's moveItem refuses an existing target.
      guard rename(partURL.path, finalURL.path) == 0 else {
        throw NotebookError("cannot rename \(partURL.path) to \(finalURL.path): \(String(cString: strerror(errno)))")
      }
    }
  }

  /// `NAME.gp` → `NAME.png`.
  public static func imageName(forScript script: String) -> String {
    (script.hasSuffix(".gp") ? String(script.dropLast(3)) : script) + ".png"
  }

  private func run(arguments: [String], in directory: URL) throws -> (Int32, String) {
    ignoreBrokenPipes()
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    try process.run()
    let errorData = errorPipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: errorData, as: UTF8.self))
  }
}

/// A write to a pipe whose reader has gone must fail with EPIPE, not kill the course with SIGPIPE.
private func ignoreBrokenPipes() {
  signal(SIGPIPE, SIG_IGN)
}
