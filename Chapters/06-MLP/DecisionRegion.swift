import NeuralKit
import NotebookKit

/// A classifier's output over a rectangle of the plane, for drawing its decision boundary.
///
/// ```
///   xs = linspace(x₀, x₁, r),  ys = linspace(y₀, y₁, r)
///   two classes:   value(x, y) = P(class 1 | x, y) = softmax(network(x, y))₁   (the boundary is 0.5)
///   K > 2 classes: value(x, y) = argmaxⱼ network(x, y)ⱼ                        (the predicted class)
/// ```
/// `values[i][j]` belongs to `(xs[j], ys[i])`. Introduced in chapter 06.
struct DecisionRegion: Sendable {
  let xs: [Double]
  let ys: [Double]
  let values: [[Double]]

  init(
    network: Layer, classCount: Int, x: ClosedRange<Double>, y: ClosedRange<Double>, resolution: Int
  ) {
    let xs = linspace(x.lowerBound, x.upperBound, count: resolution)
    let ys = linspace(y.lowerBound, y.upperBound, count: resolution)
    (self.xs, self.ys) = (xs, ys)
    let grid = ys.flatMap { yv in xs.flatMap { [$0, yv] } }
    let points = Matrix(rows: resolution * resolution, columns: 2, storage: grid)
    let output = network.forward(points)
    let flat: [Double] = classCount == 2
      ? softmax(output).column(1)
      : output.rowArgmax().map(Double.init)
    values = (0..<resolution).map { Array(flat[$0 * resolution..<($0 + 1) * resolution]) }
  }

  /// The bounding box of `features`' two columns, widened by `margin` on every side.
  static func bounds(of features: Matrix, margin: Double) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
    let (xColumn, yColumn) = (features.column(0), features.column(1))
    let x = (xColumn.min() ?? 0) - margin...(xColumn.max() ?? 0) + margin
    let y = (yColumn.min() ?? 0) - margin...(yColumn.max() ?? 0) + margin
    return (x, y)
  }
}

extension DecisionRegion {
  /// The region under the points of `data`, one colour per class (``Figure/pointsOverRegions``).
  func figure(_ name: String, title: String, data: Dataset, pointSize: Double = 0.6, height: Int = 720) -> Figure {
    let classes = (0..<data.classCount).map { label in
      let rows = data.labels.indices.filter { data.labels[$0] == label }
      return (label: "class \(label)", x: rows.map { data.features[$0, 0] }, y: rows.map { data.features[$0, 1] })
    }
    return .pointsOverRegions(name, title: title, region: Grid(xs: xs, ys: ys, values: values),
                              shading: classes.count == 2 ? .probability : .classIndex, classes: classes,
                              pointSize: pointSize, height: height)
  }
}
