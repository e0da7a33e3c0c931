import Foundation

extension Notebook {
  /// Fills the lesson (when the chapter has one), writes the pages, results, timings and figure sources,
  /// prints the lesson, then renders the figures.
  ///
  /// Every check that can fail (a placeholder without a value, a figure the lesson does not show, a
  /// snippet that cannot be found) runs before the first file is written. gnuplot missing from PATH is not
  /// a failure: everything but the PNGs is written and a note says how to install gnuplot and render
  /// later. A gnuplot error is a failure (it names the script).
  public func finish() throws {
    guard nonFinite.isEmpty else {
      throw NotebookError("a result is not a finite number, so nothing was written: \(nonFinite.joined(separator: ", "))")
    }
    let lessonsFilled = try filledLessons()
    let chosen = lessonsFilled.filter { options.lang.pages.contains($0.language) }
    let pages = (chosen.isEmpty ? Array(lessonsFilled.prefix(1)) : chosen)
        .map { (file: $0.language == "en" ? "README.md" : "README.\($0.language).md", text: Self.page(from: $0.text)) }
    let output = try OutputFolder.prepare(directory)
    RunningChildren.shared.addStaging(output.staging)
    defer { RunningChildren.shared.removeStaging(output.staging) }
    let note: String
    do {
      try writeFiles(pages: pages, into: output)
      note = try renderFigures(in: output, pages: pages.map(\.file))
      try output.commit()
    } catch PlotError.gnuplotFailed(let status, let stderr, let scripts) {
      output.discard()
      // The scripts ran in the staging folder, now removed: name them where the run would have put them.
      let named = scripts.map { $0.replacingOccurrences(of: output.staging.path, with: output.target.path) }
      throw PlotError.gnuplotFailed(status: status, stderr: stderr, scripts: named)
    } catch let error as NotebookError {
      output.discard()
      // A file that could not be written in the staging folder is named where the run would have put it.
      throw NotebookError(error.description.replacingOccurrences(of: output.staging.path, with: output.target.path))
    } catch {
      output.discard()
      throw error
    }
    let terminalLanguage = options.lang.terminal()
    if let lesson = lessonsFilled.first(where: { $0.language == terminalLanguage }) ?? lessonsFilled.first {
      standardOutputLine(TerminalText.render(lesson.text))
    }
    standardOutputLine(note)
  }

  /// Runs gnuplot in the staging folder and returns the closing note: figures rendered, skipped, or not
  /// renderable here (gnuplot missing is not a failure: a note says how to install it and render later).
  private func renderFigures(in output: OutputFolder, pages: [String]) throws -> String {
    // The pages this run wrote: README.md, README.zh.md or both (--lang).
    let location = pages.map { "\(directory.path)/\($0)" }.joined(separator: " and ")
    guard !options.noRender else { return "\nWrote \(location) (figures not rendered: --no-render)." }
    do {
      let gnuplot = try Gnuplot()
      try gnuplot.render(figureList.map { ($0.name, $0.width, $0.height) }, in: output.staging, timeout: options.renderTimeout.value)
      return "\nWrote \(location) with \(figureList.count) figures."
    } catch PlotError.gnuplotNotFound {
      return """

        note: gnuplot is not installed, so the figures were not rendered (scripts and data are written).
              Install it with `apt-get install -y --no-install-recommends gnuplot-nox`, then run `make plots`.
        Wrote \(location).
        """
    }
  }

  /// Every lesson template filled with the chapter's values and snippets, checked against its figures.
  func filledLessons() throws -> [(language: String, text: String)] {
    guard let first = lessons.first else { throw LessonError.languages("\(slug): no lesson template") }
    var snippets: [String: Snippet] = [:]
    for name in first.template.placeholders where name.hasPrefix("code:") {
      let reference = name.dropFirst("code:".count).split(separator: "#", maxSplits: 1).map(String.init)
      guard reference.count == 2 else {
        throw LessonError.snippet(path: String(name.dropFirst(5)), name: "", problem: "write {{code:PATH#NAME}}")
      }
      snippets[name] = try Snippet(path: reference[0], name: reference[1], root: repositoryRoot)
    }
    let drawn = Set(figureList.map(\.name))
    return try lessons.map { language, template in
      let shown = Set(template.figureNames)
      guard shown == drawn else {
        throw LessonError.figures(origin: template.origin, notDrawn: shown.subtracting(drawn).sorted(), notShown: drawn.subtracting(shown).sorted())
      }
      let values = lessonValues.merging(snippets.mapValues { $0.markdown(language: language) }) { $1 }
      return (language, try template.render(values))
    }
  }

  /// The page from a filled lesson: HTML comments (the terminal's formula texts) leave, and each figure
  /// gets its caption printed under it.
  static func page(from lesson: String) -> String {
    var lines: [String] = []
    for line in lesson.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
      if line.hasPrefix("<!--") && line.hasSuffix("-->") { continue }
      lines.append(line)
      if let image = line.wholeMatch(of: LessonTemplate.image) { lines += ["", "*\(image.1)*"] }
    }
    return lines.joined(separator: "\n").trimmingCharacters(in: .newlines) + "\n"
  }

  private func writeFiles(pages: [(file: String, text: String)], into output: OutputFolder) throws {
    func file(_ name: String) -> URL { output.file(name) }
    for figure in figureList {
      try AtomicFile.write(figure.script(dataFile: "\(figure.name).dat"), to: file("\(figure.name).gp"))
      try AtomicFile.write(figure.data(), to: file("\(figure.name).dat"))
    }
    for page in pages { try AtomicFile.write(page.text, to: file(page.file)) }
    try AtomicFile.write(ResultsFile(chapter: slug, seed: options.seed, metrics: metricList).json, to: file("results.json"))
    var measured = timingList
    measured["total_seconds"] = Date().timeIntervalSince(startDate)
    try AtomicFile.write(ResultsFile.object(measured), to: file("timings.json"))
  }
}
