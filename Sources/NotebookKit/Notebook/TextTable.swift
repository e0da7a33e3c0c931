/// A table of strings rendered two ways: aligned columns for the terminal, Markdown for the page.
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
      ([headers] + rows).map { $0[column].count }.max() ?? 0
    }
    func line(_ cells: [String]) -> String {
      "    " + cells.enumerated().map { $1.padding(toLength: widths[$0]) }.joined(separator: "  ")
    }
    let rule = "    " + widths.map { String(repeating: "─", count: $0) }.joined(separator: "  ")
    return ([line(headers), rule] + rows.map(line)).joined(separator: "\n")
  }

  var markdown: String {
    func line(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }
    return ([line(headers), line(headers.map { _ in "---" })] + rows.map(line)).joined(separator: "\n")
  }
}

extension String {
  /// Pads with spaces on the right to `length` characters (never truncates).
  func padding(toLength length: Int) -> String {
    count >= length ? self : self + String(repeating: " ", count: length - count)
  }
}
