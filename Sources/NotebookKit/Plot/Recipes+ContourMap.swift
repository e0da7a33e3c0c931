/// The recipe "a contour map with paths": contour lines of a function of two variables over a region, paths
/// drawn across them from a start to a marked end, and marked points, one panel per map.
///
/// ```
///   ContourMap(grid, paths: [MapPath("a", xs, ys)], marks: [MapMark("start", x, y)])   one map
///   Figure.contourMap("name", [map])                 the figure       map.panel   the panel alone
/// ```
/// Paths that run on top of each other stay apart: each is a thin line with its own dash pattern and ends
/// in a filled marker of its own shape, so a path hidden under another still shows where it stops.
public struct ContourMap: Sendable {
  public var title: String?
  public var xLabel: String
  public var yLabel: String
  /// The function's values; the map shows exactly the grid's extent.
  public var grid: Grid
  /// How many contour levels gnuplot chooses.
  public var levels: Int
  /// A colour map under the contours, with the colour bar's label and a gnuplot palette; `nil` for lines only.
  public var colorMap: (label: String, palette: String)?
  public var paths: [MapPath]
  public var marks: [MapMark]
  public var key: KeyPosition
  /// Same scale on both axes (a circle looks round).
  public var equalAspect: Bool

  public init(
    title: String? = nil, xLabel: String = "x", yLabel: String = "y", grid: Grid, levels: Int = 18,
    colorMap: (label: String, palette: String)? = nil, paths: [MapPath] = [], marks: [MapMark] = [],
    key: KeyPosition = .topRight, equalAspect: Bool = true
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.grid = grid
    self.levels = levels
    self.colorMap = colorMap
    self.paths = paths
    self.marks = marks
    self.key = key
    self.equalAspect = equalAspect
  }

  /// Dash patterns the paths take in turn: solid, dashed, dash-dot, dash-dot-dot, dotted (the faintest last).
  public static let dashCycle = [1, 2, 4, 5, 3]
  /// Filled end markers the paths take in turn: circle, square, triangle up, triangle down, diamond, pentagon.
  public static let endPointCycle = [7, 5, 9, 11, 13, 15]

  /// The map as one panel: colour map, contour lines, paths, the marks, then the paths' ends on top (an end
  /// that lands on a mark stays visible).
  public var panel: Panel {
    var panel = Panel(
      title: title, xLabel: xLabel, yLabel: yLabel, zLabel: colorMap?.label,
      xRange: AxisRange(grid.xs.first, grid.xs.last), yRange: AxisRange(grid.ys.first, grid.ys.last), key: key)
    panel.equalAspect = equalAspect
    panel.palette = colorMap?.palette
    panel.layers = (colorMap == nil ? [] : [.heatmap(grid)]) + [.contour(grid, levels: levels)]
    var ends: [PlotLayer] = []
    for (index, path) in paths.enumerated() where !path.xs.isEmpty {
      let color = path.color ?? seriesColors[index % seriesColors.count]
      let shown = path.shownIndices
      panel.layers.append(.series(Series(
        path.title, x: shown.map { path.xs[$0] }, y: shown.map { path.ys[$0] },
        style: path.dotsAtSteps && path.xs.count <= MapPath.dottedLimit ? .linesPoints : .lines, color: color,
        lineWidth: path.lineWidth, dashType: path.dashType ?? Self.dashCycle[index % Self.dashCycle.count],
        pointType: 7, pointSize: 0.4)))
      if path.marksEnd, let x = path.xs.last, let y = path.ys.last {
        ends.append(.series(Series(
          nil, x: [x], y: [y], style: .points, color: color,
          pointType: Self.endPointCycle[index % Self.endPointCycle.count], pointSize: 1.3)))
      }
    }
    panel.layers += marks.map { mark in
      .series(Series(mark.title, x: [mark.x], y: [mark.y], style: .points, color: mark.color,
                     pointType: mark.pointType, pointSize: mark.size))
    }
    panel.layers += ends
    return panel
  }
}

/// A path across a ``ContourMap``: the points in order, from its start to its end.
public struct MapPath: Sendable {
  public var title: String?
  public var xs: [Double]
  public var ys: [Double]
  /// `nil` takes the next colour of ``seriesColors``, and the dash pattern of ``ContourMap/dashCycle``.
  public var color: String?
  public var dashType: Int?
  public var lineWidth: Double
  /// A small dot at every point when the path has at most ``dottedLimit`` of them (the steps can be counted).
  public var dotsAtSteps: Bool
  /// A filled marker on the last point.
  public var marksEnd: Bool

  /// Paths with more points than this are drawn without dots.
  public static let dottedLimit = 60
  /// Longest path drawn: beyond it the first ``fullDetail`` points are kept, then evenly spaced ones and the last.
  public static let drawnLimit = 600
  public static let fullDetail = 100

  public init(
    _ title: String?, xs: [Double], ys: [Double], color: String? = nil, dashType: Int? = nil, lineWidth: Double = 1.5,
    dotsAtSteps: Bool = true, marksEnd: Bool = true
  ) {
    precondition(xs.count == ys.count, "MapPath \(title ?? ""): \(xs.count) x values but \(ys.count) y values")
    self.title = title
    self.xs = xs
    self.ys = ys
    self.color = color
    self.dashType = dashType
    self.lineWidth = lineWidth
    self.dotsAtSteps = dotsAtSteps
    self.marksEnd = marksEnd
  }

  /// The indices drawn: all of a short path; of a long one the first ``fullDetail``, evenly spaced ones after
  /// them, and the last, so a data file stays small whatever the path's length.
  public var shownIndices: [Int] { Self.shown(count: xs.count) }

  /// The indices drawn of a sequence of `count` points (also for a quantity along the path, such as its loss).
  public static func shown(count: Int) -> [Int] {
    guard count > drawnLimit else { return Array(0..<count) }
    let stride = (count - fullDetail) / (drawnLimit - fullDetail) + 1
    return Array(0..<fullDetail) + Swift.stride(from: fullDetail, to: count - 1, by: stride) + [count - 1]
  }
}

/// A marked point on a ``ContourMap`` (a start, a minimum), black unless told otherwise.
public struct MapMark: Sendable {
  public var title: String?
  public var x: Double
  public var y: Double
  /// gnuplot point type: 6 open circle, 3 star, 2 cross, 12 open diamond …
  public var pointType: Int
  public var size: Double
  public var color: String

  public init(_ title: String?, x: Double, y: Double, pointType: Int, size: Double = 2, color: String = "#000000") {
    self.title = title
    self.x = x
    self.y = y
    self.pointType = pointType
    self.size = size
    self.color = color
  }
}

extension Figure {
  /// Contour maps with paths, one panel each, side by side (or in `rows` rows) under one title.
  public static func contourMap(
    _ name: String, title: String? = nil, _ maps: [ContourMap], rows: Int = 1, width: Int = defaultSize.width,
    height: Int = defaultSize.height
  ) -> Figure {
    precondition(!maps.isEmpty, "contourMap \(name): no maps")
    guard maps.count > 1 || title != nil else { return Figure(name: name, width: width, height: height, maps[0].panel) }
    return smallMultiples(name, title: title, maps.map(\.panel), rows: rows, width: width, height: height)
  }
}
