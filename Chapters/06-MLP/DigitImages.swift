import NeuralKit
import NotebookKit

/// Digit-shaped figures: first-layer weights and test images with their predictions.
enum DigitImages {
  /// Images per row of a mosaic.
  static let columns = 8
  /// Test images shown with their predictions.
  static let shownPredictions = 32

  /// Column j of W₁ − W₁⁽⁰⁾ (what training changed in one hidden unit's weights on every pixel) as an
  /// image, scaled by its largest |Δw| so every unit uses the whole colour range. The change, not W₁
  /// itself: the random start is still most of W₁ after 30 epochs at lr 10⁻³ and hides the pattern.
  static func firstLayerWeights(_ name: String, weights: Matrix, initial: Matrix, side: Int) -> Figure {
    let change = weights - initial
    let units = min(change.columns, 64)
    let images = (0..<units).map { unit -> [Double] in
      let column = change.column(unit)
      let scale = column.map(abs).max() ?? 1
      return column.map { scale > 0 ? $0 / scale : 0 }
    }
    let mosaic = Mosaic(images: images, side: side, columns: columns)
    let panel = mosaic.panel(title: "What training changed in the first-layer weights of \(units) hidden units", palette: "defined (-1 '#2166ac', 0 '#f7f7f7', 1 '#b2182b')",
                             colorRange: AxisRange(-1, 1))
    return Figure(name: name, width: 760, height: 760, panel)
  }

  /// The first mistakes, then correct answers, up to ``shownPredictions`` images in all.
  static func predictions(_ name: String, test: Dataset, predictions: [Int], side: Int) -> Figure {
    let wrong = test.labels.indices.filter { predictions[$0] != test.labels[$0] }
    let right = test.labels.indices.filter { predictions[$0] == test.labels[$0] }
    let shown = Array((Array(wrong.prefix(shownPredictions / 2)) + right).prefix(shownPredictions))
    let mosaic = Mosaic(images: shown.map { test.features.row($0) }, side: side, columns: columns, rowGap: side / 2)
    var panel = mosaic.panel(title: "Test digits and predictions (red frame: wrong; true digit in parentheses)",
                             palette: "defined (0 '#ffffff', 1 '#000000')", colorRange: AxisRange(0, 1), extraTop: Double(side / 2))
    var labels: [PointLabel] = [], frameX: [Double] = [], frameY: [Double] = []
    for (k, index) in shown.enumerated() {
      let position = mosaic.labelPosition(k)
      let isWrong = predictions[index] != test.labels[index]
      labels.append(PointLabel(x: position.x, y: position.y, text: isWrong ? "\(predictions[index]) (\(test.labels[index]))" : "\(predictions[index])"))
      if isWrong {
        let frame = mosaic.frame(k)
        frameX += frame.x
        frameY += frame.y
      }
    }
    panel.layers.append(.labels(labels))
    if !frameX.isEmpty { panel.layers.append(.series(Series(nil, x: frameX, y: frameY, color: "#d62728", lineWidth: 2.5))) }
    return Figure(name: name, width: 900, height: 620, panel)
  }
}
