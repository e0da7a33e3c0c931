/// Histograms: how a set of values spreads over a range, one curve per set, drawn as steps.
extension Figure {
  /// The share of `values` in each of `bins` equal bins over `range` (values outside are left out), with
  /// the bins' centres: the densities sum to the share of values inside the range.
  public static func binShares(_ values: [Double], bins: Int, range: ClosedRange<Double>) -> (centers: [Double], shares: [Double]) {
    precondition(bins >= 1 && range.upperBound > range.lowerBound, "binShares needs bins ≥ 1 and a non-empty range")
    let width = (range.upperBound - range.lowerBound) / Double(bins)
    var counts = [Double](repeating: 0, count: bins)
    for value in values where range.contains(value) {
      counts[min(Int((value - range.lowerBound) / width), bins - 1)] += 1
    }
    let total = Double(max(values.count, 1))
    return ((0..<bins).map { range.lowerBound + (Double($0) + 0.5) * width }, counts.map { $0 / total })
  }

  /// A panel of histograms, one step curve per labelled set of values.
  public static func histogramPanel(
    title: String, xLabel: String, sets: [(label: String, values: [Double])], bins: Int, range: ClosedRange<Double>,
    colors: [String] = seriesColors
  ) -> Panel {
    var panel = Panel(title: title, xLabel: xLabel, yLabel: "share of values", xRange: AxisRange(range.lowerBound, range.upperBound),
                      key: .topRight)
    for (index, set) in sets.enumerated() {
      let (centers, shares) = binShares(set.values, bins: bins, range: range)
      panel.layers.append(.series(Series(set.label, x: centers, y: shares, style: .steps, color: colors[index % colors.count])))
    }
    return panel
  }
}
