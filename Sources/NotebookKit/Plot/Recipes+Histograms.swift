/// Figure recipe: histograms, one panel per group of samples.
extension Figure {
  /// Histograms in small multiples: each panel overlays the distributions of a few samples (the values of
  /// one quantity under several settings), as the fraction of each sample's values per bin, drawn as
  /// steps. Values outside `range` count in the first or last bin. With `sharedScale` all panels share one
  /// vertical scale, so that heights compare across panels; without it each panel scales to its own
  /// highest bin (when one panel's spike would flatten the rest). Room at the top stays free for the key,
  /// which the first panel shows.
  ///
  /// ```
  ///   bin k = [a + k·w, a + (k+1)·w),   w = (b − a)/bins,   height = (values in bin k) / (values)
  /// ```
  public static func histograms(
    _ name: String, title: String? = nil, _ panels: [(title: String, samples: [(label: String, values: [Double])])],
    range: ClosedRange<Double>, bins: Int, xLabel: String = "value", rows: Int = 1, width: Int = 1200,
    height: Int = 640, sharedScale: Bool = true, colors: [String] = seriesColors
  ) -> Figure {
    precondition(bins >= 1 && range.upperBound > range.lowerBound, "histograms need bins ≥ 1 and a range of width > 0")
    let binWidth = (range.upperBound - range.lowerBound) / Double(bins)
    let edges = (0...bins).map { range.lowerBound + Double($0) * binWidth }
    func fractions(_ values: [Double]) -> [Double] {
      var counts = [Double](repeating: 0, count: bins)
      for value in values where value.isFinite {
        counts[min(bins - 1, max(0, Int((value - range.lowerBound) / binWidth)))] += 1
      }
      return counts.map { $0 / Double(max(values.count, 1)) }
    }
    let heights = panels.map { $0.samples.map { fractions($0.values) } }
    // The top 2/7 of each panel stay free for the key.
    let sharedTop = 1.4 * (heights.joined().joined().max() ?? 1)
    let figurePanels = zip(panels, heights).enumerated().map { index, pair in
      let (panel, heights) = pair
      let top = sharedScale ? sharedTop : 1.4 * (heights.joined().max() ?? 1)
      let layers = zip(panel.samples, heights).enumerated().map { index, sample -> PlotLayer in
        // gnuplot's `steps` holds each y until the next x: repeat the last bin's height at the right edge.
        .series(Series(sample.0.label, x: edges, y: sample.1 + [sample.1[bins - 1]], style: .steps,
                       color: colors[index % colors.count]))
      }
      return Panel(title: panel.title, xLabel: xLabel, yLabel: "fraction per bin",
                   xRange: AxisRange(range.lowerBound, range.upperBound), yRange: AxisRange(0, top),
                   key: index == 0 ? .topLeft : .hidden,
                   layers: layers)
    }
    return smallMultiples(name, title: title, figurePanels, rows: rows, width: width, height: height)
  }
}
