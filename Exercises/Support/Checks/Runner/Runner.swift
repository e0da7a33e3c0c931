import Foundation

/// The entry point of `check` and `check-solutions`: grades `implementations` as the command line asks and
/// exits (0 when everything asked for passes, 1 otherwise, 64 for a usage error).
public func runChecks(implementations: Implementations, mutants: [Mutant]) -> Never {
  let program = URL(fileURLWithPath: CommandLine.arguments[0]).lastPathComponent
  let arguments = Array(CommandLine.arguments.dropFirst())
  switch parseRequest(arguments) {
  case nil:
    let problem = "error: unknown chapter or option in “\(arguments.joined(separator: " "))”; chapters: "
    FileHandle.standardError.write(Data((problem + chapterSlugs.joined(separator: " ") + "\n\n" + usage(program) + "\n").utf8))
    exit(64)
  case .mutants where mutants.isEmpty:
    FileHandle.standardError.write(Data("error: --mutants grades the reference answers: run check-solutions --mutants\n".utf8))
    exit(64)
  case .help:
    emit(usage(program))
    exit(0)
  case .list:
    emit(catalogTable(), terminator: "")
    exit(0)
  case .gradeOne(let id, let result):
    gradeInChild(exerciseCatalog().first { $0.id == id }, with: implementations, resultPath: result)
  case .gradeMutant(let index, let result):
    guard mutants.indices.contains(index) else { exit(64) }
    var mutated = implementations
    mutants[index].apply(&mutated)
    gradeInChild(exerciseCatalog().first { $0.id == mutants[index].exerciseID }, with: mutated, resultPath: result)
  case .grade(let chapter):
    exit(gradeAll(chapter: chapter) ? 0 : 1)
  case .mutants(let chapter):
    exit(rejectAll(mutants, chapter: chapter) ? 0 : 1)
  }
}

/// `catalog.tsv`: a header, then chapter slug, exercise id and title, tab-separated.
func catalogTable() -> String {
  (["chapter\texercise\ttitle"] + exerciseCatalog().map { "\($0.chapter)\t\($0.id)\t\($0.title)" })
    .joined(separator: "\n") + "\n"
}

/// In the child: grades one exercise, writes "pass" or "fail" and the message to the result file, exits 0
/// or 1. An unimplemented exercise never gets here: `notImplemented()` exits first.
func gradeInChild(_ exercise: Exercise?, with implementations: Implementations, resultPath: String) -> Never {
  guard let exercise else { exit(64) }
  let verdict: String
  do {
    try exercise.grade(implementations)
    verdict = "pass"
  } catch let mismatch as Mismatch {
    verdict = "fail\n" + mismatch.message
  } catch {
    verdict = "fail\n\(error)"
  }
  _ = FileManager.default.createFile(atPath: resultPath, contents: Data(verdict.utf8))
  exit(verdict == "pass" ? 0 : 1)
}
