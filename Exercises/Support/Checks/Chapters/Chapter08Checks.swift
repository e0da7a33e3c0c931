import Foundation
import NeuralKit

/// Chapter 08: BatchNorm's forward and backward pass in training mode, and inverted dropout. NeuralKit has
/// neither, so the graders use numpy's values (the fixture), central differences and closed-form invariants.
let chapter08Exercises = [
  Exercise(
    "08-techniques/batchnorm-forward", "BatchNorm's forward pass in training mode",
    file: "08-Techniques/BatchNormForward.swift", grade: gradeBatchNormForward),
  Exercise(
    "08-techniques/batchnorm-backward", "BatchNorm's backward pass: ∂L/∂X, ∂L/∂γ, ∂L/∂β",
    file: "08-Techniques/BatchNormBackward.swift", grade: gradeBatchNormBackward),
  Exercise(
    "08-techniques/inverted-dropout", "inverted dropout, training and evaluation mode",
    file: "08-Techniques/InvertedDropout.swift", grade: gradeInvertedDropout),
]

/// What the BatchNorm mistakes change.
struct BatchNormVariant {
  var unbiasedVariance = false
  var epsilonOutsideRoot = false
  var alongRows = false
  var affine = true
}

/// γ ⊙ (x − μ)/√(σ² + ε) + β over each column, or with one of the mistakes.
func batchNormReference(_ x: Matrix, _ gamma: [Double], _ beta: [Double], _ epsilon: Double, _ variant: BatchNormVariant = .init()) -> Matrix {
  if variant.alongRows {
    var rowwise = variant
    rowwise.alongRows = false
    let rows = x.rows
    return batchNormReference(x.transposed(), Array(repeating: 1, count: rows), Array(repeating: 0, count: rows), epsilon, rowwise).transposed()
  }
  var y = x
  for c in 0..<x.columns {
    let column = x.column(c), n = Double(column.count)
    let mean = column.reduce(0, +) / n
    let squares = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
    let variance = squares / (variant.unbiasedVariance ? n - 1 : n)
    let scale = variant.epsilonOutsideRoot ? variance.squareRoot() + epsilon : (variance + epsilon).squareRoot()
    for r in 0..<x.rows {
      let normalized = (x[r, c] - mean) / scale
      y[r, c] = variant.affine ? gamma[c] * normalized + beta[c] : normalized
    }
  }
  return y
}

private func gradeBatchNormForward(_ implementations: Implementations) throws {
  let forward = implementations.techniques.batchNormForward
  let fixture = try Fixture.load().batchnorm
  let x = Matrix(fixture.input), want = Matrix(fixture.output)
  guard Tolerance.fixture.accepts(batchNormReference(x, fixture.gamma, fixture.beta, fixture.epsilon).storage, want.storage) else {
    throw Mismatch("the grader's BatchNorm disagrees with its numpy fixture: a bug in the course")
  }
  let variant = { (variant: BatchNormVariant) in batchNormReference(x, fixture.gamma, fixture.beta, fixture.epsilon, variant) }
  try expectClose(
    forward(x, fixture.gamma, fixture.beta, fixture.epsilon), want, .fixture, named: "Y (numpy's batch, last feature constant)",
    mistakes: [
      Mistake(hint: "BatchNorm uses the biased variance: divide by n, not n − 1", answer: variant(.init(unbiasedVariance: true))),
      Mistake(hint: "ε goes inside the root: (x − μ)/√(σ² + ε)", answer: variant(.init(epsilonOutsideRoot: true))),
      Mistake(hint: "normalise each column (feature) over the batch, not each row", answer: variant(.init(alongRows: true))),
      Mistake(hint: "did you scale by γ and shift by β?", answer: variant(.init(affine: false))),
    ],
    otherwise: "yᵢⱼ = γⱼ·(xᵢⱼ − μⱼ)/√(σ²ⱼ + ε) + βⱼ, μ and σ² over the rows")
  try expectNormalizedColumns(forward)
}

/// Invariants: with γ = 1, β = 0 and ε = 0, every column of the output has mean 0 and variance 1.
private func expectNormalizedColumns(_ forward: @Sendable (Matrix, [Double], [Double], Double) -> Matrix) throws {
  var generator = SeededGenerator(seed: 8)
  let x = Matrix.randomNormal(rows: 50, columns: 3, mean: 4, standardDeviation: 2.5, using: &generator)
  let y = forward(x, [1, 1, 1], [0, 0, 0], 0)
  for c in 0..<y.columns {
    let column = y.column(c), n = Double(column.count)
    let mean = column.reduce(0, +) / n
    let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
    try expectClose(mean, 0, .cancellation, at: "mean of normalised column \(c) (γ = 1, β = 0, ε = 0)",
      otherwise: "subtract each column's mean")
    try expectClose(variance, 1, .reordered, at: "variance of normalised column \(c) (γ = 1, β = 0, ε = 0)",
      otherwise: "divide by √σ², σ² the biased variance of the column")
  }
}

