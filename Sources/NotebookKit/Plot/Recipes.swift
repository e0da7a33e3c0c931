/// Figure recipes: the shapes of figure the chapters draw again and again, one call each.
extension Figure {
  /// Small multiples: `panels` side by side (or in `rows` rows), under one title, sharing the figure's
  /// size. Used for a quantity under several settings (per activation, per optimizer, per precision).
  public static func smallMultiples(
    _ name: String, title: String? = nil, _ panels: [Panel], rows: Int = 1, width: Int = defaultSize.width,
    height: Int = defaultSize.height
  ) -> Figure {
    let columns = (panels.count + rows - 1) / max(rows, 1)
    return Figure(name: name, title: title, rows: rows, columns: columns, width: width, height: height, panels: panels)
  }

  /// Curves by epoch: the loss of each run (log scale) beside its accuracy when there is one, e.g. train
  /// and test of a training history. Each curve is (label, one value per epoch, starting at epoch 1).
  public static func curvesByEpoch(
    _ name: String, title: String? = nil, loss: [(label: String, values: [Double])],
    accuracy: [(label: String, values: [Double])] = [], colors: [String] = seriesColors
  ) -> Figure {
    func curves(_ list: [(label: String, values: [Double])], scale: Double) -> [PlotLayer] {
      list.enumerated().map { index, curve in
        .series(Series(curve.label, x: curve.values.indices.map { Double($0 + 1) }, y: curve.values.map { scale * $0 },
                       color: colors[index % colors.count]))
      }
    }
    let lossPanel = Panel(title: "loss", xLabel: "epoch", yLabel: "mean loss", logY: true, key: .topRight, layers: curves(loss, scale: 1))
    guard !accuracy.isEmpty else { return Figure(name: name, lossPanel) }
    let accuracyPanel = Panel(title: "accuracy", xLabel: "epoch", yLabel: "accuracy (%)", key: .bottomRight, layers: curves(accuracy, scale: 100))
    return smallMultiples(name, title: title, [lossPanel, accuracyPanel], width: 1200, height: 520)
  }
}
