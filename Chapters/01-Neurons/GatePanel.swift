import NeuralKit
import NotebookKit

/// One gate's panel: the plane shaded by a trained perceptron's answer, the four points by target, and a
/// ring around each point it gets wrong.
func gatePanel(_ title: String, _ inputs: [[Double]], _ targets: [Double], _ p: Perceptron) -> Panel {
  let range = -0.5...1.5
  var panel = Panel.shadedRegions(
    title: title, x: range, y: range, inside: { p.predict([$0, $1]) == 1 },
    tints: (inside: "#d6e6f5", outside: "#f7dcdc"))
  let ones = inputs.indices.filter { targets[$0] == 1 }, zeros = inputs.indices.filter { targets[$0] == 0 }
  let wrong = inputs.indices.filter { p.predict(inputs[$0]) != targets[$0] }
  func points(_ title: String, _ indices: [Int], color: String, type: Int, size: Double) -> PlotLayer {
    .series(Series(title, x: indices.map { inputs[$0][0] }, y: indices.map { inputs[$0][1] }, style: .points,
                   color: color, pointType: type, pointSize: size))
  }
  panel.layers += [
    .series(boundary(p, range)),
    points("t = 0", zeros, color: "#d62728", type: 5, size: 2),
    points("t = 1", ones, color: "#1f77b4", type: 7, size: 2),
  ]
  // An empty series would write a data block gnuplot does not count, shifting every later `index`.
  if !wrong.isEmpty { panel.layers.append(points("wrong", wrong, color: "#000000", type: 6, size: 3.6)) }
  return panel
}

/// The line w₁x₁ + w₂x₂ + b = 0 across `range`: solved for x₂, or vertical when w₂ = 0 (none when w = 0).
func boundary(_ p: Perceptron, _ range: ClosedRange<Double>) -> Series {
  let (w1, w2, b) = (p.weights[0], p.weights[1], p.bias), ends = [range.lowerBound, range.upperBound]
  if w2 != 0 { return Series("w·x + b = 0", x: ends, y: ends.map { -(w1 * $0 + b) / w2 }, color: "#333333") }
  let x = w1 == 0 ? [] : [-b / w1, -b / w1]
  return Series("w·x + b = 0", x: x, y: x.isEmpty ? [] : ends, color: "#333333")
}
