import Foundation
import NeuralKit
import NotebookKit

/// Figure builders of chapter 06: boundaries, curves by epoch, images of digits and weights.
enum Figures {
  /// Class colours for points, and the lighter tints of the regions they own.
  static let pointColors = ["#08519c", "#a63603", "#006d2c"]
  static let regionTints = ["#c6dbef", "#fdd0a2", "#c7e9c0"]

  /// The decision region as a heatmap under the data points, one colour per class.
  static func boundary(_ name: String, title: String, region: DecisionRegion, data: Dataset, pointSize: Double = 0.6, height: Int = 720) -> Figure {
    var panel = Panel(title: title, xLabel: "x₁", yLabel: "x₂",
                      xRange: AxisRange(region.xs.first, region.xs.last), yRange: AxisRange(region.ys.first, region.ys.last),
                      key: .outside)
    panel.layers = [.heatmap(Grid(xs: region.xs, ys: region.ys, values: region.values))]
    if data.classCount == 2 {
      panel.palette = "defined (0 '\(regionTints[0])', 0.5 '#ffffff', 1 '\(regionTints[1])')"
      panel.colorRange = AxisRange(0, 1)
    } else {
      let stops = regionTints.prefix(data.classCount).enumerated().map { "\($0.offset) '\($0.element)'" }
      panel.palette = "maxcolors \(data.classCount) defined (\(stops.joined(separator: ", ")))"
      panel.colorRange = AxisRange(-0.5, Double(data.classCount) - 0.5)
      panel.colorTicLabels = (0..<data.classCount).map { (Double($0), "class \($0)") }
    }
    for label in 0..<data.classCount {
      let rows = data.labels.indices.filter { data.labels[$0] == label }
      panel.layers.append(.series(Series(
        "class \(label)", x: rows.map { data.features[$0, 0] }, y: rows.map { data.features[$0, 1] },
        style: .points, color: pointColors[label % pointColors.count], pointType: 7, pointSize: pointSize)))
    }
    panel.equalAspect = true
    panel.grid = false
    return Figure(name: name, width: 900, height: height, panel)
  }

  /// Train and test curves by epoch: loss (log scale) beside accuracy when there is one.
  static func curves(_ name: String, title: String? = nil, history: TrainingHistory) -> Figure {
    let epochs = history.epochs.map { Double($0.epoch) }
    var loss = Panel(title: "loss", xLabel: "epoch", yLabel: "mean loss", logY: true, key: .topRight, layers: [
      .series(Series("train", x: epochs, y: history.trainLosses, color: pointColors[0])),
    ])
    if history.testLosses.count == epochs.count {
      loss.layers.append(.series(Series("test", x: epochs, y: history.testLosses, color: pointColors[1])))
    }
    guard history.trainAccuracies.count == epochs.count else { return Figure(name: name, loss) }
    var accuracy = Panel(title: "accuracy", xLabel: "epoch", yLabel: "accuracy (%)", key: .bottomRight, layers: [
      .series(Series("train", x: epochs, y: history.trainAccuracies.map { 100 * $0 }, color: pointColors[0])),
    ])
    if history.testAccuracies.count == epochs.count {
      accuracy.layers.append(.series(Series("test", x: epochs, y: history.testAccuracies.map { 100 * $0 }, color: pointColors[1])))
    }
    return Figure(name: name, title: title, rows: 1, columns: 2, width: 1200, height: 520, panels: [loss, accuracy])
  }

  /// The count at which a confusion cell's colour stops darkening: the diagonal (30–40) would otherwise
  /// swamp the single mistakes.
  static let confusionSaturation = 5.0

  /// The confusion matrix as a heatmap with its counts written in the cells; true class down, predicted across.
  static func confusion(_ name: String, _ matrix: ConfusionMatrix) -> Figure {
    let classes = (0..<matrix.classCount).map(Double.init)
    let values = matrix.counts.map { $0.map { min(Double($0), confusionSaturation) } }
    var labels: [PointLabel] = []
    for i in matrix.counts.indices {
      for j in matrix.counts.indices where matrix.counts[i][j] > 0 {
        labels.append(PointLabel(x: Double(j), y: Double(i) + 0.3, text: "\(matrix.counts[i][j])"))
      }
    }
    var panel = Panel(title: "Confusion matrix on the test set", xLabel: "predicted digit", yLabel: "true digit",
                      xRange: AxisRange(-0.5, Double(matrix.classCount) - 0.5),
                      yRange: AxisRange(Double(matrix.classCount) - 0.5, -0.5), key: .hidden,
                      layers: [.heatmap(Grid(xs: classes, ys: classes, values: values)), .labels(labels)])
    panel.palette = "defined (0 '#ffffff', 1 '#c6dbef', \(confusionSaturation) '#4292c6')"
    panel.colorRange = AxisRange(0, confusionSaturation)
    panel.grid = false
    panel.equalAspect = true
    return Figure(name: name, width: 760, height: 720, panel)
  }
}
