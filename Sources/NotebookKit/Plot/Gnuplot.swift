import Foundation

/// Runs gnuplot on scripts written by ``Figure/script(dataFile:)``.
///
/// All scripts of one call share a single gnuplot process (each start costs ~30 ms): the command line is
/// `gnuplot -e "outfile='A.png'" A.gp -e "outfile='B.png'" B.gp …`, run in the scripts' folder (a chapter's
/// staging folder, so a partial image is never where a reader looks). gnuplot stops at the first error;
/// the error carries its exit status and stderr, which names the failing script and line. A gnuplot that
/// runs longer than `timeout` seconds is killed with its process group. Each image is then checked to be
/// a complete PNG of its figure's size (gnuplot exits 0 after a write that ran out of disk).
public struct Gnuplot: Sendable {
  /// The gnuplot executable.
  public let executable: URL

  /// Finds `gnuplot` on `searchPath` (a `PATH`-style list, by default this process's `PATH`) as a shell
  /// does: the first entry holding an executable regular file of that name; an empty entry is the
  /// current folder.
  public init(searchPath: String? = nil) throws {
    let path = searchPath ?? ProcessInfo.processInfo.environment["PATH"] ?? ""
    let folders = path.split(separator: ":", omittingEmptySubsequences: false).map { $0.isEmpty ? "." : String($0) }
    let found = folders.lazy.map { URL(fileURLWithPath: $0).appendingPathComponent("gnuplot") }.first { candidate in
      var status = stat()
      return stat(candidate.path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG && access(candidate.path, X_OK) == 0
    }
    guard let found else { throw PlotError.gnuplotNotFound(searchPath: path) }
    executable = found
  }

  /// Renders `figures` (their scripts `NAME.gp` inside `directory`), each to `NAME.png`, within `timeout`
  /// seconds, and checks every image.
  public func render(_ figures: [(name: String, width: Int, height: Int)], in directory: URL, timeout: Double) throws {
    guard !figures.isEmpty else { return }
    var arguments: [String] = []
    for figure in figures { arguments += ["-e", "outfile=\(quoted(figure.name + ".png"))", figure.name + ".gp"] }
    let (status, stderr) = try run(arguments: arguments, in: directory, timeout: timeout)
    let scripts = figures.map { directory.appendingPathComponent($0.name + ".gp").path }
    guard status == 0 else { throw PlotError.gnuplotFailed(status: status, stderr: stderr, scripts: scripts) }
    for figure in figures {
      let image = directory.appendingPathComponent(figure.name + ".png")
      if let problem = PNGInfo.problem(at: image, width: figure.width, height: figure.height) {
        throw PlotError.badImage(script: figure.name + ".gp", problem: problem)
      }
    }
  }

  private func run(arguments: [String], in directory: URL, timeout: Double) throws -> (Int32, String) {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.currentDirectoryURL = directory
    let errorPipe = Pipe()
    process.standardError = errorPipe
    process.standardOutput = FileHandle.nullDevice
    process.standardInput = FileHandle.nullDevice
    let finished = DispatchSemaphore(value: 0)
    process.terminationHandler = { _ in finished.signal() }
    try process.run()
    // gnuplot runs in its own process group; a signal to the chapter stops the whole group.
    RunningChildren.shared.add(process.processIdentifier)
    defer { RunningChildren.shared.remove(process.processIdentifier) }
    let errors = PipeReader(errorPipe.fileHandleForReading)
    if finished.wait(timeout: .now() + timeout) == .timedOut {
      kill(-process.processIdentifier, SIGKILL)
      kill(process.processIdentifier, SIGKILL)
      finished.wait()
      _ = errors.wait()
      throw PlotError.timedOut(seconds: timeout)
    }
    return (process.terminationStatus, String(decoding: errors.wait(), as: UTF8.self))
  }
}

/// Reads a pipe to its end on a thread of its own, so a chatty or silent child never blocks the caller.
final class PipeReader: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = (try? handle.readToEnd()) ?? Data()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
