/// Figure recipe: a table of counts.
extension Figure {
  /// `counts[i][j]` as a heatmap with each non-zero count written in its cell, row i down and column j
  /// across, every row and column named (`rowNames`, `columnNames`). The colour stops darkening at
  /// `saturation`, so that single counts show beside large ones (a confusion matrix's diagonal).
  public static func countGrid(
    _ name: String, title: String, counts: [[Int]], rowLabel: String, columnLabel: String,
    rowNames: [String], columnNames: [String], saturation: Double, width: Int = 760, height: Int = 720
  ) -> Figure {
    let rows = counts.indices.map(Double.init)
    let columns = (counts.first ?? []).indices.map(Double.init)
    var labels: [PointLabel] = []
    for (i, row) in counts.enumerated() {
      // A label is drawn one line above its point: 0.3 below the cell's centre puts it in the middle.
      for (j, count) in row.enumerated() where count > 0 {
        labels.append(PointLabel(x: Double(j), y: Double(i) + 0.3, text: "\(count)"))
      }
    }
    let grid = Grid(xs: columns, ys: rows, values: counts.map { $0.map { min(Double($0), saturation) } })
    var panel = Panel(
      title: title, xLabel: columnLabel, yLabel: rowLabel,
      xRange: AxisRange(-0.5, Double(columns.count) - 0.5), yRange: AxisRange(Double(rows.count) - 0.5, -0.5),
      key: .hidden, layers: [.heatmap(grid), .labels(labels)])
    panel.palette = "defined (0 '#ffffff', 1 '#c6dbef', \(number(saturation)) '#4292c6')"
    panel.colorRange = AxisRange(0, saturation)
    let top = Int(saturation)
    panel.colorTicLabels = (0...max(top, 0)).map { (Double($0), $0 == top ? "≥ \($0)" : "\($0)") }
    panel.xTicLabels = zip(columns, columnNames).map { ($0, $1) }
    panel.yTicLabels = zip(rows, rowNames).map { ($0, $1) }
    panel.grid = false
    panel.equalAspect = true
    return Figure(name: name, width: width, height: height, panel)
  }
}
