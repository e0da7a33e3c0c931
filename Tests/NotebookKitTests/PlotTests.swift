import Foundation
import NotebookKit
import TestSupport
import Testing

@Suite("gnuplot driver", .serialized)
struct PlotTests {
  static let smallFigure = Figure(name: "small", width: 400, height: 300, Panel(
    title: "A 'quoted' title", xLabel: "x", yLabel: "y", yRange: AxisRange(0, nil), logY: true,
    layers: [
      .series(Series("line", x: [1, 2, 3], y: [1, 10, 100])),
      .series(Series("dots", x: [1, 2], y: [2, .nan], style: .points, color: "#000000")),
    ]))

  @Test("the script of a small figure names its data blocks, styles, axes and output")
  func scriptText() {
    let script = Self.smallFigure.script(dataFile: "small.dat")
    let expectedLines = [
      "  set terminal pngcairo size 400,300 noenhanced font 'DejaVu Sans,12' linewidth 1.2",
      "if (!exists('outfile')) outfile = 'small.png'",
      "set output outfile",
      "set title 'A ''quoted'' title' font ',13'",
      "set logscale y",
      "set yrange [0.0:*]",
      "plot 'small.dat' index 0 using 1:2 with lines lc rgb '#1f77b4' lw 2.0 title 'line', \\",
      "  'small.dat' index 1 using 1:2 with points lc rgb '#000000' lw 2.0 pt 7 ps 1.0 title 'dots'",
      "unset output",
    ]
    let lines = script.split(separator: "\n").map(String.init)
    for line in expectedLines { #expect(lines.contains(line), "missing: \(line)") }
  }

  @Test("data blocks are separated by two blank lines and non-finite points become gaps")
  func dataText() {
    #expect(Self.smallFigure.data() == "1.0 1.0\n2.0 10.0\n3.0 100.0\n\n\n1.0 2.0\n\n")
  }

  @Test("a grid is written as x y z scans with one blank line between rows")
  func gridData() {
    let figure = Figure(name: "g", Panel(layers: [.heatmap(Grid(xs: [0, 1], ys: [5, 6]) { x, y in x + y })]))
    #expect(figure.data() == "0.0 5.0 5.0\n1.0 5.0 6.0\n\n0.0 6.0 6.0\n1.0 6.0 7.0\n")
  }

  @Test("a real render writes a PNG of the requested size", .enabled(if: gnuplotIsInstalled))
  func render() throws {
    let directory = try ChapterProcess.temporaryDirectory("plot")
    defer { try? FileManager.default.removeItem(at: directory) }
    let figures = [Self.smallFigure, Figure(name: "multi", title: "two panels", rows: 1, columns: 2, width: 500, height: 200, panels: [
      Panel(layers: [.contour(Grid(xs: [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1], ys: [-1, -0.75, -0.5, -0.25, 0, 0.25, 0.5, 0.75, 1]) { $0 * $0 + $1 * $1 }, levels: 5)]),
      Panel(layers: [.surface(Grid(xs: [0, 1], ys: [0, 1]) { $0 * $1 })]),
    ])]
    for figure in figures {
      try figure.script(dataFile: "\(figure.name).dat").write(to: directory.appendingPathComponent("\(figure.name).gp"), atomically: true, encoding: .utf8)
      try figure.data().write(to: directory.appendingPathComponent("\(figure.name).dat"), atomically: true, encoding: .utf8)
    }
    try Gnuplot().render([("small", 400, 300), ("multi", 500, 200)], in: directory, timeout: 60)
    #expect(PNGInfo.problem(at: directory.appendingPathComponent("small.png"), width: 400, height: 300) == nil)
    #expect(PNGInfo.problem(at: directory.appendingPathComponent("multi.png"), width: 500, height: 200) == nil)
  }

  @Test("a script error surfaces gnuplot's status and stderr", .enabled(if: gnuplotIsInstalled))
  func scriptError() throws {
    let directory = try ChapterProcess.temporaryDirectory("plot")
    defer { try? FileManager.default.removeItem(at: directory) }
    try "set output outfile\nset terminal png\nplot 'missing.dat' using 1:2\n".write(
      to: directory.appendingPathComponent("broken.gp"), atomically: true, encoding: .utf8)
    #expect {
      try Gnuplot().render([("broken", 960, 640)], in: directory, timeout: 60)
    } throws: { error in
      guard case PlotError.gnuplotFailed(let status, let stderr, let scripts) = error else { return false }
      return status != 0 && stderr.contains("missing.dat") && scripts.first?.hasSuffix("broken.gp") == true
    }
  }

  @Test("gnuplot missing from the search path is a typed error")
  func missingGnuplot() {
    #expect(throws: PlotError.gnuplotNotFound(searchPath: "/nonexistent")) {
      try Gnuplot(searchPath: "/nonexistent")
    }
  }

  @Test("PNG sizes come from the IHDR chunk; other bytes are not a PNG")
  func pngHeader() {
    var bytes = PNGInfo.signature + [0, 0, 0, 13] + Array("IHDR".utf8)
    bytes += [0, 0, 0x03, 0xC0, 0, 0, 0x02, 0x80]  // 960 × 640, big-endian
    #expect(PNGInfo(data: Data(bytes)) == PNGInfo(width: 960, height: 640))
    #expect(PNGInfo(data: Data("GIF89a not a png at all".utf8)) == nil)
  }
}
