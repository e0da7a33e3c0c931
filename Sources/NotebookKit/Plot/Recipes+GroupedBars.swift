/// Figure recipe: grouped bars.
extension Figure {
  /// One group of bars per category on the x axis, one bar per series in each group (one colour per
  /// series, named in the key), all on one y scale; `labels[s][g]`, when given, is written above the bar
  /// of series s in group g.
  ///
  /// ```
  ///    ▇              ▇
  ///    ▇ ▇   ▇        ▇ ▇
  ///    ▇ ▇ ▇ ▇  …     ▇ ▇ ▇ ▇      bar s of group g centred at x = g + 1 + (s − (S − 1)/2)·w,
  ///    group 1        group G      w = 0.8 / S wide
  /// ```
  public static func groupedBars(
    _ name: String, title: String, groups: [String], series: [(label: String, values: [Double])],
    yLabel: String, labels: [[String]] = [], yRange: AxisRange? = nil, width: Int = 1200, height: Int = 520
  ) -> Figure {
    let barWidth = 0.8 / Double(max(series.count, 1))
    let offset = { (s: Int) in (Double(s) - Double(series.count - 1) / 2) * barWidth }
    var panel = Panel(
      title: title, yLabel: yLabel, xRange: AxisRange(0.5, Double(groups.count) + 0.5),
      yRange: yRange, key: .topLeft)
    for (s, bars) in series.enumerated() {
      let x = bars.values.indices.map { Double($0 + 1) + offset(s) }
      panel.layers.append(
        .series(Series(bars.label, x: x, y: bars.values, style: .boxes, color: seriesColors[s % seriesColors.count])))
    }
    for (s, texts) in labels.enumerated() where s < series.count {
      panel.layers.append(
        .labels(
          zip(texts.indices, texts).map { g, text in
            PointLabel(x: Double(g + 1) + offset(s), y: series[s].values[g], text: text)
          }))
    }
    panel.xTicLabels = groups.enumerated().map { (Double($0.offset + 1), $0.element) }
    panel.boxWidth = barWidth
    panel.grid = false
    return Figure(name: name, width: width, height: height, panel)
  }
}