private func gradeBatchNormBackward(_ implementations: Implementations) throws {
  let fixture = try Fixture.load().batchnorm
  let x = Matrix(fixture.input), g = Matrix(fixture.outputGradient), gamma = fixture.gamma
  let got = implementations.techniques.batchNormBackward(x, gamma, g, fixture.epsilon)
  let loss = { (x: Matrix, gamma: [Double]) in (batchNormReference(x, gamma, fixture.beta, fixture.epsilon) * g).sum() }
  let numerical = centralDifferenceGradient(of: { loss($0, gamma) }, at: x)
  try expect(Tolerance.centralDifference.accepts(numerical.storage, fixture.inputGradient.joined().map { $0 }),
    "the numpy fixture's ∂L/∂X disagrees with central differences: a bug in the course")
  try expectClose(
    got.inputGradient, Matrix(fixture.inputGradient), .fixture, named: "∂L/∂X",
    mistakes: [Mistake(hint: "μ and σ² depend on every input: ∂L/∂X has two extra terms, −mean(ĝ) and −x̂·mean(ĝ ⊙ x̂)", answer: frozenStatisticsGradient(x, gamma, g, fixture.epsilon))],
    otherwise: "∂L/∂xᵢ = (γ/√(σ² + ε))·(gᵢ − mean(g) − x̂ᵢ·mean(g ⊙ x̂)) per column")
  try expectClose(
    got.gammaGradient, fixture.gammaGradient, .fixture, at: { "∂L/∂γ, feature \($0)" },
    mistakes: [Mistake(hint: "∂L/∂γ = Σᵢ gᵢ·x̂ᵢ uses the normalised x̂, not x", answer: columnSums(x * g))],
    otherwise: "∂L/∂γⱼ = Σᵢ gᵢⱼ·x̂ᵢⱼ")
  try expectClose(
    got.betaGradient, fixture.betaGradient, .fixture, at: { "∂L/∂β, feature \($0)" },
    mistakes: [Mistake(hint: "sum the output gradient over the batch, don't average", answer: columnSums(g).map { $0 / Double(g.rows) })],
    otherwise: "∂L/∂βⱼ = Σᵢ gᵢⱼ")
}

/// The gradient if μ and σ² were constants: γ·g/√(σ² + ε).
private func frozenStatisticsGradient(_ x: Matrix, _ gamma: [Double], _ g: Matrix, _ epsilon: Double) -> Matrix {
  var result = g
  for c in 0..<x.columns {
    let column = x.column(c), n = Double(column.count), mean = column.reduce(0, +) / n
    let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
    for r in 0..<x.rows { result[r, c] = gamma[c] * g[r, c] / (variance + epsilon).squareRoot() }
  }
  return result
}

// MARK: - Inverted dropout

/// How many standard deviations of the binomial count of kept units a fair mask may stray: the chance of
/// a correct dropout failing is below 1e-6 (5.0σ), while keeping 1 − p in place of p (30σ away) fails.
let binomialBoundInStandardDeviations = 5.0

private func gradeInvertedDropout(_ implementations: Implementations) throws {
  let dropout = implementations.techniques.dropout
  var generator = SeededGenerator(seed: 9)
  let x = Matrix.randomUniform(rows: 100, columns: 100, in: 0.5..<2, using: &generator)
  var seeded = SeededGenerator(seed: 10)
  try expectClose(
    dropout(x, 0.3, false, &seeded), x, .exact, named: "evaluation mode", otherwise: "in evaluation mode dropout is the identity")
  try expectClose(
    dropout(x, 0, true, &seeded), x, .exact, named: "p = 0", otherwise: "with p = 0 nothing is dropped and 1/(1 − p) = 1")
  try expectClose(
    dropout(x, 1, true, &seeded), Matrix(rows: x.rows, columns: x.columns), .exact, named: "p = 1",
    otherwise: "with p = 1 every unit is dropped: return zeros (don't divide 0 by 0)")
  let p = 0.3
  let y = dropout(x, p, true, &seeded)
  try expect(y.rows == x.rows && y.columns == x.columns, "the output is \(y.shapeDescription), want \(x.shapeDescription)")
  for i in x.storage.indices where y.storage[i] != 0 {
    try expectClose(
      y.storage[i], x.storage[i] / (1 - p), .reordered, at: "kept element \(i) with p = 0.3",
      mistakes: [Mistake(hint: "inverted dropout divides kept values by 1 − p (so evaluation needs no rescaling)", answer: x.storage[i] * (1 - p))],
      otherwise: "each kept value is x/(1 − p)")
  }
  try expectKeptFraction(Double(y.storage.filter { $0 != 0 }.count), of: x.count, keep: 1 - p)
  var again = SeededGenerator(seed: 11), same = SeededGenerator(seed: 11)
  try expect(
    dropout(x, p, true, &again) == dropout(x, p, true, &same),
    "two calls with generators of the same seed gave different masks — draw the mask from the generator passed in")
}

/// The number of kept units must be within the binomial bound of n·(1 − p).
private func expectKeptFraction(_ kept: Double, of count: Int, keep: Double) throws {
  let n = Double(count), expected = n * keep
  let bound = binomialBoundInStandardDeviations * (n * keep * (1 - keep)).squareRoot()
  guard abs(kept - expected) > bound else { return }
  let hint =
    abs(kept - n * (1 - keep)) <= bound
    ? "p is the probability to drop a unit: keep each one with probability 1 − p"
    : "keep each unit independently with probability 1 − p"
  throw Mismatch(at: "units kept with p = 0.3 out of \(count)", got: kept, want: expected, hint: hint + " (binomial bound ±\(Int(bound)))")
}
