import Foundation
import TestSupport
import Testing

/// A run replaces its whole output folder or changes nothing, whatever happens to it (DESIGN.md): a
/// signal, a hung or failing gnuplot, a full disk, a second run, a closed stdout, a folder of someone's
/// files. Chapter 05 stands for all chapters: they share NotebookKit's writer.
@Suite("Output that survives anything", .serialized)
struct OutputContractTests {
  static let chapter = "ch05-forward-backward"

  /// A folder holding a previous complete run (without figures), and a fingerprint of its contents.
  static func previousRun() throws -> (folder: URL, fingerprint: [String: Data]) {
    let parent = try ChapterProcess.temporaryDirectory("output")
    let folder = parent.appendingPathComponent("out")
    let outcome = try ChapterProcess.run(chapter, ["--out", folder.path, "--no-render", "--seed", "3"])
    try #require(outcome.status == 0, "\(outcome.standardError)")
    return (folder, try fingerprint(folder))
  }

  static func fingerprint(_ folder: URL) throws -> [String: Data] {
    var files: [String: Data] = [:]
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
      files[name] = try Data(contentsOf: folder.appendingPathComponent(name))
    }
    return files
  }

  /// Names in the output's parent folder other than the output itself: staging leftovers.
  static func leftovers(beside folder: URL) throws -> [String] {
    try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path).filter { $0 != folder.lastPathComponent }
  }

  /// A PATH whose first gnuplot is a shell script with `body`.
  static func standInPath(_ body: String) throws -> String {
    let bin = try ChapterProcess.temporaryDirectory("stand-in")
    let script = bin.appendingPathComponent("gnuplot")
    try Data("#!/bin/sh\n\(body)\n".utf8).write(to: script)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
    return bin.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
  }

  static func noProcessMatches(_ pattern: String) throws -> Bool {
    let found = try ChapterProcess.run(executable: URL(fileURLWithPath: "/bin/sh"), ["-c", "pgrep -f '\(pattern)' || true"])
    return found.standardOutput.isEmpty
  }

  @Test("SIGTERM and SIGINT while gnuplot renders: exit 143 / 130, gnuplot stopped, the previous folder untouched",
        arguments: [(SIGTERM, Int32(143)), (SIGINT, Int32(130))])
  func interrupted(signalNumber: Int32, status: Int32) throws {
    let (folder, before) = try Self.previousRun()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let marker = folder.deletingLastPathComponent().path + "/rendering"
    let path = try Self.standInPath("touch '\(marker)'; sleep 311 & wait")
    let process = Process()
    process.executableURL = ChapterProcess.productsDirectory.appendingPathComponent(Self.chapter)
    process.arguments = ["--out", folder.path]
    process.environment = ProcessInfo.processInfo.environment.merging(["PATH": path]) { $1 }
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(60)
    while !FileManager.default.fileExists(atPath: marker) && Date() < deadline { usleep(20_000) }
    try #require(FileManager.default.fileExists(atPath: marker), "the stand-in gnuplot never started")
    kill(process.processIdentifier, signalNumber)
    process.waitUntilExit()
    #expect(process.terminationReason == .exit && process.terminationStatus == status)
    #expect(try Self.fingerprint(folder) == before)
    #expect(try Self.leftovers(beside: folder) == ["rendering"])
    #expect(try Self.noProcessMatches("slee[p] 311"))
  }

  @Test("a gnuplot that hangs is stopped after --render-timeout: one error line, exit 1, nothing changed")
  func renderTimeout() throws {
    let (folder, before) = try Self.previousRun()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    let path = try Self.standInPath("sleep 312 & wait")
    let outcome = try ChapterProcess.run(Self.chapter, ["--out", folder.path, "--render-timeout", "1"], environment: ["PATH": path])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.split(separator: "\n").count == 1 && outcome.standardError.contains("--render-timeout"))
    #expect(try Self.fingerprint(folder) == before)
    #expect(try Self.leftovers(beside: folder).isEmpty)
    #expect(try Self.noProcessMatches("slee[p] 312"))
  }

  @Test("a full disk while rendering (gnuplot exits 0 with a cut PNG) fails the run and keeps the previous folder",
        .enabled(if: gnuplotIsInstalled))
  func fullDisk() throws {
    let (folder, before) = try Self.previousRun()
    defer { try? FileManager.default.removeItem(at: folder.deletingLastPathComponent()) }
    // Files over 4 KiB cannot grow (EFBIG; SIGXFSZ ignored), as on a disk that fills up mid-image.
    let path = try Self.standInPath("trap '' XFSZ; ulimit -f 8; exec /usr/bin/env -u PATH \(gnuplotExecutable()) \"$@\"")
    let outcome = try ChapterProcess.run(Self.chapter, ["--out", folder.path], environment: ["PATH": path])
    #expect(outcome.status == 1, "\(outcome.standardError)")
    #expect(outcome.standardError.hasPrefix("error: ") && outcome.standardError.split(separator: "\n").count == 1)
    #expect(try Self.fingerprint(folder) == before)
    #expect(try Self.leftovers(beside: folder).isEmpty)
  }

  @Test("two runs into one folder leave exactly one run's output")
  func concurrentRuns() throws {
    let parent = try ChapterProcess.temporaryDirectory("output")
    defer { try? FileManager.default.removeItem(at: parent) }
    let shared = parent.appendingPathComponent("shared")
    var references: [[String: Data]] = []
    for seed in ["1", "2"] {
      let alone = parent.appendingPathComponent("alone-\(seed)")
      try #require(try ChapterProcess.run(Self.chapter, ["--out", alone.path, "--no-render", "--seed", seed]).status == 0)
      references.append(try Self.fingerprint(alone).filter { $0.key != "timings.json" })
    }
    let runs = ["1", "2"].map { seed in
      let process = Process()
      process.executableURL = ChapterProcess.productsDirectory.appendingPathComponent(Self.chapter)
      process.arguments = ["--out", shared.path, "--no-render", "--seed", seed]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      return process
    }
    for run in runs { try run.run() }
    for run in runs { run.waitUntilExit() }
    #expect(runs.allSatisfy { $0.terminationStatus == 0 })
    let result = try Self.fingerprint(shared).filter { $0.key != "timings.json" }
    #expect(references.contains(result), "the folder mixes the two runs")
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted() == ["alone-1", "alone-2", "shared"])
  }

  @Test("a closed stdout (| head -1) still writes every file, exit 0")
  func closedStandardOutput() throws {
    let parent = try ChapterProcess.temporaryDirectory("output")
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("out"), binary = ChapterProcess.productsDirectory.appendingPathComponent(Self.chapter)
    let outcome = try ChapterProcess.run(
      executable: URL(fileURLWithPath: "/bin/bash"),
      ["-c", "'\(binary.path)' --out '\(folder.path)' --no-render | head -1 > /dev/null; exit ${PIPESTATUS[0]}"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path)
    #expect(files.contains("README.md") && files.contains("results.json") && files.contains("seed-losses.dat"))
  }

  @Test("a folder holding files no chapter wrote is refused, one line, exit 1, and left alone")
  func foreignFiles() throws {
    let parent = try ChapterProcess.temporaryDirectory("output")
    defer { try? FileManager.default.removeItem(at: parent) }
    try Data("my notes".utf8).write(to: parent.appendingPathComponent("notes.txt"))
    let outcome = try ChapterProcess.run(Self.chapter, ["--out", parent.path, "--no-render"])
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("notes.txt") && outcome.standardError.split(separator: "\n").count == 1)
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path) == ["notes.txt"])
    #expect(outcome.standardOutput.isEmpty, "refused before any work")
  }

  @Test("--no-render over a rendered folder leaves no old image beside the new page", .enabled(if: gnuplotIsInstalled))
  func noRenderReplacesImages() throws {
    let parent = try ChapterProcess.temporaryDirectory("output")
    defer { try? FileManager.default.removeItem(at: parent) }
    let folder = parent.appendingPathComponent("out")
    try #require(try ChapterProcess.run(Self.chapter, ["--out", folder.path]).status == 0)
    #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".png") })
    try #require(try ChapterProcess.run(Self.chapter, ["--out", folder.path, "--no-render"]).status == 0)
    #expect(!(try FileManager.default.contentsOfDirectory(atPath: folder.path).contains { $0.hasSuffix(".png") }))
  }

  @Test("--out \"\" and an out-of-range --render-timeout are usage errors (64)",
        arguments: [["--out", ""], ["--render-timeout", "0"], ["--render-timeout", "1e9"], ["--seed", "-1"]])
  func usage(arguments: [String]) throws {
    let outcome = try ChapterProcess.run(Self.chapter, arguments)
    #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
    #expect(!outcome.standardError.contains("Missing value"), "\(outcome.standardError)")
  }

  /// The real gnuplot's absolute path.
  func gnuplotExecutable() -> String {
    (ProcessInfo.processInfo.environment["PATH"] ?? "").split(separator: ":").map { "\($0)/gnuplot" }
      .first { FileManager.default.isExecutableFile(atPath: $0) } ?? "/usr/bin/gnuplot"
  }
}
