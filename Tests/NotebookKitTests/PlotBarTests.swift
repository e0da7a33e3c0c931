import NotebookKit
import Testing

/// Bar charts of categories: boxes and named x tics.
@Suite("gnuplot driver: bar charts")
struct PlotBarTests {
  @Test("boxes set a relative box width and named tics replace the x numbers")
  func boxesAndTicLabels() {
    var panel = Panel(layers: [.series(Series("time", x: [1, 2], y: [3, 4], style: .boxes))])
    panel.xTicLabels = [(1, "forward"), (2, "backward")]
    let script = Figure(name: "bars", panel).script(dataFile: "bars.dat")
    #expect(script.contains("set xtics ('forward' 1.0, 'backward' 2.0)"))
    #expect(script.contains("set boxwidth 0.7 relative"))
    #expect(script.contains("with boxes"))
  }

  @Test("named colour-bar tics label the categories of a heatmap")
  func colorTicLabels() {
    var panel = Panel(layers: [.heatmap(Grid(xs: [0, 1], ys: [0, 1], values: [[0, 1], [2, 1]]))])
    panel.colorTicLabels = [(0, "class 0"), (1, "class 1"), (2, "class 2")]
    let script = Figure(name: "classes", panel).script(dataFile: "classes.dat")
    #expect(script.contains("set cbtics ('class 0' 0.0, 'class 1' 1.0, 'class 2' 2.0)"))
    #expect(!script.contains("set xtics ("))
  }
}
