/// A figure: one panel, or several laid out as a gnuplot multiplot, rendered to `NAME.png`.
///
/// The model holds only what a figure shows; ``Figure/script(dataFile:)`` turns it into gnuplot text and
/// ``Figure/data()`` into the data file beside it. Nothing here knows about neural networks.
public struct Figure: Sendable {
  /// File stem: the figure is written as `name.gp`, `name.dat` and `name.png`.
  public var name: String
  /// Title over the whole figure (multiplot only; a single panel uses its own title).
  public var title: String?
  /// Image size in pixels.
  public var width: Int
  public var height: Int
  /// Grid of panels for a multiplot, `(rows, columns)`; `nil` for a single panel.
  public var layout: (rows: Int, columns: Int)?
  public var panels: [Panel]

  /// The default size shared by every figure so that pages look alike.
  public static let defaultSize = (width: 960, height: 640)

  /// A single-panel figure.
  public init(name: String, width: Int = defaultSize.width, height: Int = defaultSize.height, _ panel: Panel) {
    self.name = name
    self.width = width
    self.height = height
    self.panels = [panel]
  }

  /// A multiplot of `panels`, filled row by row into `rows × columns` cells.
  public init(
    name: String, title: String? = nil, rows: Int, columns: Int,
    width: Int = defaultSize.width, height: Int = defaultSize.height, panels: [Panel]
  ) {
    precondition(rows * columns >= panels.count, "\(panels.count) panels do not fit a \(rows)×\(columns) layout")
    self.name = name
    self.title = title
    self.width = width
    self.height = height
    self.layout = (rows, columns)
    self.panels = panels
  }
}

/// One set of axes and what is drawn on them.
public struct Panel: Sendable {
  public var title: String?
  public var xLabel: String?
  public var yLabel: String?
  public var zLabel: String?
  public var xRange: AxisRange?
  public var yRange: AxisRange?
  public var zRange: AxisRange?
  /// Colour-bar range for heatmaps.
  public var colorRange: AxisRange?
  public var logX = false
  public var logY = false
  public var key: KeyPosition = .topRight
  /// Same scale on both axes (circles look round).
  public var equalAspect = false
  public var grid = true
  /// Tic marks and numbers on the x and y axes; off for images whose coordinates mean nothing.
  public var tics = true
  /// Named tics on the x axis, `(position, text)`, replacing the numbers (bar charts of categories).
  public var xTicLabels: [(position: Double, text: String)] = []
  /// Named tics on the y axis, `(position, text)`: the rows of a table of counts.
  public var yTicLabels: [(position: Double, text: String)] = []
  /// Width of `.boxes` bars in x units; `nil` makes each bar 0.7 of the gap between its neighbours.
  public var boxWidth: Double?
  /// Named tics on the colour bar, `(value, text)`: a heatmap of categories (the predicted class).
  public var colorTicLabels: [(position: Double, text: String)] = []
  /// 3-D view angles `(rotX, rotZ)` in degrees, for surfaces.
  public var view: (rotX: Double, rotZ: Double)?
  /// Heatmap colours: a gnuplot palette definition (`defined (0 'white', 1 'blue')`).
  public var palette: String?
  public var layers: [PlotLayer]
  public var annotations: [Annotation]

  public init(
    title: String? = nil, xLabel: String? = nil, yLabel: String? = nil, zLabel: String? = nil,
    xRange: AxisRange? = nil, yRange: AxisRange? = nil, zRange: AxisRange? = nil,
    logX: Bool = false, logY: Bool = false, key: KeyPosition = .topRight,
    layers: [PlotLayer] = [], annotations: [Annotation] = []
  ) {
    self.title = title
    self.xLabel = xLabel
    self.yLabel = yLabel
    self.zLabel = zLabel
    self.xRange = xRange
    self.yRange = yRange
    self.zRange = zRange
    self.logX = logX
    self.logY = logY
    self.key = key
    self.layers = layers
    self.annotations = annotations
  }

  /// True when the panel colours data by the palette (a heatmap or a surface).
  var hasColorMap: Bool {
    layers.contains {
      switch $0 {
      case .heatmap, .surface: true
      default: false
      }
    }
  }

  /// True when the panel needs `splot` (it holds a surface).
  var isThreeDimensional: Bool {
    layers.contains { if case .surface = $0 { true } else { false } }
  }
}

/// An axis range; either end may be left to autoscale.
public struct AxisRange: Sendable, Equatable {
  public var lower: Double?
  public var upper: Double?
  public init(_ lower: Double?, _ upper: Double?) {
    self.lower = lower
    self.upper = upper
  }
}

/// Where the legend goes.
public enum KeyPosition: String, Sendable {
  case topRight = "top right", topLeft = "top left", bottomRight = "bottom right", bottomLeft = "bottom left"
  case outside = "outside right top"
  case below = "below center horizontal"
  case hidden
}

/// Something drawn on a panel from data.
public enum PlotLayer: Sendable {
  /// A curve or a cloud of points.
  case series(Series)
  /// Arrows from (x, y) to (x + dx, y + dy).
  case vectors(Vectors)
  /// A colour map of a grid of values.
  case heatmap(Grid)
  /// Contour lines of a grid (`levels` of them, chosen by gnuplot), drawn in grey.
  case contour(Grid, levels: Int)
  /// A 3-D surface of a grid (the panel becomes a `splot`).
  case surface(Grid, title: String? = nil)
  /// Text placed at data coordinates.
  case labels([PointLabel])
}

/// Text at a data point.
public struct PointLabel: Sendable {
  public var x: Double
  public var y: Double
  public var text: String
  public init(x: Double, y: Double, text: String) {
    self.x = x
    self.y = y
    self.text = text
  }
}

/// A decoration that needs no data: a reference line or a label in graph coordinates.
public enum Annotation: Sendable {
  /// A vertical line at x, labelled at the top.
  case verticalLine(x: Double, label: String?)
  /// A horizontal line at y, labelled at the right.
  case horizontalLine(y: Double, label: String?)
  /// Text at graph coordinates (0…1 across the panel).
  case text(String, graphX: Double, graphY: Double)
}
