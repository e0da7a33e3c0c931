import Foundation
import NeuralKit
import NotebookKit

/// The figures of the chapter: contour maps with paths, loss curves, and per-optimizer panels.
enum Figures {
  static let gridPoints = 101  // per axis: smooth enough contours, a data file of about 200 kB
  static let contourLevels = 18
  static let heightDecimals = 1e4  // contour heights to 4 decimals: invisible in the lines, a third of the file
  static let shownPoints = 600  // longest path drawn; the first 100 steps are always drawn one by one
  static let black = "#000000"

  /// Contours of log₁₀(f + floor) over `view`: evenly spaced levels of the logarithm are geometric in f, so
  /// the flat valley floor and the steep walls both get lines; below about `floor` there are none.
  static func surface(_ f: (Double, Double) -> Double, _ view: (x: ClosedRange<Double>, y: ClosedRange<Double>), floor: Double) -> PlotLayer {
    func axis(_ range: ClosedRange<Double>) -> [Double] {
      linspace(range.lowerBound, range.upperBound, count: gridPoints).map { ($0 * 1e6).rounded() / 1e6 }
    }
    return .contour(Grid(xs: axis(view.x), ys: axis(view.y)) { x, y in
      (log10(f(x, y) + floor) * heightDecimals).rounded() / heightDecimals
    }, levels: contourLevels)
  }

  /// The indices of a path worth drawing: every one of the first 100 steps, then evenly spaced ones, and the last.
  static func shown(_ count: Int) -> [Int] {
    guard count > shownPoints else { return Array(0..<count) }
    let stride = (count - 100) / (shownPoints - 100) + 1
    return Array(0..<100) + Swift.stride(from: 100, to: count - 1, by: stride) + [count - 1]
  }

  /// A start marker (open circle) and a minimum marker (star).
  static func markers(start: (x: Double, y: Double), minimum: (x: Double, y: Double), titled: Bool, minimumTitle: String = "minimum") -> [PlotLayer] {
    [.series(Series(titled ? "start" : nil, x: [start.x], y: [start.y], style: .points, color: black, pointType: 6, pointSize: 2)),
     .series(Series(titled ? minimumTitle : nil, x: [minimum.x], y: [minimum.y], style: .points, color: black, pointType: 3, pointSize: 2.5))]
  }

  /// A path drawn as a line, with dots at each step when there are few of them.
  static func path(_ title: String?, _ xs: [Double], _ ys: [Double], color: String) -> PlotLayer {
    let indices = shown(xs.count)
    return .series(Series(title, x: indices.map { xs[$0] }, y: indices.map { ys[$0] }, style: xs.count <= 60 ? .linesPoints : .lines, color: color,
                   lineWidth: 1.6, pointType: 7, pointSize: 0.5))
  }

  /// Loss against step on a log scale; zero losses (exact minima) have no logarithm and are left out.
  static func lossCurve(_ title: String?, _ losses: [Double], color: String) -> PlotLayer {
    let steps = shown(losses.count).filter { losses[$0] > 0 }
    return .series(Series(title, x: steps.map(Double.init), y: steps.map { losses[$0] }, color: color, lineWidth: 1.6))
  }

  /// A contour panel over `view` with equal scales on both axes.
  static func mapPanel(_ title: String, _ f: @escaping (Double, Double) -> Double,
                       _ view: (x: ClosedRange<Double>, y: ClosedRange<Double>), floor: Double = 0.1, layers: [PlotLayer], key: KeyPosition) -> Panel {
    var panel = Panel(title: title, xLabel: "x", yLabel: "y",
                      xRange: AxisRange(view.x.lowerBound, view.x.upperBound), yRange: AxisRange(view.y.lowerBound, view.y.upperBound),
                      key: key, layers: [surface(f, view, floor: floor)] + layers)
    panel.equalAspect = true
    return panel
  }

  static func color(_ kind: OptimizerKind) -> String {
    seriesColors[(OptimizerKind.allCases.firstIndex(of: kind) ?? 0) % seriesColors.count]
  }
}
