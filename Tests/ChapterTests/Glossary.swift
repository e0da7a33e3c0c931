import Foundation

/// One row of `Chapters/Glossary.tsv`: the course's term in English and in Chinese, and a one-line Chinese
/// definition. A cell may give alternatives separated by ` / ` (`loss function / loss`, `暂退法 / dropout`).
struct GlossaryEntry: Equatable, Sendable {
  let english: String
  let chinese: String
  let definition: String

  /// The English forms, each as a pattern that also finds the plural or past form (`bias` → `biases`) and
  /// takes a space and a hyphen alike (`closed form` → `closed-form`).
  var englishForms: [String] { english.components(separatedBy: " / ") }
  var chineseForms: [String] { chinese.components(separatedBy: " / ") }

  /// The three cells as the README's 术语表 row writes them.
  var cells: [String] { [english, chinese, definition] }
}

/// The glossary file the Chinese pages, the README's 术语表 and the tests share.
enum Glossary {
  static let path = "Chapters/Glossary.tsv"
  static let header = ["english", "chinese", "definition"]

  /// The rows below the header; a line that is not three non-empty tab-separated cells is an error naming it.
  static func entries(root: URL) throws -> [GlossaryEntry] {
    let text = try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard lines.first?.components(separatedBy: "\t") == header else {
      throw GlossaryError("\(path): the first line must be the header \(header.joined(separator: "\\t"))")
    }
    return try lines.dropFirst().enumerated().compactMap { offset, line in
      if line.isEmpty { return nil }
      let cells = line.components(separatedBy: "\t")
      guard cells.count == 3, cells.allSatisfy({ !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
        throw GlossaryError("\(path):\(offset + 2): want three non-empty cells separated by tabs: \(line)")
      }
      return GlossaryEntry(english: cells[0], chinese: cells[1], definition: cells[2])
    }
  }

  /// The entries whose English form the English prose uses. Longer forms are found first and then masked,
  /// so `bias` inside `bias correction` and `gradient descent` inside `stochastic gradient descent` count
  /// once, for the longer term.
  static func used(in englishProse: String, entries: [GlossaryEntry]) -> [(entry: GlossaryEntry, form: String)] {
    let forms = entries.flatMap { entry in entry.englishForms.map { (entry, $0) } }.sorted { $0.1.count > $1.1.count }
    let text = NSMutableString(string: englishProse)
    var found: [(entry: GlossaryEntry, form: String)] = []
    for (entry, form) in forms {
      let words = form.split(whereSeparator: { $0 == " " || $0 == "-" }).map { NSRegularExpression.escapedPattern(for: String($0)) }
      let pattern = "(?<![A-Za-z])" + words.joined(separator: "[\\s-]+") + "(?:s|es|d|ed)?(?![A-Za-z])"
      guard let regex = try? NSRegularExpression(pattern: pattern, options: [.caseInsensitive]) else { continue }
      let matches = regex.matches(in: text as String, range: NSRange(location: 0, length: text.length))
      guard !matches.isEmpty else { continue }
      if !found.contains(where: { $0.entry == entry }) { found.append((entry, form)) }
      for match in matches.reversed() {
        text.replaceCharacters(in: match.range, with: String(repeating: " ", count: match.range.length))
      }
    }
    return found
  }

  /// Text compared with Chinese forms: lowercase, without spaces (`Xavier 初始化` finds `Xavier初始化`).
  static func squeezed(_ text: String) -> String {
    text.lowercased().filter { !$0.isWhitespace }
  }

  /// The 术语表 rows of a README: the cells of the table under the heading `## 术语表`, header and rule left out.
  static func tableRows(inReadme readme: String) -> [[String]] {
    let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    guard let heading = lines.firstIndex(where: { $0.hasPrefix("## 术语表") }) else { return [] }
    let table = lines[(heading + 1)...].drop { !$0.hasPrefix("|") }.prefix { $0.hasPrefix("|") }
    return table.dropFirst(2).map { line in
      line.trimmingCharacters(in: .whitespaces).dropFirst().dropLast().components(separatedBy: " | ")
        .map { $0.trimmingCharacters(in: .whitespaces) }
    }
  }
}

struct GlossaryError: Error, CustomStringConvertible {
  let description: String
  init(_ description: String) { self.description = description }
}
