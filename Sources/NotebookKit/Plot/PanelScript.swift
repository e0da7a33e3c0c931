/// The gnuplot commands for one ``Panel``: settings, then one `plot` (or `splot`) command.
struct PanelScript {
  let panel: Panel
  let dataFile: String
  /// Index in the data file of the block of each data-bearing layer, in layer order.
  let blocks: [Int]

  var lines: [String] { settings + contourTables + [plotCommand] }

  private var settings: [String] {
    // `clip two` draws segments whose both ends lie outside the ranges (a long straight line).
    // pm3d surfaces and the colour box follow the fill style: a translucent fill would wash out the palette.
    let fill = panel.hasColorMap ? "solid 1" : "solid 0.5"
    var lines = ["set border lw 1.2", "set tics nomirror", "set style fill \(fill) noborder", "set clip two"]
    if panel.grid { lines.append("set grid lc rgb '#dddddd' lw 1") }
    if !panel.tics { lines += ["unset xtics", "unset ytics"] }
    let named = [("x", panel.xTicLabels), ("y", panel.yTicLabels), ("cb", panel.colorTicLabels)]
    for (axis, labels) in named where !labels.isEmpty {
      lines.append("set \(axis)tics (" + labels.map { "\(quoted($0.text)) \(number($0.position))" }.joined(separator: ", ") + ")")
    }
    if panel.layers.contains(where: { if case .series(let s) = $0 { s.style == .boxes } else { false } }) {
      lines.append(panel.boxWidth.map { "set boxwidth \(number($0)) absolute" } ?? "set boxwidth 0.7 relative")
    }
    if let title = panel.title { lines.append("set title \(quoted(title)) font ',13'") }
    if let label = panel.xLabel { lines.append("set xlabel \(quoted(label))") }
    if let label = panel.yLabel { lines.append("set ylabel \(quoted(label))") }
    if let label = panel.zLabel { lines.append("set zlabel \(quoted(label)) rotate parallel") }
    // '%g' on log axes: 1e-05 … 0.1 … 1 rather than gnuplot's fixed 0.000010 … 1.000000.
    if panel.logX { lines += ["set logscale x", "set format x '%g'"] }
    if panel.logY { lines += ["set logscale y", "set format y '%g'"] }
    lines += [("x", panel.xRange), ("y", panel.yRange), ("z", panel.zRange), ("cb", panel.colorRange)]
      .compactMap { axis, range in range.map { "set \(axis)range [\(bound($0.lower)):\(bound($0.upper))]" } }
    lines.append(panel.key == .hidden ? "unset key" : "set key \(panel.key.rawValue) opaque box lc rgb '#cccccc'")
    if panel.equalAspect { lines.append("set size ratio -1") }
    if let palette = panel.palette { lines.append("set palette \(palette)") }
    if panel.isThreeDimensional {
      let view = panel.view ?? (60, 30)
      lines += ["set view \(number(view.rotX)),\(number(view.rotZ))", "set hidden3d", "set ticslevel 0"]
    }
    lines += panel.annotations.map(annotation)
    return lines
  }

  private func bound(_ value: Double?) -> String { value.map(number) ?? "*" }

  private func annotation(_ annotation: Annotation) -> String {
    switch annotation {
    case .verticalLine(let x, let label):
      let arrow = "set arrow from \(number(x)), graph 0 to \(number(x)), graph 1 nohead dt 2 lc rgb '#555555'"
      return label.map { arrow + "\nset label \(quoted($0)) at \(number(x)), graph 0.96 left offset 0.5,0 front" } ?? arrow
    case .horizontalLine(let y, let label):
      let arrow = "set arrow from graph 0, first \(number(y)) to graph 1, first \(number(y)) nohead dt 2 lc rgb '#555555'"
      return label.map { arrow + "\nset label \(quoted($0)) at graph 0.99, first \(number(y)) right offset 0,0.7" } ?? arrow
    case .text(let text, let x, let y):
      return "set label \(quoted(text)) at graph \(number(x)), graph \(number(y))"
    }
  }

  /// Contour lines are computed by gnuplot into a datablock first, then drawn as ordinary lines.
  private var contourTables: [String] {
    var lines: [String] = []
    for (offset, layer) in dataLayers {
      guard case .contour(_, let levels) = layer else { continue }
      lines += [
        "set contour base", "unset surface", "set cntrparam levels auto \(levels)",
        "set table $contour\(blocks[offset])",
        "splot \(quoted(dataFile)) index \(blocks[offset]) using 1:2:3 with lines notitle",
        "unset table", "unset contour", "set surface",
      ]
    }
    return lines
  }

  /// Layers paired with their block offset (only data-bearing layers count).
  private var dataLayers: [(Int, PlotLayer)] {
    Array(panel.layers.filter { DataBlock($0) != nil }.enumerated())
  }

  private var plotCommand: String {
    var colorIndex = 0
    let clauses = dataLayers.map { offset, layer in
      clause(layer, block: blocks[offset], colorIndex: &colorIndex)
    }
    let verb = panel.isThreeDimensional ? "splot" : "plot"
    return clauses.isEmpty ? "\(verb) 0 notitle lc rgb '#ffffff'" : "\(verb) " + clauses.joined(separator: ", \\\n  ")
  }

  private func clause(_ layer: PlotLayer, block: Int, colorIndex: inout Int) -> String {
    let source = "\(quoted(dataFile)) index \(block)"
    switch layer {
    case .series(let s):
      let color = s.color ?? nextColor(&colorIndex)
      var style = "with \(s.style.rawValue) lc rgb \(quoted(color)) lw \(number(s.lineWidth))"
      if let dash = s.dashType { style += " dt \(dash)" }
      if s.style == .points || s.style == .linesPoints { style += " pt \(s.pointType ?? 7) ps \(number(s.pointSize ?? 1))" }
      return "\(source) using 1:2 \(style) \(titleClause(s.title))"
    case .vectors(let v):
      let color = v.color ?? nextColor(&colorIndex)
      return "\(source) using 1:2:3:4 with vectors head filled size screen 0.012,20 lc rgb \(quoted(color)) lw 1.5 \(titleClause(v.title))"
    case .heatmap:
      return "\(source) using 1:2:3 with image notitle"
    case .contour:
      return "$contour\(block) using 1:2 with lines lc rgb '#9a9a9a' lw 1 notitle"
    case .surface(_, let title):
      return "\(source) using 1:2:3 with pm3d \(titleClause(title))"
    case .labels:
      return "\(source) using 1:2:3 with labels offset 0,1 font ',10' notitle"
    }
  }

  private func nextColor(_ index: inout Int) -> String {
    defer { index += 1 }
    return seriesColors[index % seriesColors.count]
  }

  private func titleClause(_ title: String?) -> String {
    title.map { "title \(quoted($0))" } ?? "notitle"
  }
}
