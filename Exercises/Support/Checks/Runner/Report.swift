import ExerciseKit
import Foundation

/// An exercise's verdict, as the parent reads it from the child's exit.
enum Verdict {
  case pass
  case fail(String)
  case notImplemented
  case crashed(String)
  case timedOut
  case couldNotStart(String)

  init(_ outcome: ChildOutcome, log: String) {
    switch outcome {
    case .exited(0, "pass"): self = .pass
    case .exited(notImplementedExitStatus, _): self = .notImplemented
    case .exited(1, let result) where result.hasPrefix("fail\n"): self = .fail(String(result.dropFirst(5)))
    case .exited(let status, _): self = .crashed("exited with status \(status) before the grader finished")
    case .crashed(let signal): self = .crashed(Verdict.fatalErrorLine(in: log) ?? "signal \(signal)")
    case .timedOut: self = .timedOut
    }
  }

  /// The runtime's "Fatal error: …" line, without the file and line that come before it.
  static func fatalErrorLine(in log: String) -> String? {
    guard let line = log.split(separator: "\n").first(where: { $0.contains("Fatal error") }),
      let range = line.range(of: "Fatal error")
    else { return nil }
    return String(line[range.lowerBound...])
  }

  /// The text after the exercise's id on its line.
  func describe(file: String) -> String {
    switch self {
    case .pass: ""
    case .fail(let message): message
    case .notImplemented: "not yet implemented (Exercises/\(file))"
    case .crashed(let reason): "crashed — \(reason)"
    case .timedOut: "did not finish within \(Int(exerciseTimeLimit)) s — an endless loop?"
    case .couldNotStart(let reason): "could not start its grading process: \(reason)"
    }
  }
}

/// Runs one grading child and reads its verdict.
func verdict(_ arguments: [String], in folder: URL) -> (Verdict, log: String) {
  do {
    let (outcome, log) = try runChild(arguments, in: folder)
    return (Verdict(outcome, log: log), log)
  } catch {
    return (.couldNotStart("\(error)"), "")
  }
}

/// A scratch folder for the children's result and log files, removed afterwards.
func withScratchFolder<Result>(_ body: (URL) -> Result) -> Result {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("neural-course-check-\(UUID().uuidString)")
  try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  defer { try? FileManager.default.removeItem(at: folder) }
  return body(folder)
}

/// Prints what the learner's code printed, indented, at most a few lines; the runtime's crash report (the
/// "Fatal error" line, already on the exercise's line, and the stack trace after it) is left out.
func printChildOutput(_ log: String) {
  let shownLines = 8
  let lines = log.split(separator: "\n").prefix { !$0.contains("Fatal error") && !$0.hasPrefix("Current stack trace") }
  for line in lines.prefix(shownLines) { emit("    │ \(line)") }
  if lines.count > shownLines { emit("    │ … \(lines.count - shownLines) more lines") }
}

/// Grades every exercise of `chapter` (all when nil), one line each and the count; true when all pass.
func gradeAll(chapter: String?) -> Bool {
  let exercises = exerciseCatalog().filter { chapter == nil || $0.chapter == chapter }
  let passed = withScratchFolder { folder in
    exercises.filter { exercise in
      let (result, log) = verdict(["--grade-one", exercise.id], in: folder)
      if case .pass = result {
        emit("✓ \(exercise.id)")
      } else {
        emit("✗ \(exercise.id): \(result.describe(file: exercise.file))")
        printChildOutput(log)
      }
      if case .pass = result { return true }
      return false
    }.count
  }
  emit("\(passed) of \(exercises.count) exercises pass")
  return passed == exercises.count
}

/// Proves that each exercise's grader rejects its mutants with the expected hint, and that every exercise
/// has at least one mutant; one line each and the count; true when all are rejected.
func rejectAll(_ mutants: [Mutant], chapter: String?) -> Bool {
  let selected = mutants.indices.filter { chapter == nil || mutants[$0].exerciseID.hasPrefix(chapter ?? "") }
  let rejected = withScratchFolder { folder in
    selected.filter { index in
      let mutant = mutants[index]
      let (result, _) = verdict(["--grade-mutant", String(index)], in: folder)
      let ok: Bool
      switch result {
      case .fail(let message) where message.contains(mutant.expectedHint):
        ok = true
        emit("✓ \(mutant.exerciseID) rejects \(mutant.mistake): \(message)")
      case .pass:
        ok = false
        emit("✗ \(mutant.exerciseID) accepts \(mutant.mistake)")
      default:
        ok = false
        emit("✗ \(mutant.exerciseID) rejects \(mutant.mistake) without the hint “\(mutant.expectedHint)”: \(result.describe(file: ""))")
      }
      return ok
    }.count
  }
  let uncovered = exerciseCatalog().filter { exercise in
    (chapter == nil || exercise.chapter == chapter) && !mutants.contains { $0.exerciseID == exercise.id }
  }
  for exercise in uncovered { emit("✗ \(exercise.id) has no mutant: nothing proves its grader can fail") }
  emit("\(rejected) of \(selected.count) mutants rejected")
  return rejected == selected.count && uncovered.isEmpty
}

/// Writes `text` and a terminator to standard output at once, unbuffered, so that each exercise's line
/// appears as soon as it is graded, even through a pipe.
func emit(_ text: String, terminator: String = "\n") {
  FileHandle.standardOutput.write(Data((text + terminator).utf8))
}
