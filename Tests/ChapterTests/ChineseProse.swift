import Foundation

/// The prose of a lesson or page as a reader reads it, and a detector for English left in Chinese prose.
///
/// ```
///   removed:  ``` code blocks ```, $$ formulas $$, <!-- comments -->, {{placeholders}}, `code spans`,
///             $inline formulas$, link targets and addresses (a link keeps its text, an image its caption)
///   headings: a bilingual heading's English half (`## 2.2 激活函数 · Activation functions`) on request
///   English:  a run of ≥ 4 English words — lowercase or Capitalized letters — that nothing Chinese, no
///             formula symbol, no `/` and no `|` interrupts; identifiers (CamelCase, ALLCAPS, snake_case,
///             dotted.names, words with digits), one-letter variables, units and function names neither
///             count nor interrupt
/// ```
enum ChineseProse {
  /// The shortest run of English words that counts as a sentence left untranslated. Three words pass:
  /// a name or a term in passing (`leaky ReLU`, `heavy ball`, `Matt Mazur`) is not a sentence.
  static let minimumRun = 4

  /// The prose lines of a Markdown text, numbered from 1 (blank where a line holds no prose).
  static func lines(of markdown: String, dropEnglishHeadingHalves: Bool = false) -> [(number: Int, text: String)] {
    var result: [(number: Int, text: String)] = []
    var inFence = false, inFormula = false
    for (index, raw) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      let trimmed = raw.trimmingCharacters(in: .whitespaces)
      if inFence || inFormula {
        if inFence && trimmed.hasPrefix("```") { inFence = false }
        if inFormula && trimmed == "$$" { inFormula = false }
        continue
      }
      if trimmed.hasPrefix("```") { inFence = true; continue }
      if trimmed == "$$" { inFormula = true; continue }
      var text = String(raw)
        .replacing(/<!--.*?-->/, with: " ")
        .replacing(/\{\{[^}]*\}\}/, with: " ")
        .replacing(/`[^`]*`/, with: " ")
        .replacing(/\$[^$]+\$/, with: " ")
        .replacing(/!?\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
        .replacing(/<?https?:\/\/[^\s>)]+>?/, with: " ")
      if dropEnglishHeadingHalves && text.hasPrefix("#") { text = chineseHalf(ofHeading: text) }
      result.append((index + 1, text))
    }
    return result
  }

  /// A bilingual heading without its English half: the ` · `-separated parts that hold no Chinese, when
  /// another part does.
  static func chineseHalf(ofHeading heading: String) -> String {
    let parts = heading.components(separatedBy: " · ")
    guard parts.contains(where: containsChinese) else { return heading }
    return parts.filter(containsChinese).joined(separator: " · ")
  }

  static func containsChinese(_ text: String) -> Bool {
    text.unicodeScalars.contains { isChinese($0) }
  }

  /// CJK ideographs and the punctuation Chinese text is written with.
  static func isChinese(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x3000...0x303F, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF: true
    default: false
    }
  }

  /// Every run of at least `minimum` English words in `text`, as written there.
  static func englishRuns(in text: String, minimum: Int = minimumRun) -> [String] {
    var runs: [String] = [], run: [Range<String.Index>] = []
    func flush() {
      if run.count >= minimum, let first = run.first, let last = run.last {
        runs.append(String(text[first.lowerBound..<last.upperBound]))
      }
      run = []
    }
    var previousEnd = text.startIndex
    for match in text.matches(of: token) {
      if !text[previousEnd..<match.range.lowerBound].allSatisfy(isSoft) { flush() }
      if isWord(String(match.output)) { run.append(match.range) }
      previousEnd = match.range.upperBound
    }
    if !text[previousEnd...].allSatisfy(isSoft) { flush() }
    flush()
    return runs
  }

  /// Each English run of a Markdown text's prose with its line number; bilingual headings lose their
  /// English half first. A table row counts whole when it holds no Chinese, ``minimumRun`` words or more,
  /// and a phrase of two words in one cell (a header left in English); a row of names, one to a cell, passes.
  static func findings(in markdown: String) -> [(line: Int, run: String)] {
    lines(of: markdown, dropEnglishHeadingHalves: true).flatMap { line in
      let runs = englishRuns(in: line.text).map { (line.number, $0) }
      guard runs.isEmpty, isEnglishTableRow(line.text) else { return runs }
      return [(line.number, line.text)]
    }
  }

  /// A table row with no Chinese, ``minimumRun`` English words or more, and a phrase in one of its cells.
  static func isEnglishTableRow(_ text: String) -> Bool {
    guard text.hasPrefix("|"), !containsChinese(text) else { return false }
    let cells = text.split(separator: "|").map(String.init)
    let words = cells.map { cell in cell.matches(of: token).filter { isWord(String($0.output)) }.count }.reduce(0, +)
    return words >= minimumRun && cells.contains { !englishRuns(in: $0, minimum: 2).isEmpty }
  }

  /// A word, a number or an identifier: letters, digits and `_`, joined by `.`, `'`, `’` or `-`.
  nonisolated(unsafe) static let token = /[A-Za-z0-9_]+(?:[.'’\-][A-Za-z0-9_]+)*/

  /// What may stand between two words of one English sentence: spaces and sentence punctuation.
  static func isSoft(_ character: Character) -> Bool {
    character.isWhitespace || ",.;:!?()\"'“”‘’*-—–".contains(character)
  }

  /// Units, function names and abbreviations that read the same in Chinese prose.
  static let neutralWords: Set<String> = ["ms", "hz", "ln", "log", "exp", "max", "min", "sign", "clip", "erf", "vs"]

  /// A word of English prose: two or more letters, lowercase or Capitalized, hyphens and apostrophes
  /// allowed; not a unit or function name.
  static func isWord(_ token: String) -> Bool {
    guard token.wholeMatch(of: /[A-Za-z][a-z]+(?:[\-'’][a-z]+)*/) != nil else { return false }
    return !neutralWords.contains(token.lowercased())
  }
}
