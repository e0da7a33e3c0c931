import Foundation

/// Why a grader rejected an answer, as the one line `make check` prints after the exercise's id:
/// `step 2, parameter 1: got 0.9981, want 0.9990 — did you apply the bias correction?`
public struct Mismatch: Error, Sendable {
  public let message: String

  public init(_ message: String) {
    self.message = message
  }

  /// "PLACE: got G, want W — HINT", the two numbers printed to the first digit where they differ.
  public init(at place: String, got: Double, want: Double, hint: String) {
    let (gotText, wantText) = distinguishingDigits(got, want)
    self.init("\(place): got \(gotText), want \(wantText) — \(hint)")
  }

  /// "PLACE: got G, want W — HINT" for values printed as they are (integers, arrays, shapes).
  public init(at place: String, got: some CustomStringConvertible, want: some CustomStringConvertible, hint: String) {
    self.init("\(place): got \(got), want \(want) — \(hint)")
  }
}

/// The two numbers with as few significant digits (at least 4) as it takes to tell them apart.
func distinguishingDigits(_ got: Double, _ want: Double) -> (String, String) {
  guard got.isFinite, want.isFinite else { return (shortForm(got), shortForm(want)) }
  for digits in 4...17 {
    let pair = (String(format: "%.\(digits)g", got), String(format: "%.\(digits)g", want))
    if pair.0 != pair.1 { return pair }
  }
  return ("\(got)", "\(want)")
}

/// A number as `%g` prints it, NaN as "nan" whatever its sign bit.
func shortForm(_ value: Double) -> String {
  value.isNaN ? "nan" : String(format: "%g", value)
}

/// A common mistake: the answer it leads to, and the hint to print when a learner's answer matches it.
struct Mistake<Answer> {
  let hint: String
  let answer: Answer
}

/// The hint of the first mistake whose answer `matches` the learner's, or `otherwise`.
func diagnose<Answer>(
  _ mistakes: [Mistake<Answer>], otherwise: String, matches: (Answer) -> Bool
) -> String {
  mistakes.first { matches($0.answer) }?.hint ?? otherwise
}
