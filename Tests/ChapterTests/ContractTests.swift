import Foundation
import NeuralKit
import TestSupport
import Testing

/// Every chapter executable, in course order.
let chapterExecutables = [
  "ch01-neurons", "ch02-activations", "ch03-losses", "ch04-optimizers", "ch05-forward-backward", "ch06-mlp", "ch07-efficiency",
  "ch08-techniques",
]

/// A value argument-parser rejects for `option`: (executable, arguments, the message it must print).
func rejected(_ executable: String, _ option: String, _ value: String) -> (String, [String], String) {
  (executable, [option, value], "The value '\(value)' is invalid for '\(option)")
}

/// Each chapter's own invalid values: not positive, not finite, zero counts, unknown names.
let invalidValues: [(String, [String], String)] = [
  rejected("ch01-neurons", "--current", "0"), rejected("ch01-neurons", "--current", "nan"),
  rejected("ch01-neurons", "--current", "-inf"), rejected("ch01-neurons", "--current", "51"),
  ("ch01-neurons", ["--current", "1e308"], "the current must be a number of nA more than 0 and at most 50."),
  rejected("ch02-activations", "--depth", "0"), rejected("ch02-activations", "--depth", "1"),
  ("ch02-activations", ["--depth", "101"], "the depth must be a whole number of layers from 2 to 100."),
  rejected("ch03-losses", "--samples", "0"), rejected("ch03-losses", "--noise", "-1"),
  rejected("ch03-losses", "--noise", "nan"),
  ("ch03-losses", ["--samples", "1"], "--samples must be between 2 and 100000"),
  ("ch03-losses", ["--samples", "100001"], "--samples must be between 2 and 100000"),
  ("ch03-losses", ["--noise", "101"], "--noise must be at most 100"),
  rejected("ch04-optimizers", "--lr", "0"), rejected("ch04-optimizers", "--lr", "-1"),
  rejected("ch04-optimizers", "--lr", "nan"), rejected("ch04-optimizers", "--lr", "inf"),
  rejected("ch04-optimizers", "--steps", "0"), rejected("ch04-optimizers", "--function", "himmelblau"),
  rejected("ch04-optimizers", "--optimizer", "sgd"), rejected("ch04-optimizers", "--start", "1"),
  rejected("ch04-optimizers", "--start", "1,nan"),
  ("ch04-optimizers", ["--steps", "10000001"], "--steps must be at most 10000000"),
  ("ch04-optimizers", ["--steps", "9223372036854775807"], "--steps must be at most 10000000"),
  ("ch04-optimizers", ["--momentum", "1"], "--momentum must be at least 0 and below 1"),
  ("ch04-optimizers", ["--momentum", "nan"], "--momentum must be at least 0 and below 1"),
  ("ch04-optimizers", ["--alpha", "-0.1"], "--alpha must be at least 0 and below 1"),
  ("ch04-optimizers", ["--beta2", "1"], "--beta2 must be at least 0 and below 1"),
  ("ch04-optimizers", ["--eps", "0"], "--eps must be above 0 and at most 1"),
  ("ch04-optimizers", ["--weight-decay", "2"], "--weight-decay must be between 0 and 1"),
  rejected("ch06-mlp", "--lr", "0"), rejected("ch06-mlp", "--lr", "-1"), rejected("ch06-mlp", "--lr", "nan"),
  rejected("ch06-mlp", "--lr", "inf"), rejected("ch06-mlp", "--epochs", "0"),
  rejected("ch06-mlp", "--batch-size", "0"), rejected("ch06-mlp", "--hidden", "0"),
  rejected("ch06-mlp", "--hidden", "64,0"), rejected("ch06-mlp", "--optimizer", "nope"),
  rejected("ch06-mlp", "--dataset", "nope"), ("ch06-mlp", ["--weight-decay", "-1"], "--weight-decay must be finite and ≥ 0."),
  ("ch06-mlp", ["--dataset", "mnist"], "--dataset mnist needs --data-dir DIR"),
  ("ch06-mlp", ["--hidden", "1000000000"], "--hidden takes 1 to 8 widths of 1 to 4096 units each."),
  ("ch06-mlp", ["--hidden", "1,1,1,1,1,1,1,1,1"], "--hidden takes 1 to 8 widths of 1 to 4096 units each."),
  ("ch06-mlp", ["--epochs", "10001"], "--epochs must be between 1 and 10000."),
  ("ch06-mlp", ["--batch-size", "9223372036854775807"], "--batch-size must be between 1 and 4096."),
  ("ch07-efficiency", ["--max-n", "16"], "--max-n must be between 32 and 4096."),
  ("ch07-efficiency", ["--max-n", "9223372036854775807"], "--max-n must be between 32 and 4096."),
  ("ch07-efficiency", ["--batch-sizes", "9223372036854775807"], "--batch-sizes takes 1 to 12 different sizes of 1 to 4096."),
  ("ch07-efficiency", ["--batch-sizes", "8,8"], "--batch-sizes takes 1 to 12 different sizes of 1 to 4096."),
  ("ch07-efficiency", ["--epochs", "1001"], "--epochs must be between 1 and 1000."),
  ("ch07-efficiency", ["--budget", "11"], "--budget must be at most 10 seconds."),
  rejected("ch07-efficiency", "--batch-sizes", "8,0"),
  rejected("ch07-efficiency", "--epochs", "0"), rejected("ch07-efficiency", "--budget", "-1"),
  rejected("ch07-efficiency", "--budget", "nan"),
  ("ch08-techniques", ["--dropout", "1"], "--dropout must be a probability p with 0 ≤ p < 1."),
  ("ch08-techniques", ["--dropout", "-0.1"], "--dropout must be a probability p with 0 ≤ p < 1."),
  ("ch08-techniques", ["--dropout", "nan"], "--dropout must be a probability p with 0 ≤ p < 1."),
  ("ch08-techniques", ["--weight-decay", "-1"], "--weight-decay must be a number in 0…10 (λ ≥ 0)."),
  ("ch08-techniques", ["--weight-decay", "inf"], "--weight-decay must be a number in 0…10 (λ ≥ 0)."),
  ("ch08-techniques", ["--epochs", "0"], "--epochs must lie in 1…1000."),
  ("ch08-techniques", ["--epochs", "9223372036854775807"], "--epochs must lie in 1…1000."),
  ("ch08-techniques", ["--training-size", "10"], "--training-size must lie in 20…1000"),
  ("ch08-techniques", ["--label-noise", "1"], "--label-noise must be a fraction in 0…0.9."),
  ("ch08-techniques", ["--patience", "0"], "--patience must lie in 1…100 epochs."),
  ("ch08-techniques", ["--trials", "0"], "--trials must lie in 1…100."),
  rejected("ch08-techniques", "--schedule", "linear"), rejected("ch08-techniques", "--epochs", "abc"),
]

