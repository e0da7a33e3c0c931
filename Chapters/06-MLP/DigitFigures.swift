import NeuralKit
import NotebookKit

/// Digit-shaped figures: what training changed in the first-layer weights, and test images with their
/// predictions; and the mistakes of a confusion matrix, largest count first.
enum DigitFigures {
  /// Images per row of a mosaic.
  static let columns = 8
  /// Test images shown with their predictions, and rows of the mistakes table.
  static let shownPredictions = 32
  static let mistakeRows = 10

  /// Column j of W₁ − W₁⁽⁰⁾ (what training changed in one hidden unit's weights on every pixel) as an
  /// image, scaled by its largest |Δw| so every unit uses the whole colour range. The change, not W₁
  /// itself: the random start is still most of W₁ after 30 epochs at lr 10⁻³ and hides the pattern.
  static func weightChanges(_ name: String, weights: Matrix, initial: Matrix, side: Int) -> Figure {
    let change = weights - initial
    let units = min(change.columns, 64)
    let images = (0..<units).map { unit -> [Double] in
      let column = change.column(unit)
      let scale = column.map(abs).max() ?? 1
      return column.map { scale > 0 ? $0 / scale : 0 }
    }
    return .imageMosaic(name, title: "What training changed in the first-layer weights of \(units) hidden units",
                        images: images, side: side, columns: columns,
                        palette: "defined (-1 '#2166ac', 0 '#f7f7f7', 1 '#b2182b')", colorRange: AxisRange(-1, 1),
                        colorTicLabels: [(-1, "−max"), (0, "0"), (1, "+max")], width: 800)
  }

  /// The first mistakes, then correct answers, up to ``shownPredictions`` images in all.
  static func predictions(_ name: String, test: Dataset, predictions: [Int], side: Int) -> Figure {
    let wrong = test.labels.indices.filter { predictions[$0] != test.labels[$0] }
    let right = test.labels.indices.filter { predictions[$0] == test.labels[$0] }
    let shown = Array((Array(wrong.prefix(shownPredictions / 2)) + right).prefix(shownPredictions))
    let captions = shown.map {
      predictions[$0] == test.labels[$0] ? "\(predictions[$0])" : "\(predictions[$0]) (\(test.labels[$0]))"
    }
    return .imageMosaic(name, title: "Test digits and predictions (red frame: wrong; true digit in parentheses)",
                        images: shown.map { test.features.row($0) }, side: side, columns: columns,
                        palette: "defined (0 '#ffffff', 1 '#000000')", colorRange: AxisRange(0, 1), captions: captions,
                        framed: shown.indices.filter { predictions[shown[$0]] != test.labels[shown[$0]] },
                        width: 900, height: 620)
  }

  /// The confusion matrix, its colour saturating at 5 so that single mistakes show beside the diagonal.
  static func confusion(_ name: String, _ confusion: ConfusionMatrix) -> Figure {
    let digits = (0..<confusion.classCount).map(String.init)
    return .countGrid(name, title: "Confusion matrix on the \(confusion.total) test images", counts: confusion.counts,
                      rowLabel: "true digit", columnLabel: "predicted digit", rowNames: digits, columnNames: digits,
                      saturation: 5)
  }
}

extension ConfusionMatrix {
  /// Every off-diagonal count above zero as (true, predicted, count), largest count first, then by true
  /// and predicted class: the commonest confusions, with ties side by side.
  var mistakesByCount: [(label: Int, prediction: Int, count: Int)] {
    counts.indices.flatMap { i in counts.indices.map { j in (label: i, prediction: j, count: counts[i][j]) } }
      .filter { $0.label != $0.prediction && $0.count > 0 }
      .sorted { ($1.count, $0.label, $0.prediction) < ($0.count, $1.label, $1.prediction) }
  }
}

extension Sequential {
  /// The layer widths, `64-64-10`.
  var shape: String {
    let dense = denseLayers
    let widths = [dense.first?.weights.value.rows ?? 0] + dense.map(\.weights.value.columns)
    return widths.map(String.init).joined(separator: "-")
  }
}

/// Training that could not finish: a loss that became NaN or infinite.
struct TrainingFailure: Error, CustomStringConvertible {
  let description: String
}
