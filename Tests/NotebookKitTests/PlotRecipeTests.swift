import NotebookKit
import Testing

/// The figure recipes of chapters 06 and 07: where they put each thing, checked by hand.
@Suite("Figure recipes")
struct PlotRecipeTests {
  /// The heatmap grid of a figure's first panel.
  func heatmap(_ figure: Figure) -> Grid? {
    for layer in figure.panels.first?.layers ?? [] { if case .heatmap(let grid) = layer { return grid } }
    return nil
  }

  @Test("an image mosaic puts pixel (r, c) of image k at column (k mod columns)·(side + 1) + c, NaN between")
  func mosaicLayout() throws {
    let images = (0..<3).map { k in (0..<4).map { Double(10 * k + $0) } }  // three 2×2 images
    let figure = Figure.imageMosaic("m", title: "t", images: images, side: 2, columns: 2, palette: "gray",
                                    colorRange: AxisRange(0, 30))
    let grid = try #require(heatmap(figure))
    #expect(grid.xs.count == 2 * 3 - 1 && grid.ys.count == 2 * 3 - 1)  // two columns, two rows, one-pixel gaps
    #expect(grid.values[0][0] == 0 && grid.values[0][1] == 1 && grid.values[1][0] == 2 && grid.values[1][1] == 3)
    #expect(grid.values[0][3] == 10 && grid.values[1][4] == 13)  // image 1, to the right after the gap
    #expect(grid.values[3][0] == 20 && grid.values[4][1] == 23)  // image 2, on the second row
    #expect(grid.values[0][2].isNaN && grid.values[2][0].isNaN && grid.values[3][3].isNaN)
  }

  @Test("a framed image gets a closed square around its pixels")
  func mosaicFrame() throws {
    let figure = Figure.imageMosaic("m", title: "t", images: [[0, 0, 0, 0], [1, 1, 1, 1]], side: 2, columns: 2,
                                    palette: "gray", colorRange: AxisRange(0, 1), framed: [1])
    let frames = figure.panels[0].layers.compactMap { layer -> Series? in if case .series(let s) = layer { s } else { nil } }
    let frame = try #require(frames.first)
    #expect(Array(frame.x.prefix(5)) == [2.5, 4.5, 4.5, 2.5, 2.5])
    #expect(Array(frame.y.prefix(5)) == [-0.5, -0.5, 1.5, 1.5, -0.5])
  }

  @Test("grouped bars: S bars of width 0.8/S centred on each group, one series per bar colour")
  func groupedBars() {
    let figure = Figure.groupedBars("b", title: "t", groups: ["a", "b"],
                                    series: [("x", [1, 2]), ("y", [3, 4]), ("z", [5, 6]), ("w", [7, 8])], yLabel: "%")
    let bars = figure.panels[0].layers.compactMap { layer -> Series? in if case .series(let s) = layer { s } else { nil } }
    #expect(bars.count == 4)
    let width = 0.8 / 4
    #expect(bars[0].x == [1 - 1.5 * width, 2 - 1.5 * width] && bars[3].x == [1 + 1.5 * width, 2 + 1.5 * width])
    let script = figure.script(dataFile: "b.dat")
    #expect(script.contains("set boxwidth 0.2 absolute"))
    #expect(script.contains("set xtics ('a' 1.0, 'b' 2.0)"))
  }

  @Test("a table of counts names every row and column and saturates its colours")
  func countGrid() {
    let figure = Figure.countGrid("c", title: "t", counts: [[9, 1], [0, 7]], rowLabel: "true", columnLabel: "predicted",
                                  rowNames: ["0", "1"], columnNames: ["0", "1"], saturation: 5)
    let script = figure.script(dataFile: "c.dat")
    #expect(script.contains("set xtics ('0' 0.0, '1' 1.0)") && script.contains("set ytics ('0' 0.0, '1' 1.0)"))
    #expect(script.contains("'≥ 5' 5.0"))
    let data = figure.data()
    #expect(data.contains("0.0 0.0 5.0") && data.contains("1.0 0.0 1.0"))  // 9 drawn as 5; the single 1 as 1
    #expect(data.contains("\"9\"") && !data.contains("\"0\""))  // counts written in their cells, zeros left blank
  }

  @Test("a speed plot is log–log with room for its key, and its reference level is a dashed series in the key")
  func speedPlot() throws {
    let figure = Figure.speedPlot("s", title: "t", xLabel: "n", yLabel: "GFLOPS", curves: [("a", [10, 100], [1, 4])],
                                  reference: ("peak", 8))
    let panel = figure.panels[0]
    #expect(panel.logX && panel.logY)
    #expect(panel.yRange == AxisRange(0.5, 64))  // lowest / 2 to highest (the reference) × 8
    let reference = try #require(panel.layers.compactMap { layer -> Series? in
      if case .series(let s) = layer, s.title == "peak" { s } else { nil }
    }.first)
    #expect(reference.dashType == 2 && reference.y == [8, 8])
  }

  @Test("points over regions: a probability map shades through white at ½, class indices get one tint each")
  func pointsOverRegions() {
    let region = Grid(xs: [0, 1], ys: [0, 1], values: [[0, 1], [1, 0]])
    let two = Figure.pointsOverRegions("p", title: "t", region: region, shading: .probability,
                                       classes: [("a", [0], [0]), ("b", [1], [1])])
    #expect(two.panels[0].palette?.contains("0.5 '#ffffff'") == true && two.panels[0].colorRange == AxisRange(0, 1))
    let three = Figure.pointsOverRegions("p", title: "t", region: region, shading: .classIndex,
                                         classes: [("a", [0], [0]), ("b", [1], [1]), ("c", [0], [1])])
    #expect(three.panels[0].colorRange == AxisRange(-0.5, 2.5))
    #expect(three.panels[0].colorTicLabels.map(\.text) == ["a", "b", "c"])
    #expect(three.panels[0].equalAspect)
  }
}
