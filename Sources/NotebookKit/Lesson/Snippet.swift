import Foundation

/// A region of a source file shown on a page: the lines between a line `// snippet: NAME` and the next
/// `// snippet end`, dedented, with a link to them.
///
/// ```
///   // snippet: adam-step               ← marker lines are not part of the snippet
///   let g = p.gradient + …              ← lines a … b
///   // snippet end
/// ```
/// The page shows the link and a ```swift block; a test re-reads lines a … b of the file and fails when the
/// block differs, so a page can never show code the library does not run.
public struct Snippet: Sendable, Equatable {
  /// The file, relative to the repository root (`Sources/NeuralKit/Optimizers/Adam.swift`).
  public let path: String
  public let name: String
  /// 1-based numbers of the first and last line shown.
  public let firstLine: Int
  public let lastLine: Int
  /// The lines, with their common indentation removed.
  public let code: String

  /// Finds the region `name` in `path` below `root`.
  public init(path: String, name: String, root: URL) throws {
    let url = root.appendingPathComponent(path)
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw LessonError.snippet(path: path, name: name, problem: "cannot read \(url.path)")
    }
    let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
    let trimmed = lines.map { $0.trimmingCharacters(in: .whitespaces) }
    guard let start = trimmed.firstIndex(of: "// snippet: \(name)") else {
      throw LessonError.snippet(path: path, name: name, problem: "no line `// snippet: \(name)`")
    }
    guard let end = trimmed[(start + 1)...].firstIndex(of: "// snippet end"), end > start + 1 else {
      throw LessonError.snippet(path: path, name: name, problem: "no `// snippet end` after line \(start + 1), or nothing between")
    }
    self.path = path
    self.name = name
    firstLine = start + 2
    lastLine = end
    code = Snippet.dedent(lines[(start + 1)..<end].map(String.init))
  }

  /// The lines without the indentation they all share (blank lines do not count).
  public static func dedent(_ lines: [String]) -> String {
    let indent = lines.filter { !$0.allSatisfy(\.isWhitespace) }.map { $0.prefix { $0 == " " }.count }.min() ?? 0
    return lines.map { $0.allSatisfy(\.isWhitespace) ? "" : String($0.dropFirst(indent)) }.joined(separator: "\n")
  }

  /// Where the page links to: pages live in `plots/NN-slug/`, two folders below the repository root.
  public var link: String { "../../\(path)#L\(firstLine)-L\(lastLine)" }

  /// The link line and the fenced code, as the page shows them.
  public var markdown: String { markdown(language: "en") }

  /// The same with the link's text in `language` (`en`, `zh`).
  public func markdown(language: String) -> String {
    let lines = language == "zh" ? "第 \(firstLine)–\(lastLine) 行" : "lines \(firstLine)–\(lastLine)"
    let separator = language == "zh" ? "，" : ", "
    return "[`\(path)`\(separator)\(lines)](\(link))\n\n```swift\n\(code)\n```"
  }

  /// Every snippet a page shows: (path, first line, last line, code), read back from its Markdown.
  public static func shown(in page: String) -> [(path: String, firstLine: Int, lastLine: Int, code: String)] {
    page.matches(of: shownPattern).compactMap { match in
      guard let first = Int(match.2), let last = Int(match.3) else { return nil }
      return (String(match.1), first, last, String(match.4.dropLast()))
    }
  }

  nonisolated(unsafe) static let shownPattern =
    /\]\(\.\.\/\.\.\/([^#)]+)#L(\d+)-L(\d+)\)\n\n```swift\n((?:.*\n)*?)```/
}
