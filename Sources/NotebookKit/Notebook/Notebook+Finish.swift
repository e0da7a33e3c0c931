import Foundation

extension Notebook {
  /// Writes the page, results, timings and figure sources, then renders the figures.
  ///
  /// gnuplot missing from PATH is not a failure: everything but the PNGs is written and a note says how to
  /// install gnuplot and render later. A gnuplot error is a failure (it names the script).
  public func finish() throws {
    try writeFiles()
    let location = directory.path
    guard !options.noRender else {
      standardOutputLine("\nWrote \(location)/README.md (figures not rendered: --no-render).")
      return
    }
    do {
      let gnuplot = try Gnuplot()
      try gnuplot.render(scripts: figureList.map { "\($0.name).gp" }, in: directory)
      standardOutputLine("\nWrote \(location)/README.md with \(figureList.count) figures.")
    } catch PlotError.gnuplotNotFound {
      standardOutputLine("""

        note: gnuplot is not installed, so the figures were not rendered (scripts and data are written).
              Install it with `apt-get install -y --no-install-recommends gnuplot-nox`, then run `make plots`.
        Wrote \(location)/README.md.
        """)
    }
  }

  private func writeFiles() throws {
    try AtomicFile.createDirectories(at: directory)
    do {
      for figure in figureList {
        try AtomicFile.write(figure.script(dataFile: "\(figure.name).dat"), to: file("\(figure.name).gp"))
        try AtomicFile.write(figure.data(), to: file("\(figure.name).dat"))
      }
      try AtomicFile.write(pageText, to: file("README.md"))
      try AtomicFile.write(ResultsFile(chapter: slug, seed: options.seed, metrics: metricList).json, to: file("results.json"))
      var measured = timingList
      measured["total_seconds"] = Date().timeIntervalSince(startDate)
      try AtomicFile.write(ResultsFile.object(measured), to: file("timings.json"))
    } catch {
      throw NotebookError.unwritable(directory.path, error)
    }
  }

  private func file(_ name: String) -> URL { directory.appendingPathComponent(name) }
}
