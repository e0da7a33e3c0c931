import Foundation
import NeuralKit

/// The figures of the chapter: contour maps with paths, loss curves, and per-optimizer panels.
enum Figures {
  static let gridPoints = 161  // per axis: smooth contours, small data files
  static let contourLevels = 18
  static let black = "#000000"

  /// Contours of log₁₀(f + 10⁻³) over `view`: evenly spaced levels of the logarithm are geometric in f, so
  /// the flat valley floor and the steep walls both get lines. (The 10⁻³ keeps the minimum finite.)
  static func surface(_ f: (Double, Double) -> Double, _ view: (x: ClosedRange<Double>, y: ClosedRange<Double>)) -> Layer {
    let xs = linspace(view.x.lowerBound, view.x.upperBound, count: gridPoints)
    let ys = linspace(view.y.lowerBound, view.y.upperBound, count: gridPoints)
    return .contour(Grid(xs: xs, ys: ys) { x, y in log10(f(x, y) + 1e-3) }, levels: contourLevels)
  }

  /// A start marker (open circle) and a minimum marker (star).
  static func markers(start: (x: Double, y: Double), minimum: (x: Double, y: Double), titled: Bool) -> [Layer] {
    [.series(Series(titled ? "start" : nil, x: [start.x], y: [start.y], style: .points, color: black, pointType: 6, pointSize: 2)),
     .series(Series(titled ? "minimum" : nil, x: [minimum.x], y: [minimum.y], style: .points, color: black, pointType: 3, pointSize: 2.5))]
  }

  /// A path drawn as a line, with dots at each step when there are few of them.
  static func path(_ title: String?, _ xs: [Double], _ ys: [Double], color: String) -> Layer {
    .series(Series(title, x: xs, y: ys, style: xs.count <= 60 ? .linesPoints : .lines, color: color,
                   lineWidth: 1.6, pointType: 7, pointSize: 0.5))
  }

  /// Loss against step on a log scale; zero losses (exact minima) have no logarithm and are left out.
  static func lossCurve(_ title: String?, _ losses: [Double], color: String) -> Layer {
    let steps = losses.indices.filter { losses[$0] > 0 }
    return .series(Series(title, x: steps.map(Double.init), y: steps.map { losses[$0] }, color: color, lineWidth: 1.6))
  }

  /// A contour panel over `view` with equal scales on both axes.
  static func mapPanel(_ title: String, _ f: @escaping (Double, Double) -> Double,
                       _ view: (x: ClosedRange<Double>, y: ClosedRange<Double>), layers: [Layer], key: KeyPosition) -> Panel {
    var panel = Panel(title: title, xLabel: "x", yLabel: "y",
                      xRange: AxisRange(view.x.lowerBound, view.x.upperBound), yRange: AxisRange(view.y.lowerBound, view.y.upperBound),
                      key: key, layers: [surface(f, view)] + layers)
    panel.equalAspect = true
    return panel
  }

  static func color(_ kind: OptimizerKind) -> String {
    seriesColors[(OptimizerKind.allCases.firstIndex(of: kind) ?? 0) % seriesColors.count]
  }
}
