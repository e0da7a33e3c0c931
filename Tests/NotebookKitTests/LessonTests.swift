import Foundation
import NotebookKit
import TestSupport
import Testing

/// Lesson templates: placeholders, snippets, the terminal's form, and a chapter's pages end to end.
@Suite("Lesson templates", .serialized)
struct LessonTests {
  @Test("every placeholder is filled; a missing or an unused value is an error naming it")
  func placeholders() throws {
    let template = LessonTemplate(text: "a {{x}} b {{y.z}} c {{x}}", origin: "Lesson.md")
    #expect(template.placeholders == ["x", "y.z"])
    #expect(try template.render(["x": "1", "y.z": "2"]) == "a 1 b 2 c 1")
    #expect(throws: LessonError.mismatch(origin: "Lesson.md", missing: ["y.z"], unused: ["w"])) {
      try template.render(["x": "1", "w": "3"])
    }
    let message = String(describing: LessonError.mismatch(origin: "Lesson.md", missing: ["y.z"], unused: ["w"]))
    #expect(message == "Lesson.md: no value for {{y.z}}; no placeholder for the value w")
  }

  @Test("figures are Markdown images on a line of their own")
  func figureNames() {
    let template = LessonTemplate(text: "![A curve.](curve.png)\ntext ![inline](no.png)\n![Two](two.png)", origin: "L")
    #expect(template.figureNames == ["curve", "two"])
  }

  @Test("a snippet is the dedented lines between its markers, with their line numbers")
  func snippet() throws {
    let root = try ChapterProcess.temporaryDirectory("snippet")
    defer { try? FileManager.default.removeItem(at: root) }
    let source = "struct A {\n  // snippet: body\n  func f() {\n    g()\n  }\n  // snippet end\n}\n"
    try source.write(to: root.appendingPathComponent("A.swift"), atomically: true, encoding: .utf8)
    let snippet = try Snippet(path: "A.swift", name: "body", root: root)
    #expect(snippet.code == "func f() {\n  g()\n}")
    #expect((snippet.firstLine, snippet.lastLine) == (3, 5))
    #expect(snippet.markdown == "[`A.swift`, lines 3–5](../../A.swift#L3-L5)\n\n```swift\nfunc f() {\n  g()\n}\n```")
    let shown = Snippet.shown(in: "text\n" + snippet.markdown + "\nmore")
    #expect(shown.count == 1 && shown.first?.code == snippet.code && shown.first?.firstLine == 3)
    #expect(throws: LessonError.self) { try Snippet(path: "A.swift", name: "missing", root: root) }
  }

  @Test("the terminal shows headings underlined, formulas in Unicode, tables aligned, figures named")
  func terminal() {
    let markdown = """
      # Title

      ## 2.1 神经网络 · Networks

      <!-- text: σ(x) = 1/(1 + e⁻ˣ) -->
      $$
      \\sigma(x) = \\frac{1}{1 + e^{-x}}
      $$

      | x | σ(x) |
      | --- | --- |
      | 0 | 0.5 |
      | 10 | 0.99995 |

      - see [the code](../../A.swift#L1-L2) and [a paper](https://example.org)

      ![A line.](curve.png)
      """
    #expect(TerminalText.render(markdown) == """
      Title
      ═════

      2.1 神经网络 · Networks
      ───────────────────────

          σ(x) = 1/(1 + e⁻ˣ)

          x   σ(x)
          ──  ───────
          0   0.5
          10  0.99995

        • see the code and a paper <https://example.org>

        [figure] curve.png: A line.
      """)
  }

  /// A chapter folder with a lesson in two languages, run through a Notebook in template mode.
  func runChapter(english: String, chinese: String? = nil, _ body: (Notebook) -> Void) throws -> (pages: [String: String], terminal: String) {
    let directory = try ChapterProcess.temporaryDirectory("lesson")
    defer { try? FileManager.default.removeItem(at: directory) }
    var lessons = [(language: "en", template: LessonTemplate(text: english, origin: "Lesson.md"))]
    if let chinese { lessons.append((language: "zh", template: LessonTemplate(text: chinese, origin: "Lesson.zh.md"))) }
    let options = try ChapterOptions.parse(["--out", directory.appendingPathComponent("out").path, "--no-render"])
    var printed: [String] = []
    let book = try Notebook(slug: "00-test", options: options, lessons: lessons, repositoryRoot: directory) { printed.append($0) }
    body(book)
    try book.finish()
    var pages: [String: String] = [:]
    for name in ["README.md", "README.zh.md"] {
      pages[name] = try? String(contentsOf: directory.appendingPathComponent("out/\(name)"), encoding: .utf8)
    }
    return (pages, printed.joined(separator: "\n"))
  }

  @Test("a chapter's page is its filled lesson, the figure captioned, and the terminal carries the same lesson")
  func pageAndTerminal() throws {
    let lesson = "# T\n\nValue {{v}}.\n\n| a |\n| --- |\n{{r}}\n\n![Cap {{v}}.](fig.png)\n"
    let (pages, terminal) = try runChapter(english: lesson, chinese: lesson.replacingOccurrences(of: "Value", with: "值")) { book in
      book["v"] = "1.5"
      book.rows("r", [["x"], ["y"]])
      book.figure(Figure(name: "fig", Panel(layers: [])))
    }
    #expect(pages["README.md"] == "# T\n\nValue 1.5.\n\n| a |\n| --- |\n| x |\n| y |\n\n![Cap 1.5.](fig.png)\n\n*Cap 1.5.*\n")
    #expect(pages["README.zh.md"]?.contains("值 1.5.") == true)
    #expect(terminal.contains("Value 1.5.") && terminal.contains("[figure] fig.png: Cap 1.5."))
  }

  @Test("a figure drawn but not shown, or shown but not drawn, is an error")
  func figureMismatch() throws {
    #expect(throws: LessonError.figures(origin: "Lesson.md", notDrawn: ["b"], notShown: ["a"])) {
      _ = try runChapter(english: "![B.](b.png)\n") { $0.figure(Figure(name: "a", Panel(layers: []))) }
    }
  }

  @Test("two languages must use the same placeholders")
  func languagesAgree() throws {
    #expect(throws: LessonError.self) {
      _ = try runChapter(english: "{{a}} {{b}}", chinese: "{{a}}") { book in book["a"] = "1" }
    }
  }
}
