/// Figure recipe: a plane shaded by a yes/no rule, for drawing which side of a boundary is which.
extension Panel {
  /// A panel on equal axes over `x` × `y` whose background is tinted by `inside(x, y)`: one filled square
  /// per cell of a `resolution` × `resolution` grid, evaluated at the cell's centre, in `tints.inside` or
  /// `tints.outside`. Append the layers to draw on top (points, the boundary line). No legend.
  ///
  /// ```
  ///   ░░░░░░▓▓▓▓      ░ outside tint     squares a little larger than a cell, so the tints leave no gaps
  ///   ░░░░▓▓▓▓▓▓      ▓ inside tint      (a square is a gnuplot point: its size is in points, not units)
  /// ```
  public static func shadedRegions(
    title: String?, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int = 40,
    inside: (Double, Double) -> Bool, tints: (inside: String, outside: String), tileSize: Double = 1.9
  ) -> Panel {
    let cells = max(resolution, 1)
    func centres(_ range: ClosedRange<Double>) -> [Double] {
      let step = (range.upperBound - range.lowerBound) / Double(cells)
      return (0..<cells).map { range.lowerBound + (Double($0) + 0.5) * step }
    }
    var tiles: (inside: [(Double, Double)], outside: [(Double, Double)]) = ([], [])
    for b in centres(y) {
      for a in centres(x) {
        if inside(a, b) { tiles.inside.append((a, b)) } else { tiles.outside.append((a, b)) }
      }
    }
    func layer(_ points: [(Double, Double)], _ color: String) -> PlotLayer {
      .series(Series(nil, x: points.map(\.0), y: points.map(\.1), style: .points, color: color, pointType: 5,
                     pointSize: tileSize))
    }
    var panel = Panel(title: title, xLabel: "x₁", yLabel: "x₂", xRange: AxisRange(x.lowerBound, x.upperBound),
                      yRange: AxisRange(y.lowerBound, y.upperBound), key: .hidden,
                      layers: [layer(tiles.outside, tints.outside), layer(tiles.inside, tints.inside)])
    panel.equalAspect = true
    panel.grid = false
    return panel
  }
}
