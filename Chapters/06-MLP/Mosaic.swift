import NeuralKit
import NotebookKit

/// Square images laid out in a grid for one heatmap, with blank (NaN) gaps between them.
///
/// Pixel (r, c) of image k sits at x = col·(side + 1) + c, y = row·(side + rowGap) + r with the y axis
/// reversed, so images appear upright as on paper; a wider `rowGap` leaves room for a label above each.
struct Mosaic {
  let side: Int
  let columns: Int
  let rows: Int
  let rowGap: Int
  let grid: Grid

  init(images: [[Double]], side: Int, columns: Int, rowGap: Int = 1) {
    self.side = side
    self.columns = columns
    self.rowGap = rowGap
    rows = (images.count + columns - 1) / columns
    let width = columns * (side + 1) - 1, height = rows * (side + rowGap) - 1
    var values = [[Double]](repeating: [Double](repeating: .nan, count: width), count: height)
    for (k, image) in images.enumerated() {
      let (top, left) = ((k / columns) * (side + rowGap), (k % columns) * (side + 1))
      for r in 0..<side {
        for c in 0..<side { values[top + r][left + c] = image[r * side + c] }
      }
    }
    grid = Grid(xs: (0..<width).map(Double.init), ys: (0..<height).map(Double.init), values: values)
  }

  /// Just above the centre of image k's top edge: a label there (drawn one line higher) sits in the gap.
  func labelPosition(_ k: Int) -> (x: Double, y: Double) {
    (Double((k % columns) * (side + 1)) + Double(side - 1) / 2, Double((k / columns) * (side + rowGap)) - 0.8)
  }

  /// A closed square around image k, as points of a line (NaN after it breaks the line).
  func frame(_ k: Int) -> (x: [Double], y: [Double]) {
    let left = Double((k % columns) * (side + 1)) - 0.5, top = Double((k / columns) * (side + rowGap)) - 0.5
    let right = left + Double(side), bottom = top + Double(side)
    return ([left, right, right, left, left, .nan], [top, top, bottom, bottom, top, .nan])
  }

  /// A panel showing the mosaic, upright, without axes' tics meaning anything.
  func panel(title: String, palette: String, colorRange: AxisRange?, extraTop: Double = 0) -> Panel {
    var panel = Panel(title: title, xRange: AxisRange(-1, Double(grid.xs.count)),
                      yRange: AxisRange(Double(grid.ys.count), -1 - extraTop), key: .hidden,
                      layers: [.heatmap(grid)])
    panel.palette = palette
    panel.colorRange = colorRange
    panel.grid = false
    panel.tics = false
    panel.equalAspect = true
    return panel
  }
}
