import Foundation
import NeuralKit
import TestSupport
import Testing

/// Every chapter executable, in course order.
let chapterExecutables = ["ch01-neurons", "ch02-activations", "ch03-losses", "ch04-optimizers", "ch05-forward-backward", "ch06-mlp", "ch07-efficiency"]

/// The chapter contract (DESIGN.md): usage errors, unwritable output, missing gnuplot, determinism.
@Suite("Chapter contract", .serialized)
struct ContractTests {
  @Test("--seed abc and unknown options exit 64 with argument-parser's message", arguments: chapterExecutables)
  func usageErrors(executable: String) throws {
    let badSeed = try ChapterProcess.run(executable, ["--seed", "abc", "--no-render"])
    #expect(badSeed.status == 64)
    #expect(badSeed.standardError.contains("The value 'abc' is invalid for '--seed <seed>'"))
    let unknown = try ChapterProcess.run(executable, ["--no-such-option"])
    #expect(unknown.status == 64)
    #expect(unknown.standardError.contains("Unknown option '--no-such-option'"))
  }

  @Test("--help explains the shared options", arguments: chapterExecutables)
  func help(executable: String) throws {
    let help = try ChapterProcess.run(executable, ["--help"])
    #expect(help.status == 0)
    for option in ["--out", "--seed", "--no-render"] { #expect(help.standardOutput.contains(option)) }
  }

  @Test("an impossible --out exits 1 with one error line and writes nothing", arguments: chapterExecutables)
  func unwritableOutput(executable: String) throws {
    let directory = try ChapterProcess.temporaryDirectory("contract")
    defer { try? FileManager.default.removeItem(at: directory) }
    let blocker = directory.appendingPathComponent("not-a-folder")
    try Data("x".utf8).write(to: blocker)
    let outcome = try ChapterProcess.run(executable, ["--out", blocker.appendingPathComponent("out").path, "--no-render"])
    #expect(outcome.status == 1)
    let errorLines = outcome.standardError.split(separator: "\n")
    #expect(errorLines.count == 1 && errorLines.first?.hasPrefix("error: ") == true, "\(outcome.standardError)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["not-a-folder"])
  }

  @Test("without gnuplot everything but the PNGs is written, with a note, and the exit is 0", arguments: chapterExecutables)
  func withoutGnuplot(executable: String) throws {
    let directory = try ChapterProcess.temporaryDirectory("contract")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try ChapterProcess.run(executable, ["--out", directory.path], environment: ["PATH": pathWithoutGnuplot()])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains("apt-get install -y --no-install-recommends gnuplot-nox"))
    #expect(outcome.standardOutput.contains("make plots"))
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(files.contains("README.md") && files.contains("results.json"))
    #expect(files.contains { $0.hasSuffix(".gp") } && files.contains { $0.hasSuffix(".dat") })
    #expect(!files.contains { $0.hasSuffix(".png") || $0.hasSuffix(".part") })
    for file in files {
      let size = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent(file).path)[.size] as? Int
      #expect((size ?? 0) > 0, "\(file) is empty")
    }
  }

  // Chapter 07 measures times: its page and figures change from run to run by design (DESIGN.md).
  @Test("the same seed gives byte-identical results, data, scripts and page", arguments: chapterExecutables.filter { $0 != "ch07-efficiency" })
  func deterministic(executable: String) throws {
    let first = try ChapterProcess.temporaryDirectory("contract"), second = try ChapterProcess.temporaryDirectory("contract")
    defer { for d in [first, second] { try? FileManager.default.removeItem(at: d) } }
    for directory in [first, second] {
      #expect(try ChapterProcess.run(executable, ["--out", directory.path, "--no-render"]).status == 0)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0 != "timings.json" }.sorted()
    #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second.path).filter { $0 != "timings.json" }.sorted()))
    for name in names {
      let a = try Data(contentsOf: first.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between runs")
    }
  }
}
