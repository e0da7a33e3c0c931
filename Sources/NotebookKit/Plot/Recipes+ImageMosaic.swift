/// Figure recipe: an image mosaic.
extension Figure {
  /// Square images of `side × side` values (row-major) in a grid of `columns`, upright as on paper, with
  /// an optional caption above each image and a coloured frame around the images at `framed`.
  ///
  /// ```
  ///   ┌──┐ ┌──┐ ┌──┐      pixel (r, c) of image k at x = (k mod columns)·(side + 1) + c,
  ///   └──┘ └──┘ └──┘                             y = (k div columns)·(side + gap) + r, y reversed
  /// ```
  /// The colours are `palette` (a gnuplot palette) over `colorRange`; `colorTicLabels` name points of the
  /// colour bar (when each image has its own scale, say so there rather than print one scale's numbers).
  public static func imageMosaic(
    _ name: String, title: String, images: [[Double]], side: Int, columns: Int, palette: String,
    colorRange: AxisRange, colorTicLabels: [(position: Double, text: String)] = [], captions: [String] = [],
    framed: [Int] = [], frameColor: String = "#d62728", width: Int = 760, height: Int = 760
  ) -> Figure {
    let layout = MosaicLayout(
      count: images.count, side: side, columns: columns, rowGap: captions.isEmpty ? 1 : side / 2)
    var panel = Panel(
      title: title, xRange: AxisRange(-1, Double(layout.width)),
      yRange: AxisRange(Double(layout.height), -1 - Double(captions.isEmpty ? 0 : side / 2)),
      key: .hidden, layers: [.heatmap(layout.grid(images))])
    panel.palette = palette
    panel.colorRange = colorRange
    panel.colorTicLabels = colorTicLabels
    panel.grid = false
    panel.tics = false
    panel.equalAspect = true
    if !captions.isEmpty {
      panel.layers.append(
        .labels(
          captions.enumerated().map { k, text in
            let position = layout.captionPosition(k)
            return PointLabel(x: position.x, y: position.y, text: text)
          }))
    }
    if !framed.isEmpty {
      let frames = framed.map(layout.frame)
      panel.layers.append(
        .series(Series(nil, x: frames.flatMap(\.x), y: frames.flatMap(\.y), color: frameColor, lineWidth: 2.5)))
    }
    return Figure(name: name, width: width, height: height, panel)
  }
}

/// Where the images of a mosaic go: one pixel of blank (NaN) between columns, `rowGap` between rows.
struct MosaicLayout {
  let count: Int
  let side: Int
  let columns: Int
  let rowGap: Int

  var rows: Int { (count + columns - 1) / columns }
  var width: Int { columns * (side + 1) - 1 }
  var height: Int { rows * (side + rowGap) - 1 }

  func origin(_ k: Int) -> (top: Int, left: Int) { ((k / columns) * (side + rowGap), (k % columns) * (side + 1)) }

  /// One grid of every image's pixels, NaN in the gaps.
  func grid(_ images: [[Double]]) -> Grid {
    var values = [[Double]](repeating: [Double](repeating: .nan, count: width), count: height)
    for (k, image) in images.enumerated() {
      let (top, left) = origin(k)
      for r in 0..<side {
        for c in 0..<side { values[top + r][left + c] = image[r * side + c] }
      }
    }
    return Grid(xs: (0..<width).map(Double.init), ys: (0..<height).map(Double.init), values: values)
  }

  /// Just above the centre of image k's top edge: a label there (drawn one line higher) sits in the gap.
  func captionPosition(_ k: Int) -> (x: Double, y: Double) {
    let (top, left) = origin(k)
    return (Double(left) + Double(side - 1) / 2, Double(top) - 0.8)
  }

  /// A closed square around image k, as points of a line (NaN after it breaks the line).
  func frame(_ k: Int) -> (x: [Double], y: [Double]) {
    let (top, left) = origin(k)
    let (x0, y0) = (Double(left) - 0.5, Double(top) - 0.5)
    let (x1, y1) = (Double(left + side) - 0.5, Double(top + side) - 0.5)
    return ([x0, x1, x1, x0, x0, .nan], [y0, y0, y1, y1, y0, .nan])
  }
}
