import Foundation
import NotebookKit
import TestSupport
import Testing

@Suite("Notebook", .serialized)
struct NotebookTests {
  static let lesson = """
    # Test chapter

    ## 2.1 神经网络 · Neural networks

    <!-- text: σ(x) = 1/(1 + e⁻ˣ) -->
    $$
    \\sigma(x) = \\frac{1}{1 + e^{-x}}
    $$

    | x | σ(x) |
    | --- | --- |
    {{rows}}

    ![A line.](curve.png)
    """

  func makeBook(_ directory: URL, seed: UInt64 = 42) throws -> (Notebook, () -> String) {
    let options = try ChapterOptions.parse(["--out", directory.path, "--seed", "\(seed)", "--no-render"])
    var printed: [String] = []
    let book = try Notebook(
      slug: "00-test", options: options, lessons: [("en", LessonTemplate(text: Self.lesson, origin: "Lesson.md"))],
      repositoryRoot: directory) { printed.append($0) }
    return (book, { printed.joined(separator: "\n") })
  }

  func write(_ directory: URL) throws -> String {
    let (book, terminal) = try makeBook(directory)
    book.rows("rows", [["0", "0.5"]])
    book.metric("b.second", 0.1)
    book.metric("a.first", 2)
    book.figure(Figure(name: "curve", Panel(layers: [.series(Series("s", x: [0, 1], y: [1, 2]))])))
    try book.finish()
    return terminal()
  }

  @Test("the page carries the bilingual heading, TeX formula, table and figure; the terminal the Unicode formula")
  func pageAndTerminal() throws {
    let directory = try ChapterProcess.temporaryDirectory("book")
    defer { try? FileManager.default.removeItem(at: directory) }
    let terminal = try write(directory)
    let page = try String(contentsOf: directory.appendingPathComponent("README.md"), encoding: .utf8)
    #expect(page.contains("## 2.1 神经网络 · Neural networks"))
    #expect(page.contains("$$\n\\sigma(x) = \\frac{1}{1 + e^{-x}}\n$$"))
    #expect(page.contains("| x | σ(x) |\n| --- | --- |\n| 0 | 0.5 |"))
    #expect(page.contains("![A line.](curve.png)\n\n*A line.*"))
    #expect(!page.contains("<!--"))
    #expect(terminal.contains("σ(x) = 1/(1 + e⁻ˣ)"))
    #expect(!terminal.contains("\\frac"))
  }

  @Test("a non-finite result stops the run with one message naming it, and nothing is written")
  func nonFiniteResult() throws {
    let parent = try ChapterProcess.temporaryDirectory("book")
    defer { try? FileManager.default.removeItem(at: parent) }
    let (book, _) = try makeBook(parent.appendingPathComponent("out"))
    book.rows("rows", [])
    book.metric("loss", .nan)
    book.figure(Figure(name: "curve", Panel(layers: [])))
    #expect { try book.finish() } throws: { "\($0)".contains("loss = nan") }
    #expect(try FileManager.default.contentsOfDirectory(atPath: parent.path).isEmpty)
  }

  @Test("results.json has the chapter, the seed and sorted finite metrics")
  func resultsFile() throws {
    let directory = try ChapterProcess.temporaryDirectory("book")
    defer { try? FileManager.default.removeItem(at: directory) }
    _ = try write(directory)
    let text = try String(contentsOf: directory.appendingPathComponent("results.json"), encoding: .utf8)
    #expect(text == """
      {
        "chapter": "00-test",
        "seed": 42,
        "metrics": {
          "a.first": 2.0,
          "b.second": 0.1
        }
      }

      """)
    #expect(try ChapterProcess.metrics(in: directory) == ["a.first": 2, "b.second": 0.1])
  }

  @Test("two runs write byte-identical files (timings aside)")
  func deterministic() throws {
    let first = try ChapterProcess.temporaryDirectory("book"), second = try ChapterProcess.temporaryDirectory("book")
    defer { for d in [first, second] { try? FileManager.default.removeItem(at: d) } }
    _ = try write(first)
    _ = try write(second)
    for name in ["README.md", "results.json", "curve.gp", "curve.dat"] {
      let a = try Data(contentsOf: first.appendingPathComponent(name)), b = try Data(contentsOf: second.appendingPathComponent(name))
      #expect(a == b, "\(name) differs")
    }
  }

  @Test("a folder that cannot be created is an error naming it, and nothing is written")
  func unwritable() throws {
    let directory = try ChapterProcess.temporaryDirectory("book")
    defer { try? FileManager.default.removeItem(at: directory) }
    let blocker = directory.appendingPathComponent("file")
    try "x".write(to: blocker, atomically: true, encoding: .utf8)
    let (book, _) = try makeBook(blocker.appendingPathComponent("out"))
    book.rows("rows", [])
    book.figure(Figure(name: "curve", Panel(layers: [])))
    book.metric("x", 1)
    #expect { try book.finish() } throws: { error in
      "\(error)".contains(blocker.path)
    }
    #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["file"])
  }

  @Test("options: --seed must be a whole number, the default folder follows the slug")
  func options() throws {
    #expect(throws: (any Error).self) { try ChapterOptions.parse(["--seed", "abc"]) }
    #expect(try ChapterOptions.parse([]).outputDirectory(slug: "01-neurons") == "plots/01-neurons")
    #expect(PositiveDouble(argument: "0") == nil)
    #expect(PositiveDouble(argument: "-1") == nil)
    #expect(PositiveDouble(argument: "nan") == nil)
    #expect(PositiveDouble(argument: "inf") == nil)
    #expect(PositiveDouble(argument: "1e-3")?.value == 1e-3)
    #expect(PositiveInt(argument: "0") == nil)
    #expect(PositiveInt(argument: "3")?.value == 3)
  }
}
