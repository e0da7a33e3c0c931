import ArgumentParser
import Foundation

/// What a chapter writes through: the values of its lesson's placeholders, its results and timings, its
/// figures; at the end ``finish()`` fills the lesson, writes the pages `README.md` (and `README.zh.md`),
/// `results.json`, `timings.json` and every figure as `.gp` + `.dat` + `.png` into a staging folder, swaps
/// it in whole (``OutputFolder``) and prints the lesson on the terminal.
public final class Notebook {
  /// The chapter's slug, `01-neurons`.
  public let slug: String
  public let options: ChapterOptions
  /// Where the files go.
  public let directory: URL

  /// The lesson templates by language (`en` from Lesson.md, `zh` from Lesson.zh.md).
  let lessons: [(language: String, template: LessonTemplate)]
  /// Where snippet paths start.
  let repositoryRoot: URL
  private var values: [String: String] = [:]
  private var metrics: [String: Double] = [:]
  /// Results that came out NaN or infinite: finish() refuses to write them.
  private(set) var nonFinite: [String] = []
  private var timings: [String: Double] = [:]
  private var figures: [Figure] = []
  private let standardOutput: (String) -> Void
  private let started = Date()

  /// Starts a chapter whose prose is a lesson template: the chapter sets the values of its placeholders
  /// and draws its figures; ``finish()`` fills every language's template, writes the pages and prints the
  /// lesson. `repositoryRoot` is where snippet paths (`{{code:PATH#NAME}}`) start.
  public init(
    slug: String, options: ChapterOptions, lessons: [(language: String, template: LessonTemplate)], repositoryRoot: URL,
    print: @escaping (String) -> Void = { Swift.print($0) }
  ) throws {
    guard let first = lessons.first else { throw LessonError.languages("\(slug): no lesson template") }
    for other in lessons.dropFirst() where Set(other.template.placeholders) != Set(first.template.placeholders) {
      let (a, b) = (Set(first.template.placeholders), Set(other.template.placeholders))
      throw LessonError.languages(
        "\(other.template.origin) and \(first.template.origin) differ in their placeholders: "
          + (a.symmetricDifference(b).sorted().map { "{{\($0)}}" }.joined(separator: ", ")))
    }
    self.slug = slug
    self.options = options
    self.directory = URL(fileURLWithPath: options.outputDirectory(slug: slug), isDirectory: true)
    self.standardOutput = print
    self.lessons = lessons
    self.repositoryRoot = repositoryRoot
  }

  /// Runs a chapter whose prose is `Lesson.md` (and `Lesson.zh.md`, when present) beside the calling
  /// source file, `Chapters/NN-Name/main.swift`; the repository root is two folders above it. A runtime
  /// failure prints one `error:` line on stderr and exits 1 (the chapter contract).
  public static func run(
    slug: String, options: ChapterOptions, source: String = #filePath, _ body: (Notebook) throws -> Void
  ) throws {
    Interruption.install()
    do {
      try OutputFolder.requireReplaceable(URL(fileURLWithPath: options.outputDirectory(slug: slug)).standardizedFileURL)
      let folder = URL(fileURLWithPath: source).deletingLastPathComponent()
      var lessons = [(language: "en", template: try LessonTemplate(contentsOf: folder.appendingPathComponent("Lesson.md")))]
      let chinese = folder.appendingPathComponent("Lesson.zh.md")
      if FileManager.default.fileExists(atPath: chinese.path) {
        lessons.append((language: "zh", template: try LessonTemplate(contentsOf: chinese)))
      }
      let book = try Notebook(
        slug: slug, options: options, lessons: lessons,
        repositoryRoot: folder.deletingLastPathComponent().deletingLastPathComponent())
      try body(book)
      try book.finish()
    } catch let error as ExitCode {
      throw error
    } catch {
      Interruption.yieldToSignalHandler()
      reportError(error)
      throw ExitCode.failure
    }
  }

  // MARK: - Values of the lesson's placeholders

  /// The value of `{{name}}`: a number as text, a word, a sentence the code composes.
  public subscript(name: String) -> String? {
    get { values[name] }
    set {
      precondition(values[name] == nil, "lesson value \(name) set twice")
      values[name] = newValue
    }
  }

  /// The body rows of a table whose header the template writes: `{{name}}` becomes `| a | b |` lines.
  public func rows(_ name: String, _ rows: [[String]]) {
    self[name] = rows.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n")
  }

  /// A fenced block (a computed trace, a listing): `{{name}}` becomes ```language … ```.
  public func block(_ name: String, _ text: String, language: String = "") {
    self[name] = "```\(language)\n\(text)\n```"
  }

  /// Records `value` in results.json under `key` and shows it as `{{key}}` in `format`.
  public func metric(_ key: String, _ value: Double, shown format: NumberFormat) {
    metric(key, value)
    self[key] = format.text(value)
  }

  /// Draws a figure the template shows as `![caption](NAME.png)`.
  public func figure(_ figure: Figure) {
    precondition(!figures.contains { $0.name == figure.name }, "figure \(figure.name) added twice")
    figures.append(figure)
  }

  // MARK: - Numbers and figures

  /// Records a result under `key` in results.json. Keys are lowercase and dotted; values must be finite.
  public func metric(_ key: String, _ value: Double) {
    guard value.isFinite else {
      nonFinite.append("\(key) = \(value)")
      return
    }
    precondition(key == key.lowercased() && !key.contains(" "), "metric key \(key) must be lowercase without spaces")
    precondition(metrics[key] == nil, "metric \(key) recorded twice")
    metrics[key] = value
  }

  /// Records a measurement in seconds (or FLOPS) in timings.json; it never reaches the page or results.
  public func timing(_ key: String, _ value: Double) {
    timings[key] = value
  }

  // MARK: - What finish() writes

  var figureList: [Figure] { figures }
  var metricList: [String: Double] { metrics }
  var timingList: [String: Double] { timings }
  var startDate: Date { started }
  var lessonValues: [String: String] { values }
  func standardOutputLine(_ text: String) { standardOutput(text) }

}

/// Prints `error: …` as one line on stderr (a closed stderr is ignored).
func reportError(_ error: Error) {
  let line = "error: " + readableDescription(of: error).replacingOccurrences(of: "\n", with: " ") + "\n"
  line.utf8CString.withUnsafeBufferPointer { _ = write(STDERR_FILENO, $0.baseAddress, $0.count - 1) }
}
