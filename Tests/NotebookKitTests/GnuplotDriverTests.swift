import Foundation
import NotebookKit
import TestSupport
import Testing

/// The driver against stand-in gnuplots: one that hangs, one that writes half an image, and PATH entries
/// that are not executable files.
@Suite("gnuplot driver", .serialized)
struct GnuplotDriverTests {
  /// A folder holding an executable `gnuplot` with `body` as its shell script.
  static func standIn(_ body: String) throws -> URL {
    let folder = try ChapterProcess.temporaryDirectory("gnuplot-stand-in")
    let script = folder.appendingPathComponent("gnuplot")
    try "#!/bin/sh\n\(body)\n".write(to: script, atomically: true, encoding: .utf8)
    chmod(script.path, 0o755)
    return folder
  }

  @Test("a gnuplot that hangs is stopped after the timeout, with its process group")
  func hangingGnuplot() throws {
    let bin = try Self.standIn("sleep 300 & wait")
    defer { try? FileManager.default.removeItem(at: bin) }
    let started = Date()
    #expect(throws: PlotError.timedOut(seconds: 1)) {
      try Gnuplot(searchPath: bin.path).render([("a", 10, 10)], in: bin, timeout: 1)
    }
    #expect(Date().timeIntervalSince(started) < 10)
    // Neither the stand-in nor its `sleep` child survives: no process runs from that folder.
    let survivors = try ChapterProcess.run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", "pgrep -f 'slee[p] 300' || true"])
    #expect(survivors.standardOutput.isEmpty, "still running: \(survivors.standardOutput)")
  }

  @Test("an image cut short (no IEND, as after a full disk) is refused even when gnuplot exits 0")
  func truncatedImage() throws {
    var header = PNGInfo.signature + [0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 10, 0, 0, 0, 10]
    header += [8, 6, 0, 0, 0, 0, 0, 0, 0] + [UInt8](repeating: 7, count: 40)
    let bin = try Self.standIn("cat half.png > a.png")
    defer { try? FileManager.default.removeItem(at: bin) }
    try Data(header).write(to: bin.appendingPathComponent("half.png"))
    #expect {
      try Gnuplot(searchPath: bin.path).render([("a", 10, 10)], in: bin, timeout: 10)
    } throws: { error in
      guard case PlotError.badImage(let script, let problem) = error else { return false }
      return script == "a.gp" && problem.contains("truncated")
    }
  }

  @Test("PATH is searched as a shell does: folders named gnuplot and non-executable files are skipped")
  func shellLikeSearch() throws {
    let folder = try ChapterProcess.temporaryDirectory("path")
    defer { try? FileManager.default.removeItem(at: folder) }
    let directoryNamedGnuplot = folder.appendingPathComponent("a")
    try FileManager.default.createDirectory(at: directoryNamedGnuplot.appendingPathComponent("gnuplot"), withIntermediateDirectories: true)
    let notExecutable = folder.appendingPathComponent("b")
    try FileManager.default.createDirectory(at: notExecutable, withIntermediateDirectories: true)
    try "".write(to: notExecutable.appendingPathComponent("gnuplot"), atomically: true, encoding: .utf8)
    let real = try Self.standIn("exit 0")
    defer { try? FileManager.default.removeItem(at: real) }
    let gnuplot = try Gnuplot(searchPath: [directoryNamedGnuplot.path, notExecutable.path, real.path].joined(separator: ":"))
    #expect(gnuplot.executable.path == real.appendingPathComponent("gnuplot").path)
    #expect(throws: PlotError.self) { try Gnuplot(searchPath: directoryNamedGnuplot.path + ":" + notExecutable.path) }
  }

  @Test("a complete PNG passes; a wrong size or a missing end is named")
  func pngProblems() throws {
    let folder = try ChapterProcess.temporaryDirectory("png")
    defer { try? FileManager.default.removeItem(at: folder) }
    let ihdr = PNGInfo.signature + [0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 4, 0, 0, 0, 3] + [8, 6, 0, 0, 0, 1, 2, 3, 4]
    let complete = folder.appendingPathComponent("ok.png"), cut = folder.appendingPathComponent("cut.png")
    try Data(ihdr + PNGInfo.end).write(to: complete)
    try Data(ihdr + [1, 2, 3]).write(to: cut)
    #expect(PNGInfo.problem(at: complete, width: 4, height: 3) == nil)
    #expect(PNGInfo.problem(at: complete, width: 5, height: 3)?.contains("expected 5×3") == true)
    #expect(PNGInfo.problem(at: cut, width: 4, height: 3)?.contains("no IEND") == true)
    #expect(PNGInfo.problem(at: folder.appendingPathComponent("none.png"), width: 4, height: 3) == "missing")
  }
}
