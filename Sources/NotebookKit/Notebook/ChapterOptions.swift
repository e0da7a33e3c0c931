import ArgumentParser
import Foundation

/// The options every chapter executable shares (the chapter contract).
public struct ChapterOptions: ParsableArguments, Sendable {
  @Option(help: ArgumentHelp("Folder for the page, figures and results.json.", valueName: "dir"))
  public var out: String?

  @Option(help: "Seed for every random number the chapter draws; the same seed gives byte-identical output.")
  public var seed: UInt64 = ChapterOptions.defaultSeed

  @Flag(help: "Write scripts, data, page and results but do not run gnuplot.")
  public var noRender = false

  public init() {}

  /// The seed used when none is given.
  public static let defaultSeed: UInt64 = 42

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
