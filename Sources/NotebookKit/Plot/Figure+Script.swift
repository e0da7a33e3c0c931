/// Turning a ``Figure`` into a self-contained gnuplot script and its data file.
///
/// Each data-bearing layer is one block of `NAME.dat` (identical blocks are written once), separated by two
/// blank lines and addressed with `index k`. The script picks `pngcairo` when the gnuplot build has it and
/// plain `png` otherwise, and writes to `outfile` (default `NAME.png`), which the renderer overrides to write
/// to a temporary name.
extension Figure {
  /// The data file: one block per data-bearing layer, in panel and layer order; a block identical to an
  /// earlier one (a background grid repeated in every panel) is written once and shared.
  public func data() -> String {
    let blocks = blockLayout().blocks
    // Two blank lines end a block for `index`; one blank line only breaks a curve.
    return blocks.joined(separator: "\n\n\n") + (blocks.isEmpty ? "" : "\n")
  }

  /// The distinct data blocks in file order, and for each panel the block index of each data-bearing layer.
  func blockLayout() -> (blocks: [String], indices: [[Int]]) {
    var blocks: [String] = [], indexOfText: [String: Int] = [:], indices: [[Int]] = []
    for panel in panels {
      indices.append(panel.layers.compactMap(DataBlock.init).map { block in
        if let index = indexOfText[block.text] { return index }
        indexOfText[block.text] = blocks.count
        blocks.append(block.text)
        return blocks.count - 1
      })
    }
    return (blocks, indices)
  }

  /// The gnuplot script that reads `dataFile` (a name relative to the script's folder).
  public func script(dataFile: String) -> String {
    var lines = [
      "# \(name).gp: re-render with `gnuplot \(name).gp` from this folder (writes \(name).png).",
      "reset  # several scripts may share one gnuplot process: start from defaults",
      "if (strstrt(GPVAL_TERMINALS, 'pngcairo') > 0) {",
      "  set terminal pngcairo size \(width),\(height) noenhanced font 'DejaVu Sans,12' linewidth 1.2",
      "} else {",
      "  set terminal png size \(width),\(height) noenhanced",
      "}",
      "if (!exists('outfile')) outfile = '\(name).png'",
      "set output outfile",
      "set encoding utf8",
    ]
    if let layout {
      let title = self.title.map { " title \(quoted($0)) font ',14'" } ?? ""
      lines.append("set multiplot layout \(layout.rows),\(layout.columns)\(title)")
    }
    let blockIndices = blockLayout().indices
    for (index, panel) in panels.enumerated() {
      if index > 0 { lines.append("reset") }
      lines += PanelScript(panel: panel, dataFile: dataFile, blocks: blockIndices[index]).lines
    }
    if layout != nil { lines.append("unset multiplot") }
    lines.append("unset output")
    return lines.joined(separator: "\n") + "\n"
  }
}

/// gnuplot single-quoted string: the only escape is a doubled quote.
func quoted(_ text: String) -> String {
  "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
}

/// A number as gnuplot and the data file read it: shortest round-trip form.
func number(_ value: Double) -> String {
  "\(value)"
}

/// The text of one data block, or `nil` for layers without data.
struct DataBlock {
  let text: String

  init?(_ layer: PlotLayer) {
    switch layer {
    case .series(let series):
      text = DataBlock.rows(zip(series.x, series.y).map { [$0, $1] }, columns: 2)
    case .vectors(let v):
      text = DataBlock.rows((0..<v.x.count).map { [v.x[$0], v.y[$0], v.dx[$0], v.dy[$0]] }, columns: 4)
    case .heatmap(let grid), .contour(let grid, _), .surface(let grid, _):
      text = DataBlock.grid(grid)
    case .labels(let labels):
      text = labels.map { "\(number($0.x)) \(number($0.y)) \"\($0.text.replacingOccurrences(of: "\"", with: "'"))\"" }
        .joined(separator: "\n")
    }
  }

  /// Rows of numbers; a row with a non-finite value becomes a blank line, which breaks the curve there.
  /// A layer without points is one row of NaN: gnuplot skips the point but still counts the block, so
  /// the blocks after it keep their `index` (a block holding only a comment would not be counted).
  static func rows(_ rows: [[Double]], columns: Int) -> String {
    if rows.isEmpty { return Array(repeating: "NaN", count: columns).joined(separator: " ") }
    return rows.map { row in
      row.allSatisfy(\.isFinite) ? row.map(number).joined(separator: " ") : ""
    }.joined(separator: "\n")
  }

  /// Grid scans `x y z`, one blank line between rows of constant y (gnuplot's grid format).
  static func grid(_ grid: Grid) -> String {
    grid.ys.indices.map { i in
      grid.xs.indices.map { j in
        "\(number(grid.xs[j])) \(number(grid.ys[i])) \(number(grid.values[i][j]))"
      }.joined(separator: "\n")
    }.joined(separator: "\n\n")
  }
}
