/// One exercise: where it lives, what it asks, and the grader that decides whether an implementation
/// does it.
public struct Exercise: Sendable {
  /// `04-optimizers/adam-step`: the chapter's slug, a slash, the exercise's name.
  public let id: String
  /// One line, for the catalog and the README.
  public let title: String
  /// The learner's file, relative to `Exercises/`.
  public let file: String
  /// Returns when `implementations` does the exercise; throws a ``Mismatch`` saying what is wrong.
  public let grade: @Sendable (Implementations) throws -> Void

  public init(
    _ id: String, _ title: String, file: String, grade: @escaping @Sendable (Implementations) throws -> Void
  ) {
    self.id = id
    self.title = title
    self.file = file
    self.grade = grade
  }

  /// `04-optimizers`, the part of the id before the slash.
  public var chapter: String { String(id.prefix { $0 != "/" }) }
}

/// A plausible wrong answer: the reference implementations with one entry replaced by a common mistake.
/// The self-test (`check-solutions --mutants`) proves that the exercise's grader rejects it, with a
/// message that names the mistake.
public struct Mutant: Sendable {
  /// The exercise whose grader must reject this mutant.
  public let exerciseID: String
  /// The mistake, in words.
  public let mistake: String
  /// Text the grader's message must contain: the hint it should give for this mistake.
  public let expectedHint: String
  /// Replaces the exercise's entry in the table.
  public let apply: @Sendable (inout Implementations) -> Void

  public init(
    _ exerciseID: String, _ mistake: String, hint expectedHint: String,
    apply: @escaping @Sendable (inout Implementations) -> Void
  ) {
    self.exerciseID = exerciseID
    self.mistake = mistake
    self.expectedHint = expectedHint
    self.apply = apply
  }
}
