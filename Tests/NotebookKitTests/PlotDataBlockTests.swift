import NotebookKit
import Testing

@Suite("gnuplot driver: shared data blocks")
struct PlotDataBlockTests {
  static let grid = Grid(xs: [0, 1], ys: [0, 1]) { $0 + $1 }

  @Test("a grid repeated in every panel is written once and every panel reads that block")
  func sharedGrid() {
    let panels = [1.0, 2.0].map { y in
      Panel(layers: [.contour(Self.grid, levels: 3), .series(Series("p", x: [0], y: [y]))])
    }
    let figure = Figure(name: "shared", rows: 1, columns: 2, panels: panels)
    #expect(figure.data() == "0.0 0.0 0.0\n1.0 0.0 1.0\n\n0.0 1.0 1.0\n1.0 1.0 2.0\n\n\n0.0 1.0\n\n\n0.0 2.0\n")
    let script = figure.script(dataFile: "shared.dat")
    #expect(script.components(separatedBy: "splot 'shared.dat' index 0 using 1:2:3").count == 3)
    #expect(script.contains("'shared.dat' index 1 using 1:2") && script.contains("'shared.dat' index 2 using 1:2"))
  }

  @Test("log axes label their tics with %g")
  func logTics() {
    let script = Figure(name: "log", Panel(logX: true, logY: true, layers: [.series(Series(nil, x: [1, 10], y: [1, 100]))]))
      .script(dataFile: "log.dat")
    #expect(script.contains("set format x '%g'") && script.contains("set format y '%g'"))
  }
}
