import ArgumentParser
import Foundation

/// The options every chapter executable shares (the chapter contract).
public struct ChapterOptions: ParsableArguments, Sendable {
  @Option(help: ArgumentHelp(
    "Folder for the page, figures and results.json (default plots/<chapter>); replaced whole by each run, "
      + "and refused if it holds files no chapter wrote.", valueName: "dir"))
  public var out: String?

  @Option(parsing: .unconditional, help: ArgumentHelp(
    "Seed for every random number the chapter draws, a whole number from 0 to 18446744073709551615; "
      + "the same seed gives byte-identical output.", valueName: "seed"))
  public var seed: UInt64 = ChapterOptions.defaultSeed

  @Flag(help: "Write scripts, data, page and results but do not run gnuplot.")
  public var noRender = false

  @Option(parsing: .unconditional, help: ArgumentHelp(
    "Seconds gnuplot may take to render the figures, 1 to 3600; it is stopped after that.", valueName: "seconds"))
  public var renderTimeout = PositiveDouble(ChapterOptions.defaultRenderTimeout)

  @Option(help: ArgumentHelp(
    "Which pages to write, en (README.md), zh (README.zh.md) or all; the terminal shows Chinese for zh, and "
      + "for all when LANG starts with zh. results.json is the same whatever the language.", valueName: "language"))
  public var lang: LessonLanguage = .all

  public init() {}

  public func validate() throws {
    if out?.isEmpty == true { throw ValidationError("--out needs a folder name (it was empty).") }
    if renderTimeout.value < 1 || renderTimeout.value > ChapterOptions.maximumRenderTimeout {
      throw ValidationError("--render-timeout must be between 1 and 3600 seconds.")
    }
  }

  /// The seed used when none is given.
  public static let defaultSeed: UInt64 = 42
  /// How long gnuplot may render a chapter's figures by default; they take well under 10 s.
  public static let defaultRenderTimeout = 120.0
  /// The longest render the option accepts: an hour.
  public static let maximumRenderTimeout = 3600.0

  /// `--out`, or `plots/<slug>` relative to the working directory.
  public func outputDirectory(slug: String) -> String {
    out ?? "plots/\(slug)"
  }
}

/// A chapter option that must be a finite number greater than zero (a learning rate, a step size).
public struct PositiveDouble: ExpressibleByArgument, Sendable, Equatable, CustomStringConvertible {
  public let value: Double

  public init?(argument: String) {
    guard let value = Double(argument), value.isFinite, value > 0 else { return nil }
    self.value = value
  }

  public init(_ value: Double) {
    precondition(value.isFinite && value > 0, "PositiveDouble needs a finite value > 0, got \(value)")
    self.value = value
  }

  public var description: String { "\(value)" }
  public var defaultValueDescription: String { "\(value)" }
}

/// A chapter option that must be a whole number of at least one (steps, epochs, units, batch size).
public struct PositiveInt: ExpressibleByArgument, Sendable, Equatable, CustomStringConvertible {
  public let value: Int

  public init?(argument: String) {
    guard let value = Int(argument), value >= 1 else { return nil }
    self.value = value
  }

  public init(_ value: Int) {
    precondition(value >= 1, "PositiveInt needs a value ≥ 1, got \(value)")
    self.value = value
  }

  public var description: String { "\(value)" }
  public var defaultValueDescription: String { "\(value)" }
}

/// A chapter option that is a comma-separated list of whole numbers, each at least one (`1,8,32`: batch
/// sizes, layer widths).
public struct PositiveIntList: ExpressibleByArgument, Sendable, Equatable, CustomStringConvertible {
  public let values: [Int]

  public init?(argument: String) {
    let parts = argument.split(separator: ",", omittingEmptySubsequences: false)
    let values = parts.compactMap { Int($0.trimmingCharacters(in: .whitespaces)) }
    guard !values.isEmpty, values.count == parts.count, values.allSatisfy({ $0 >= 1 }) else { return nil }
    self.values = values
  }

  public init(_ values: [Int]) {
    precondition(!values.isEmpty && values.allSatisfy { $0 >= 1 }, "PositiveIntList needs values ≥ 1, got \(values)")
    self.values = values
  }

  public var description: String { values.map(String.init).joined(separator: ",") }
  public var defaultValueDescription: String { description }
}

/// The languages a chapter's lesson is written in.
public enum LessonLanguage: String, CaseIterable, ExpressibleByArgument, Sendable {
  case en, zh, all

  /// The page languages this choice writes, in order.
  public var pages: [String] {
    switch self {
    case .en: ["en"]
    case .zh: ["zh"]
    case .all: ["en", "zh"]
    }
  }

  /// The language the terminal shows: Chinese for `zh`, and for `all` when the locale asks for it (`LC_ALL`,
  /// else `LANG`; an empty variable counts as unset, as POSIX says).
  public func terminal(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
    switch self {
    case .en: "en"
    case .zh: "zh"
    case .all: ([environment["LC_ALL"], environment["LANG"]].compactMap { $0 }.first { !$0.isEmpty } ?? "").hasPrefix("zh") ? "zh" : "en"
    }
  }
}
