/// A table of strings as the terminal shows it: aligned columns under a rule.
struct TextTable {
  let headers: [String]
  let rows: [[String]]

  init(headers: [String], rows: [[String]]) {
    for row in rows { precondition(row.count == headers.count, "table row \(row) does not match headers \(headers)") }
    self.headers = headers
    self.rows = rows
  }

  var terminal: String {
    let widths = headers.indices.map { column in
      ([headers] + rows).map { $0[column].displayWidth }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      String(("    " + cells.enumerated().map { $1.padding(toLength: widths[$0]) }.joined(separator: "  ")).reversed()
        .drop { $0 == " " }.reversed())
    }
    let rule = "    " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
  }

}

extension String {
  /// Pads with spaces on the right to `length` characters (never truncates).
  func padding(toLength length: Int) -> String {
    displayWidth >= length ? self : self + String(repeating: " ", count: length - displayWidth)
  }
}

extension String {
  /// Columns the text takes on a terminal: two for each East Asian wide character (CJK ideographs, kana,
  /// hangul, full-width forms), one for every other character.
  var displayWidth: Int {
    unicodeScalars.reduce(0) { width, scalar in
      switch scalar.value {
      case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
        0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6:
        width + 2
      default:
        width + (scalar.properties.generalCategory == .nonspacingMark ? 0 : 1)
      }
    }
  }
}
