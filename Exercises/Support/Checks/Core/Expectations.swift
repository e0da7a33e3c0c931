import NeuralKit

/// The comparisons every grader is made of. Each throws a ``Mismatch`` at the first element that differs,
/// with the hint of the first listed mistake whose whole answer matches the learner's (the likeliest
/// cause), or the general hint `otherwise`.

/// One number.
func expectClose(
  _ got: Double, _ want: Double, _ tolerance: Tolerance, at place: String,
  mistakes: [Mistake<Double>] = [], otherwise: String
) throws {
  guard !tolerance.accepts(got, want) else { return }
  let hint = diagnose(mistakes, otherwise: otherwise) { tolerance.accepts(got, $0) }
  throw Mismatch(at: place, got: got, want: want, hint: hint)
}

/// A vector, element by element; `place(i)` names element i ("step 2, parameter 1").
func expectClose(
  _ got: [Double], _ want: [Double], _ tolerance: Tolerance, at place: (Int) -> String,
  mistakes: [Mistake<[Double]>] = [], otherwise: String
) throws {
  guard got.count == want.count else {
    throw Mismatch(at: place(0), got: "\(got.count) values", want: "\(want.count)", hint: "return one value per element")
  }
  guard let index = want.indices.first(where: { !tolerance.accepts(got[$0], want[$0]) }) else { return }
  let hint = diagnose(mistakes, otherwise: otherwise) { tolerance.accepts(got, $0) }
  throw Mismatch(at: place(index), got: got[index], want: want[index], hint: hint)
}

/// A matrix: first its shape, then element by element ("softmax, row 0, column 2").
func expectClose(
  _ got: Matrix, _ want: Matrix, _ tolerance: Tolerance, named name: String,
  mistakes: [Mistake<Matrix>] = [], otherwise: String
) throws {
  guard got.rows == want.rows, got.columns == want.columns else {
    throw Mismatch(at: "\(name) shape", got: got.shapeDescription, want: want.shapeDescription,
      hint: "check which dimension is rows (examples) and which is columns")
  }
  let matching = mistakes.filter { $0.answer.shape == got.shape }
  try expectClose(
    got.storage, want.storage, tolerance,
    at: { "\(name), row \($0 / max(want.columns, 1)), column \($0 % max(want.columns, 1))" },
    mistakes: matching.map { Mistake(hint: $0.hint, answer: $0.answer.storage) }, otherwise: otherwise)
}

/// Anything compared exactly: counts, indices, integer tables.
func expectEqual<Value: Equatable & CustomStringConvertible>(
  _ got: Value, _ want: Value, at place: String, mistakes: [Mistake<Value>] = [], otherwise: String
) throws {
  guard got != want else { return }
  let hint = diagnose(mistakes, otherwise: otherwise) { $0 == got }
  throw Mismatch(at: place, got: got, want: want, hint: hint)
}

/// A condition that must hold, with the message to print when it does not.
func expect(_ condition: Bool, _ message: @autoclosure () -> String) throws {
  guard condition else { throw Mismatch(message()) }
}

/// The sum of each column: Σᵢ Mᵢⱼ.
func columnSums(_ m: Matrix) -> [Double] {
  (0..<m.columns).map { c in m.column(c).reduce(0, +) }
}
