import Foundation

/// Runs a chapter executable built beside the test binary and captures what it did.
public struct ChapterProcess {
  public struct Outcome: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
  }

  /// Where the chapter executables are: `COURSE_BIN` when set (`make test` points it at the release
  /// build, so the numeric chapters run optimized), else the folder of this test build's products.
  public static var productsDirectory: URL {
    if let bin = ProcessInfo.processInfo.environment["COURSE_BIN"], !bin.isEmpty {
      return URL(fileURLWithPath: bin, isDirectory: true)
    }
    return testProductsDirectory
  }

  /// The folder holding the products of this test build (`.build/debug` or `.build/release`).
  public static var testProductsDirectory: URL {
    let runner = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    var directory = runner.deletingLastPathComponent()
    // On macOS the runner sits inside `NAME.xctest/Contents/MacOS`.
    while directory.path.contains(".xctest") { directory = directory.deletingLastPathComponent() }
    return directory
  }

  /// Runs `name` with `arguments`; `environment` entries replace this process's variables of the same name.
  public static func run(
    _ name: String, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> Outcome {
    try run(executable: productsDirectory.appendingPathComponent(name), arguments, environment: environment)
  }

  /// Runs the program at `executable` with `arguments`; `environment` entries replace this process's
  /// variables of the same name.
  public static func run(
    executable: URL, _ arguments: [String], environment: [String: String] = [:]
  ) throws -> Outcome {
    let process = Process()
    process.executableURL = executable
    process.arguments = arguments
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let output = Pipe(), error = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = FileHandle.nullDevice
    try process.run()
    // Read both pipes concurrently so a chatty child never blocks on a full pipe.
    let errorData = ErrorDrain(error.fileHandleForReading)
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Outcome(
      status: process.terminationStatus,
      standardOutput: String(decoding: outputData, as: UTF8.self),
      standardError: String(decoding: errorData.wait(), as: UTF8.self))
  }

  /// A fresh empty folder under the system's temporary directory.
  public static func temporaryDirectory(_ label: String) throws -> URL {
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("\(label)-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }

  /// The `metrics` of a results.json.
  public static func metrics(in directory: URL) throws -> [String: Double] {
    let data = try Data(contentsOf: directory.appendingPathComponent("results.json"))
    guard let object = try JSONSerialization.jsonObject(with: data) as? [String: Any],
      let metrics = object["metrics"] as? [String: Any]
    else { throw CocoaError(.fileReadCorruptFile) }
    return metrics.compactMapValues { ($0 as? NSNumber)?.doubleValue }
  }
}

/// Reads a file handle to its end on a background thread.
private final class ErrorDrain: @unchecked Sendable {
  private var data = Data()
  private let done = DispatchSemaphore(value: 0)

  init(_ handle: FileHandle) {
    Thread.detachNewThread { [self] in
      data = handle.readDataToEndOfFile()
      done.signal()
    }
  }

  func wait() -> Data {
    done.wait()
    return data
  }
}
