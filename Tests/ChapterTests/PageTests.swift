import Foundation
import NotebookKit
import Testing

/// Every committed page, read as a learner's browser would.
@Suite("Committed pages")
struct PageTests {
  /// The repository root, three folders above this file.
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Every notebook page under plots/ (both languages).
  static var pages: [String] {
    let plots = root.appendingPathComponent("plots")
    let folders = (try? FileManager.default.contentsOfDirectory(atPath: plots.path)) ?? []
    return folders.sorted().flatMap { folder in
      ["README.md", "README.zh.md"].map { "plots/\(folder)/\($0)" }
        .filter { FileManager.default.fileExists(atPath: root.appendingPathComponent($0).path) }
    }
  }

  /// Pages written from a lesson template; every chapter's page once all are converted.
  static var lessonPages: [String] {
    pages.filter { page in
      let folder = page.split(separator: "/")[1]
      let chapters = (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Chapters").path)) ?? []
      return chapters.contains { $0.lowercased().hasPrefix(folder.prefix(3)) && FileManager.default.fileExists(
        atPath: root.appendingPathComponent("Chapters/\($0)/Lesson.md").path) }
    }
  }

  @Test("every code block a page shows is still the source's region, line for line", arguments: pages)
  func snippetsMatchSources(page: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    for shown in Snippet.shown(in: text) {
      let source = try String(contentsOf: Self.root.appendingPathComponent(shown.path), encoding: .utf8)
      let lines = source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
      try #require(shown.lastLine <= lines.count, "\(page): \(shown.path) has no line \(shown.lastLine)")
      let region = Snippet.dedent(Array(lines[(shown.firstLine - 1)..<shown.lastLine]))
      #expect(region == shown.code, "\(page) shows \(shown.path) lines \(shown.firstLine)–\(shown.lastLine), which now read:\n\(region)")
    }
  }

  @Test("a lesson page shows at least two snippets of the code it teaches", arguments: lessonPages)
  func twoSnippets(page: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    #expect(Snippet.shown(in: text).count >= 2, "\(page)")
  }

  @Test("each of the source's sections has one heading, and no two subsections share a title", arguments: lessonPages)
  func distinctHeadings(page: String) throws {
    let text = try String(contentsOf: Self.root.appendingPathComponent(page), encoding: .utf8)
    let lines = text.split(separator: "\n")
    let sections = lines.filter { $0.hasPrefix("## ") }.map { $0.split(separator: " ")[1] }.filter { $0.first?.isNumber == true }
    let subsections = lines.filter { $0.hasPrefix("### ") }
    #expect(Set(sections).count == sections.count, "\(page): sections \(sections)")
    #expect(Set(subsections).count == subsections.count, "\(page): \(subsections)")
  }

  @Test("each chapter's Check yourself lists every exercise of that chapter and the command that grades it")
  func checkYourself() throws {
    let catalog = try String(contentsOf: Self.root.appendingPathComponent("Exercises/catalog.tsv"), encoding: .utf8)
    let chapters = try FileManager.default.contentsOfDirectory(atPath: Self.root.appendingPathComponent("Chapters").path)
    for line in catalog.split(separator: "\n").dropFirst() {
      let fields = line.split(separator: "\t").map(String.init)
      guard fields.count >= 2, let folder = chapters.first(where: { $0.hasPrefix(fields[0].prefix(2)) }) else { continue }
      let lesson = try String(contentsOf: Self.root.appendingPathComponent("Chapters/\(folder)/Lesson.md"), encoding: .utf8)
      let section = lesson.components(separatedBy: "## Check yourself").last ?? ""
      let id = fields[1].split(separator: "/").last.map(String.init) ?? fields[1]
      #expect(section.contains("`\(id)`"), "Chapters/\(folder)/Lesson.md does not list \(id)")
      #expect(section.contains("make check CH=\(fields[0].prefix(2))"), "Chapters/\(folder)/Lesson.md lacks the command")
    }
  }
}
