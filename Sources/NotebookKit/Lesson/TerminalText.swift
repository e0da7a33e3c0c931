import Foundation

/// A lesson's Markdown as the terminal shows it: headings underlined, tables aligned, formulas in their
/// Unicode form, code indented, figures named. The page and the terminal come from the same filled
/// template, so they carry the same lesson.
///
/// ```
///   # Title            Title            ## 2.1 Heading      2.1 Heading
///                      ═════                                ───────────
///   ### Part           ▸ Part           - item              • item
///   | a | b |          a   b            ![caption](x.png)   [figure] x.png: caption
///   <!-- text: σ(x) = 1/(1 + e⁻ˣ) -->  then  $$ \sigma(x) = … $$      σ(x) = 1/(1 + e⁻ˣ)
/// ```
public enum TerminalText {
  /// The terminal form of a filled lesson (HTML comments other than formula texts are dropped).
  public static func render(_ markdown: String) -> String {
    var output: [String] = [], table: [[String]] = []
    var formulaText: String?, inFence = false, inFormula = false
    func flushTable() {
      guard let header = table.first else { return }
      output.append(TextTable(headers: header, rows: Array(table.dropFirst())).terminal)
      table = []
    }
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if !line.hasPrefix("|") { flushTable() }
      if inFence {
        if line.hasPrefix("```") { inFence = false } else { output.append("    " + line) }
        continue
      }
      if inFormula {
        if line == "$$" { inFormula = false } else if formulaText == nil { output.append("    " + line) }
        if !inFormula { formulaText = nil }
        continue
      }
      if line.hasPrefix("```") { inFence = true; continue }
      if line == "$$" {
        inFormula = true
        if let formulaText { output.append("    " + formulaText) }
        continue
      }
      if let text = formulaComment(line) { formulaText = text; continue }
      if line.hasPrefix("<!--") && line.hasSuffix("-->") { continue }
      if line.hasPrefix("|") {
        let cells = tableCells(line)
        if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { table.append(cells) }
        continue
      }
      output.append(contentsOf: render(line: line))
    }
    flushTable()
    return collapseBlankLines(output).joined(separator: "\n")
  }

  /// One line that is not part of a block.
  static func render(line: String) -> [String] {
    if line.hasPrefix("# ") { return underlined(String(line.dropFirst(2)), "═") }
    if line.hasPrefix("## ") { return [""] + underlined(String(line.dropFirst(3)), "─") }
    if line.hasPrefix("### ") { return ["", "▸ " + inline(String(line.dropFirst(4)))] }
    if let match = line.wholeMatch(of: LessonTemplate.image) { return ["  [figure] \(match.2).png: \(match.1)"] }
    if line.hasPrefix("- ") { return ["  • " + inline(String(line.dropFirst(2)))] }
    return [inline(line)]
  }

  /// Links become their text (an external one keeps its address); `**bold**` loses its stars.
  static func inline(_ text: String) -> String {
    text.replacing(/\[([^\]]*)\]\(([^)]*)\)/) { match in
      match.2.hasPrefix("http") ? "\(match.1) <\(match.2)>" : String(match.1)
    }.replacingOccurrences(of: "**", with: "")
  }

  static func underlined(_ title: String, _ rule: Character) -> [String] {
    [title, String(repeating: rule, count: title.displayWidth)]
  }

  /// The cells of a Markdown table row, `| a | b |` → ["a", "b"].
  /// A `\|` inside a cell is a literal bar.
  static func tableCells(_ line: String) -> [String] {
    line.trimmingCharacters(in: .whitespaces).dropFirst().dropLast()
      .replacingOccurrences(of: "\\|", with: "\u{0}").split(separator: "|", omittingEmptySubsequences: false)
      .map { inline($0.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{0}", with: "|")) }
  }

  /// `<!-- text: … -->` → the text.
  static func formulaComment(_ line: String) -> String? {
    line.wholeMatch(of: /<!-- text: (.*) -->/).map { String($0.1) }
  }

  static func collapseBlankLines(_ lines: [String]) -> [String] {
    var result: [String] = []
    for line in lines where !(line.isEmpty && (result.last?.isEmpty ?? true)) { result.append(line) }
    while result.last?.isEmpty == true { result.removeLast() }
    return result
  }
}
