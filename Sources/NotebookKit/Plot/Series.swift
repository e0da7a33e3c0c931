/// A named sequence of (x, y) points and how to draw it.
public struct Series: Sendable {
  public enum Style: String, Sendable {
    case lines, points, linesPoints = "linespoints", steps, impulses
    /// Filled bars centred on each x, 0.7 of the gap between neighbours wide.
    case boxes
  }

  public var title: String?
  public var x: [Double]
  public var y: [Double]
  public var style: Style
  /// A colour gnuplot understands (`#1f77b4`, `dark-red`); `nil` takes the next colour of the cycle.
  public var color: String?
  public var lineWidth: Double
  /// gnuplot dash type (1 solid, 2 dashed, 3 dotted …).
  public var dashType: Int?
  /// gnuplot point type (7 filled circle, 5 filled square, 9 filled triangle, 2 cross …).
  public var pointType: Int?
  public var pointSize: Double?

  public init(
    _ title: String?, x: [Double], y: [Double], style: Style = .lines, color: String? = nil,
    lineWidth: Double = 2, dashType: Int? = nil, pointType: Int? = nil, pointSize: Double? = nil
  ) {
    precondition(x.count == y.count, "Series \(title ?? "untitled"): \(x.count) x values but \(y.count) y values")
    self.title = title
    self.x = x
    self.y = y
    self.style = style
    self.color = color
    self.lineWidth = lineWidth
    self.dashType = dashType
    self.pointType = pointType
    self.pointSize = pointSize
  }

  /// A curve y = f(x) sampled at `x`.
  public init(
    _ title: String?, x: [Double], style: Style = .lines, color: String? = nil, dashType: Int? = nil,
    _ f: (Double) -> Double
  ) {
    self.init(title, x: x, y: x.map(f), style: style, color: color, dashType: dashType)
  }
}

/// Arrows for a vector field or a sequence of steps.
public struct Vectors: Sendable {
  public var title: String?
  public var x: [Double]
  public var y: [Double]
  public var dx: [Double]
  public var dy: [Double]
  public var color: String?

  public init(_ title: String?, x: [Double], y: [Double], dx: [Double], dy: [Double], color: String? = nil) {
    precondition(Set([x.count, y.count, dx.count, dy.count]).count == 1, "Vectors \(title ?? ""): lengths differ")
    self.title = title
    self.x = x
    self.y = y
    self.dx = dx
    self.dy = dy
    self.color = color
  }
}

/// Values on a rectangular grid: `values[i][j]` is the value at `(xs[j], ys[i])`.
public struct Grid: Sendable {
  public var xs: [Double]
  public var ys: [Double]
  public var values: [[Double]]

  public init(xs: [Double], ys: [Double], values: [[Double]]) {
    precondition(values.count == ys.count, "Grid: \(values.count) rows of values for \(ys.count) y values")
    for row in values { precondition(row.count == xs.count, "Grid: a row has \(row.count) values for \(xs.count) x values") }
    self.xs = xs
    self.ys = ys
    self.values = values
  }

  /// Samples `f(x, y)` over the grid.
  public init(xs: [Double], ys: [Double], _ f: (Double, Double) -> Double) {
    self.init(xs: xs, ys: ys, values: ys.map { y in xs.map { x in f(x, y) } })
  }
}

/// The colour cycle every figure uses (matplotlib's "tab10", readable on white).
public let seriesColors = [
  "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#7f7f7f", "#bcbd22", "#17becf",
]
