import Foundation

/// How a child grading process ended.
enum ChildOutcome {
  /// It exited with this status; `result` is what it wrote to its result file.
  case exited(status: Int32, result: String)
  /// A signal ended it (a trap: an index out of range, a failed precondition, a stack overflow).
  case crashed(signal: Int32)
  /// It ran past the time limit and was killed.
  case timedOut
}

/// Each exercise may take this long before it is killed and reported as a hang. The slowest grader takes
/// well under a second in a debug build on a 2-core machine; 10 s leaves room for a slower machine while
/// a learner's endless loop costs only 10 s.
let exerciseTimeLimit: TimeInterval = 10

/// How often the parent looks whether a child has finished: short beside a child's ~20 ms start-up.
let childPollInterval: UInt32 = 2_000  // microseconds

/// Runs this same executable with `arguments` plus `--result FILE` in a child process, its stdout and
/// stderr going to a log file, and waits at most `exerciseTimeLimit`.
///
/// The child's crash or hang cannot touch the parent: the parent reads only the exit status, the result
/// file and the log. Swift's backtracer is switched off in the child (`SWIFT_BACKTRACE=enable=no`): its
/// symbolicated backtraces take seconds and bury the one line that matters, "Fatal error: …".
func runChild(_ arguments: [String], in folder: URL) throws -> (outcome: ChildOutcome, log: String) {
  let resultFile = folder.appendingPathComponent("result-\(UUID().uuidString)")
  let logFile = folder.appendingPathComponent("log-\(UUID().uuidString)")
  _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
  let log = try FileHandle(forWritingTo: logFile)
  defer { try? log.close() }
  let child = Process()
  child.executableURL = ownExecutable()
  child.arguments = arguments + ["--result", resultFile.path]
  child.standardOutput = log
  child.standardError = log
  child.standardInput = FileHandle.nullDevice
  var environment = ProcessInfo.processInfo.environment
  environment["SWIFT_BACKTRACE"] = "enable=no"
  child.environment = environment
  try child.run()
  let finished = waitForExit(child, limit: exerciseTimeLimit)
  let logText = (try? String(contentsOf: logFile, encoding: .utf8)) ?? ""
  guard finished else { return (.timedOut, logText) }
  if child.terminationReason == .uncaughtSignal { return (.crashed(signal: child.terminationStatus), logText) }
  let result = (try? String(contentsOf: resultFile, encoding: .utf8)) ?? ""
  return (.exited(status: child.terminationStatus, result: result), logText)
}

/// Polls until `child` exits (true) or `limit` seconds pass, when it kills the child (false).
private func waitForExit(_ child: Process, limit: TimeInterval) -> Bool {
  let deadline = Date().addingTimeInterval(limit)
  while child.isRunning {
    guard Date() < deadline else {
      kill(child.processIdentifier, SIGKILL)
      child.waitUntilExit()
      return false
    }
    usleep(childPollInterval)
  }
  return true
}

/// The path of the running executable (`/proc/self/exe` on Linux), so that a child is this same program.
private func ownExecutable() -> URL {
  if let resolved = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
    return URL(fileURLWithPath: resolved)
  }
  return Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
}
