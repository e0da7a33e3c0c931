/// What the runner was asked to do.
enum Request: Equatable {
  /// Grade every exercise whose chapter matches `chapter` (all when nil), one child process each.
  case grade(chapter: String?)
  /// Prove that every grader rejects its mutants (`check-solutions --mutants`).
  case mutants(chapter: String?)
  /// Print `catalog.tsv`.
  case list
  /// Print the usage.
  case help
  /// In a child: grade the exercise `id` and write the verdict to `result`.
  case gradeOne(id: String, result: String)
  /// In a child: grade mutant number `index` and write the verdict to `result`.
  case gradeMutant(index: Int, result: String)
}

/// The usage text.
func usage(_ program: String) -> String {
  """
  usage: \(program) [CHAPTER] [--mutants] [--list]

  Grades the exercises, each in a child process with a time limit of \(Int(exerciseTimeLimit)) s, and prints one
  line per exercise and a last line "N of M exercises pass". Exit status 0 when all pass, 1 otherwise.

    CHAPTER     only this chapter: 04, 4 or 04-optimizers
    --mutants   prove that every grader rejects plausible wrong answers (check-solutions only)
    --list      print the catalog: chapter, exercise id, title (tab-separated)
  """
}

/// Parses the command line; nil for a usage error.
func parseRequest(_ arguments: [String]) -> Request? {
  var chapter: String?, mutants = false, result: String?, child: (String, String)?
  var remaining = arguments[...]
  while let argument = remaining.popFirst() {
    switch argument {
    case "--help", "-h": return .help
    case "--list": return .list
    case "--mutants": mutants = true
    case "--result": result = remaining.popFirst()
    case "--grade-one", "--grade-mutant":
      guard let value = remaining.popFirst() else { return nil }
      child = (argument, value)
    default:
      guard chapter == nil, !argument.hasPrefix("-"), let slug = chapterSlug(matching: argument) else { return nil }
      chapter = slug
    }
  }
  if let (kind, value) = child {
    guard let result else { return nil }
    if kind == "--grade-one" { return .gradeOne(id: value, result: result) }
    return Int(value).map { .gradeMutant(index: $0, result: result) }
  }
  return mutants ? .mutants(chapter: chapter) : .grade(chapter: chapter)
}

/// The slug of the chapter `04`, `4` or `04-optimizers` names; nil if none does.
func chapterSlug(matching text: String) -> String? {
  let number = Int(text.prefix { $0.isNumber })
  return chapterSlugs.first { slug in
    slug == text || (number != nil && Int(slug.prefix(2)) == number && text.allSatisfy(\.isNumber))
  }
}