/// Chapters whose outputs are deterministic: all but chapter 07, whose page is a measured snapshot.
let deterministicChapters = chapterExecutables.filter { $0 != "ch07-efficiency" }

/// Learning rates far too large: (executable, arguments, what the page says about where it stopped).
let divergingRuns: [(String, [String], String)] = [
  ("ch04-optimizers", ["--optimizer", "gd", "--lr", "10"], "diverged: step 4 produced a non-finite point or loss"),
]

/// The folder the committed course material lives in: plots/ at the repository root.
let committedPlots = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("plots")

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

  @Test("each chapter's invalid values exit 64 with argument-parser's message", arguments: invalidValues)
  func invalidValue(executable: String, arguments: [String], message: String) throws {
    let outcome = try ChapterProcess.run(executable, arguments + ["--no-render"])
    #expect(outcome.status == 64, "\(arguments): \(outcome.standardError)")
    #expect(outcome.standardError.hasPrefix("Error: ") && outcome.standardError.contains(message), "\(outcome.standardError)")
    #expect(outcome.standardError.contains("Usage: "), "argument-parser prints the usage line")
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
  @Test("the same seed gives byte-identical results, data, scripts and page", arguments: deterministicChapters)
  func deterministic(executable: String) throws {
    let first = try ChapterProcess.temporaryDirectory("contract"), second = try ChapterProcess.temporaryDirectory("contract")
    defer { for d in [first, second] { try? FileManager.default.removeItem(at: d) } }
    for directory in [first, second] {
      #expect(try ChapterProcess.run(executable, ["--out", directory.path, "--no-render"]).status == 0)
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: first.path).filter { $0 != "timings.json" }.sorted()
    #expect(names == (try FileManager.default.contentsOfDirectory(atPath: second.path).filter { $0 != "timings.json" }.sorted()))
    // Both languages' pages are compared: a chapter with Lesson.zh.md writes README.zh.md by default.
    #expect(names.contains("README.md") && names.contains("README.zh.md") == ChineseEdition.hasChineseLesson(executable), "\(names)")
    for name in names {
      let a = try Data(contentsOf: first.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs between runs")
    }
  }

  @Test("the terminal prints the same lesson as the page: every prose line of the page is on stdout", arguments: deterministicChapters)
  func terminalCarriesThePage(executable: String) throws {
    let directory = try ChapterProcess.temporaryDirectory("contract")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try ChapterProcess.run(executable, ["--out", directory.path, "--no-render", "--lang", "en"])
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let page = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
    var inBlock = false
    for line in page.split(separator: "\n").map(String.init) {
      if line.hasPrefix("```") || line == "$$" { inBlock.toggle(); continue }
      // Prose: a paragraph line with no link or emphasis (the terminal rewrites those), outside code and formulas.
      guard !inBlock, line.first?.isLetter == true, !line.contains("]("), !line.contains("**") else { continue }
      #expect(outcome.standardOutput.contains(line), "\(executable): the terminal lacks the page's line \(line.prefix(80))")
    }
  }

  /// A stand-in gnuplot that fails like a script with a bug: one line on stderr, status 1.
  static func failingGnuplotPath() throws -> String {
    let folder = try ChapterProcess.temporaryDirectory("failing-gnuplot")
    let shim = folder.appendingPathComponent("gnuplot")
    try Data("#!/bin/sh\necho 'line 7: undefined variable: driverbug' >&2\nexit 1\n".utf8).write(to: shim)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: shim.path)
    return folder.path + ":" + (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin")
  }

  @Test("a gnuplot script error exits 1 with gnuplot's stderr and the script's path, and leaves no image", arguments: chapterExecutables)
  func gnuplotError(executable: String) throws {
    let directory = try ChapterProcess.temporaryDirectory("contract")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try ChapterProcess.run(executable, ["--out", directory.path], environment: ["PATH": try Self.failingGnuplotPath()])
    #expect(outcome.status == 1)
    let lines = outcome.standardError.split(separator: "\n")
    #expect(lines.count == 1 && lines.first?.hasPrefix("error: ") == true, "\(outcome.standardError)")
    #expect(outcome.standardError.contains("line 7: undefined variable: driverbug"))
    #expect(outcome.standardError.contains(directory.path) && outcome.standardError.contains(".gp"))
    let files = try FileManager.default.contentsOfDirectory(atPath: directory.path)
    #expect(!files.contains { $0.hasSuffix(".png") || $0.hasSuffix(".part") }, "\(files)")
  }

  @Test("a learning rate far too large stops where it diverged; nothing non-finite is written", arguments: divergingRuns)
  func divergence(executable: String, arguments: [String], message: String) throws {
    let directory = try ChapterProcess.temporaryDirectory("contract")
    defer { try? FileManager.default.removeItem(at: directory) }
    let outcome = try ChapterProcess.run(executable, ["--out", directory.path, "--no-render"] + arguments)
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(outcome.standardOutput.contains(message))
    for name in try FileManager.default.contentsOfDirectory(atPath: directory.path) where name.hasSuffix(".dat") || name == "results.json" {
      let tokens = try String(contentsOf: directory.appendingPathComponent(name), encoding: .utf8)
        .split(whereSeparator: { " \t\n,:[]{}".contains($0) }).map { $0.lowercased() }
      #expect(!tokens.contains { ["nan", "-nan", "inf", "-inf", "+inf", "infinity", "-infinity"].contains($0) }, "\(name)")
    }
  }

  @Test("the committed plots/ folder equals a fresh run: results, data, scripts and pages", arguments: deterministicChapters)
  func committedMaterialIsFresh(executable: String) throws {
    let slug = String(executable.dropFirst(2))  // ch06-mlp → 06-mlp
    let committed = committedPlots.appendingPathComponent(slug)
    let fresh = try ChapterProcess.temporaryDirectory("fresh")
    defer { try? FileManager.default.removeItem(at: fresh) }
    #expect(try ChapterProcess.run(executable, ["--out", fresh.path, "--no-render"]).status == 0)
    let kept = { (name: String) in
      ["README.md", "README.zh.md", "results.json"].contains(name) || name.hasSuffix(".gp") || name.hasSuffix(".dat")
    }
    let names = try FileManager.default.contentsOfDirectory(atPath: fresh.path).filter(kept).sorted()
    let committedNames = try FileManager.default.contentsOfDirectory(atPath: committed.path).filter(kept).sorted()
    #expect(names == committedNames, "plots/\(slug) holds other files than a fresh run writes")
    for name in names {
      let a = try Data(contentsOf: fresh.appendingPathComponent(name))
      let b = try? Data(contentsOf: committed.appendingPathComponent(name))
      #expect(a == b, "plots/\(slug)/\(name) differs from a fresh run: regenerate with `make` and commit it")
    }
  }
}
