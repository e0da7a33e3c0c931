import Foundation
import NeuralKit
import NotebookKit

/// One optimizer's run on a surface.
typealias Run = (kind: OptimizerKind, path: Trajectory)

let mapGridPoints = 101  // per axis: smooth enough contours, a data file of about 200 kB
let contourHeightDecimals = 1e4  // contour heights to 4 decimals: invisible in the lines, a third of the file

/// A contour map of log₁₀(f + floor) over `view`: evenly spaced levels of the logarithm are geometric in f, so
/// the flat valley floor and the steep walls both get lines; below about `floor` there are none.
func contourMap(
  _ title: String?, _ f: (Double, Double) -> Double, _ view: (x: ClosedRange<Double>, y: ClosedRange<Double>),
  floor: Double, paths: [MapPath], marks: [MapMark], key: KeyPosition
) -> ContourMap {
  func axis(_ range: ClosedRange<Double>) -> [Double] {
    linspace(range.lowerBound, range.upperBound, count: mapGridPoints).map { ($0 * 1e6).rounded() / 1e6 }
  }
  let grid = Grid(xs: axis(view.x), ys: axis(view.y)) { x, y in
    (log10(f(x, y) + floor) * contourHeightDecimals).rounded() / contourHeightDecimals
  }
  return ContourMap(title: title, grid: grid, levels: 18, paths: paths, marks: marks, key: key)
}

/// The start (open circle) and the minimum (star).
func marks(
  start: (x: Double, y: Double), minimum: (x: Double, y: Double), minimumTitle: String = "minimum"
) -> [MapMark] {
  [MapMark("start", x: start.x, y: start.y, pointType: 6),
   MapMark(minimumTitle, x: minimum.x, y: minimum.y, pointType: 3, size: 2.5)]
}

/// Each optimizer keeps its colour and dash pattern in every figure.
func style(_ kind: OptimizerKind) -> (color: String, dash: Int) {
  let index = OptimizerKind.allCases.firstIndex(of: kind) ?? 0
  return (seriesColors[index % seriesColors.count], ContourMap.dashCycle[index % ContourMap.dashCycle.count])
}

func mapPath(_ run: Run) -> MapPath {
  let (color, dash) = style(run.kind)
  return MapPath(run.kind.rawValue, xs: run.path.xs, ys: run.path.ys, color: color, dashType: dash)
}

/// Loss against step on a log scale; zero losses (exact minima) have no logarithm and are left out.
func lossCurve(_ title: String, _ path: Trajectory, color: String, dash: Int) -> PlotLayer {
  let steps = MapPath.shown(count: path.losses.count).filter { path.losses[$0] > 0 }
  return .series(Series(title, x: steps.map(Double.init), y: steps.map { path.losses[$0] }, color: color,
                        lineWidth: 1.4, dashType: dash))
}

func lossCurve(_ run: Run) -> PlotLayer {
  lossCurve(run.kind.rawValue, run.path, color: style(run.kind).color, dash: style(run.kind).dash)
}

/// The optimizers whose loss curve lies on another's (within 10 % at every step after the first tenth), for
/// the loss figure's caption.
func coinciding(_ runs: [Run]) -> String {
  func close(_ a: Trajectory, _ b: Trajectory) -> Bool {
    a.losses.count == b.losses.count
      && zip(a.losses, b.losses).dropFirst(a.losses.count / 10).allSatisfy { abs(log($0 / $1)) < log(1.1) }
  }
  let names = runs.filter { run in runs.contains { $0.kind != run.kind && close(run.path, $0.path) } }
    .map(\.kind.rawValue)
  return names.isEmpty ? "none" : names.joined(separator: ", ")
}
