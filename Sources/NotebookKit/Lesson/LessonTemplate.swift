import Foundation

/// A chapter's prose with placeholders, in Markdown: the lesson a chapter's code fills with its numbers.
///
/// ```
///   {{name}}                 a value the chapter sets: a number as text, rows of a table, a block
///   {{code:PATH#NAME}}       the lines of PATH (from the repository root) between `// snippet: NAME`
///                            and `// snippet end`, with a link to them
///   ![caption](NAME.png)     a figure the chapter draws (a Markdown image; the caption is prose)
///   <!-- text: σ(x) = … --> the terminal's form of the `$$ … $$` formula that follows
/// ```
/// Logic-less, like Mustache without sections: no conditions and no loops, so the prose stays prose and
/// every number stays in the code that computes it. A placeholder without a value, or a value that no
/// placeholder uses, is an error (``LessonError``).
public struct LessonTemplate: Sendable, Equatable {
  /// The Markdown with its placeholders.
  public let text: String
  /// Where it came from, for messages.
  public let origin: String

  public init(text: String, origin: String) {
    self.text = text
    self.origin = origin
  }

  /// Reads a template file (UTF-8).
  public init(contentsOf url: URL) throws {
    guard let data = FileManager.default.contents(atPath: url.path) else {
      throw LessonError.unreadable(url.path)
    }
    self.init(text: String(decoding: data, as: UTF8.self), origin: url.path)
  }

  /// Every placeholder's name, in order of first appearance (`code:PATH#NAME` for a snippet).
  public var placeholders: [String] {
    var seen = Set<String>(), names: [String] = []
    for match in text.matches(of: Self.placeholder) {
      let name = String(match.1)
      if seen.insert(name).inserted { names.append(name) }
    }
    return names
  }

  /// The file names of the figures the template shows, `![caption](NAME.png)`, in order.
  public var figureNames: [String] {
    text.matches(of: Self.image).map { String($0.2) }
  }

  /// The text with every placeholder replaced by its value. Throws when a placeholder has no value or a
  /// value has no placeholder, naming all of them.
  public func render(_ values: [String: String]) throws -> String {
    let names = Set(placeholders)
    let missing = placeholders.filter { values[$0] == nil }
    let unused = values.keys.filter { !names.contains($0) }.sorted()
    guard missing.isEmpty && unused.isEmpty else {
      throw LessonError.mismatch(origin: origin, missing: missing, unused: unused)
    }
    return text.replacing(Self.placeholder) { match in values[String(match.1)] ?? "" }
  }

  /// `{{name}}`: letters, digits and `._-:/#+` inside double braces (`+` for files like Matrix+Product.swift).
  nonisolated(unsafe) static let placeholder = /\{\{([A-Za-z0-9_.:\/#+\-]+)\}\}/
  /// `![caption](name.png)` on a line of its own.
  nonisolated(unsafe) static let image = /(?m)^!\[([^\]]*)\]\(([^)\/]+)\.png\)$/
}

/// Why a lesson could not be written.
public enum LessonError: Error, Equatable, CustomStringConvertible {
  case unreadable(String)
  case mismatch(origin: String, missing: [String], unused: [String])
  case figures(origin: String, notDrawn: [String], notShown: [String])
  case snippet(path: String, name: String, problem: String)
  case languages(String)

  public var description: String {
    switch self {
    case .unreadable(let path):
      "cannot read the lesson template \(path)"
    case .mismatch(let origin, let missing, let unused):
      "\(origin): " + [
        missing.isEmpty ? nil : "no value for {{\(missing.joined(separator: "}}, {{"))}}",
        unused.isEmpty ? nil : "no placeholder for the value\(unused.count == 1 ? "" : "s") \(unused.joined(separator: ", "))",
      ].compactMap { $0 }.joined(separator: "; ")
    case .figures(let origin, let notDrawn, let notShown):
      "\(origin): " + [
        notDrawn.isEmpty ? nil : "shows figures the chapter did not draw: \(notDrawn.joined(separator: ", "))",
        notShown.isEmpty ? nil : "does not show the figures \(notShown.joined(separator: ", "))",
      ].compactMap { $0 }.joined(separator: "; ")
    case .snippet(let path, let name, let problem):
      "snippet \(name) of \(path): \(problem)"
    case .languages(let problem):
      problem
    }
  }
}
