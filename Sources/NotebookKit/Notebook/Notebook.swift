import ArgumentParser
import Foundation

/// What a chapter writes through: the lesson printed on the terminal as it runs, and at the end the
/// notebook page `README.md`, `results.json`, `timings.json`, and every figure as `.gp` + `.dat` + `.png`.
///
/// Everything destined for files is kept in memory until ``finish()``, which writes each file atomically
/// and only then runs gnuplot, so a failure never leaves a half-written file.
public final class Notebook {
  /// The chapter's slug, `01-neurons`.
  public let slug: String
  public let options: ChapterOptions
  /// Where the files go.
  public let directory: URL

  private var page: [String] = []
  private var metrics: [String: Double] = [:]
  private var timings: [String: Double] = [:]
  private var figures: [Figure] = []
  private let standardOutput: (String) -> Void
  private let started = Date()

  /// Starts a chapter: prints and records its title.
  public init(slug: String, title: String, options: ChapterOptions, print: @escaping (String) -> Void = { Swift.print($0) }) {
    self.slug = slug
    self.options = options
    self.directory = URL(fileURLWithPath: options.outputDirectory(slug: slug), isDirectory: true)
    self.standardOutput = print
    emit(terminal: "\(title)\n" + String(repeating: "═", count: title.count), page: "# \(title)")
  }

  /// Runs a chapter body in a notebook and finishes it; a runtime failure prints one `error:` line on
  /// stderr and exits 1 (the chapter contract).
  public static func run(
    slug: String, title: String, options: ChapterOptions, _ body: (Notebook) throws -> Void
  ) throws {
    do {
      let book = Notebook(slug: slug, title: title, options: options)
      try body(book)
      try book.finish()
    } catch let error as ExitCode {
      throw error
    } catch {
      FileHandle.standardError.write(Data("error: \(readableDescription(of: error))\n".utf8))
      throw ExitCode.failure
    }
  }

  // MARK: - Narrative

  /// A section headed with the seed's number and both titles: `2.1 神经网络 · Neural networks`.
  public func section(_ number: String, _ chinese: String, _ english: String) {
    let heading = "\(number) \(chinese) · \(english)"
    emit(terminal: "\n\(heading)\n" + String(repeating: "─", count: heading.count), page: "## \(heading)")
  }

  /// A smaller heading inside a section.
  public func subsection(_ title: String) {
    emit(terminal: "\n▸ \(title)", page: "### \(title)")
  }

  /// A paragraph, the same in both places.
  public func text(_ paragraph: String) {
    emit(terminal: paragraph, page: paragraph)
  }

  /// A displayed formula: Unicode on the terminal, TeX between `$$` on the page.
  public func formula(_ unicode: String, tex: String) {
    emit(terminal: "    " + unicode, page: "$$\n\(tex)\n$$")
  }

  /// A result set beside what theory predicts, printed as a line of the lesson.
  public func result(_ line: String) {
    emit(terminal: "  → " + line, page: "- " + line)
  }

  /// A fenced block (code or a trace), verbatim in both places.
  public func code(_ text: String, language: String = "") {
    emit(terminal: text.split(separator: "\n", omittingEmptySubsequences: false).map { "    " + $0 }.joined(separator: "\n"),
         page: "```\(language)\n\(text)\n```")
  }

  /// A table: aligned columns on the terminal, a Markdown table on the page.
  public func table(_ headers: [String], _ rows: [[String]]) {
    let table = TextTable(headers: headers, rows: rows)
    emit(terminal: table.terminal, page: table.markdown)
  }

  /// The closing list of experiments for the learner.
  public func tryThis(_ suggestions: [String]) {
    emit(terminal: "\nTry this:\n" + suggestions.map { "  • " + $0 }.joined(separator: "\n"),
         page: "## Try this\n\n" + suggestions.map { "- " + $0 }.joined(separator: "\n"))
  }

  // MARK: - Numbers and figures

  /// Records a result under `key` in results.json. Keys are lowercase and dotted; values must be finite.
  public func metric(_ key: String, _ value: Double) {
    precondition(value.isFinite, "metric \(key) is not finite: \(value)")
    precondition(key == key.lowercased() && !key.contains(" "), "metric key \(key) must be lowercase without spaces")
    precondition(metrics[key] == nil, "metric \(key) recorded twice")
    metrics[key] = value
  }

  /// Records a measurement in seconds (or FLOPS) in timings.json; it never reaches the page or results.
  public func timing(_ key: String, _ value: Double) {
    timings[key] = value
  }

  /// Adds a figure to the page, with a caption under it.
  public func figure(_ figure: Figure, caption: String) {
    precondition(!figures.contains { $0.name == figure.name }, "figure \(figure.name) added twice")
    figures.append(figure)
    emit(terminal: "  [figure] \(figure.name).png: \(caption)", page: "![\(caption)](\(figure.name).png)\n\n*\(caption)*")
  }

  // MARK: - What finish() writes

  var figureList: [Figure] { figures }
  var metricList: [String: Double] { metrics }
  var timingList: [String: Double] { timings }
  var startDate: Date { started }
  var pageText: String { page.joined(separator: "\n\n") + "\n" }
  func standardOutputLine(_ text: String) { standardOutput(text) }

  private func emit(terminal: String, page block: String) {
    standardOutput(terminal)
    page.append(block)
  }
}
