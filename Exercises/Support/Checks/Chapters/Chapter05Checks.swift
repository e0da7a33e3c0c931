import ExerciseKit
import Foundation
import NeuralKit

/// Chapter 05: a dense layer's forward and backward pass, a scalar autograd's backward pass, a gradient check.
let chapter05Exercises = [
  Exercise(
    "05-forward-backward/dense-forward", "a dense layer's forward pass Y = XW + b",
    file: "05-ForwardBackward/DenseForward.swift", grade: gradeDenseForward),
  Exercise(
    "05-forward-backward/dense-backward", "a dense layer's backward pass: ∂L/∂X, ∂L/∂W, ∂L/∂b",
    file: "05-ForwardBackward/DenseBackward.swift", grade: gradeDenseBackward),
  Exercise(
    "05-forward-backward/scalar-backward", "reverse-mode autograd for +, × and tanh",
    file: "05-ForwardBackward/ScalarBackward.swift", grade: gradeScalarBackward),
  Exercise(
    "05-forward-backward/gradient-check", "a gradient check by central differences",
    file: "05-ForwardBackward/GradientCheck.swift", grade: gradeGradientCheck),
]

/// A batch of 4 examples with 3 features into 2 outputs (no square shapes, so a wrong transpose shows),
/// and the same layer on a zero batch and on one example.
func denseCases() -> [(name: String, input: Matrix, weights: Matrix, bias: Matrix)] {
  var generator = SeededGenerator(seed: 5)
  let weights = Matrix.randomNormal(rows: 3, columns: 2, using: &generator)
  let bias = Matrix(rowVector: [0.5, -1.5])
  return [
    ("a 4×3 batch", Matrix.randomNormal(rows: 4, columns: 3, using: &generator), weights, bias),
    ("a zero batch", Matrix(rows: 2, columns: 3), weights, bias),
    ("one example", Matrix(rowVector: [1, -2, 0.5]), weights, bias),
  ]
}

/// XW + b, the bias added to every row.
func denseReference(_ x: Matrix, _ w: Matrix, _ b: Matrix) -> Matrix {
  var y = x.matmul(w)
  for r in 0..<y.rows { for c in 0..<y.columns { y[r, c] += b[0, c] } }
  return y
}

private func gradeDenseForward(_ implementations: Implementations) throws {
  for (name, x, w, b) in denseCases() {
    var firstRowOnly = x.matmul(w)
    for c in 0..<b.columns { firstRowOnly[0, c] += b[0, c] }
    try expectClose(
      implementations.forwardBackward.denseForward(x, w, b), denseReference(x, w, b), .reordered, named: "Y for \(name)",
      mistakes: [
        Mistake(hint: "did you add the bias b to every row?", answer: x.matmul(w)),
        Mistake(hint: "the bias is added to every row (every example), not just the first", answer: firstRowOnly),
      ],
      otherwise: "Y = XW + b: row i is xᵢW + b")
  }
}

private func gradeDenseBackward(_ implementations: Implementations) throws {
  var generator = SeededGenerator(seed: 6)
  for (name, x, w, b) in denseCases() {
    let g = Matrix.randomNormal(rows: x.rows, columns: w.columns, using: &generator)
    let got = implementations.forwardBackward.denseBackward(x, w, g)
    // L = Σ G ⊙ (XW + b) has ∂L/∂Y = G: central differences give the three gradients without any formula.
    let loss = { (x: Matrix, w: Matrix, b: Matrix) in (denseReference(x, w, b) * g).sum() }
    try expectClose(
      got.inputGradient, centralDifferenceGradient(of: { loss($0, w, b) }, at: x), .centralDifference,
      named: "∂L/∂X for \(name)", otherwise: "∂L/∂X = G·Wᵀ")
    try expectClose(
      got.weightsGradient, centralDifferenceGradient(of: { loss(x, $0, b) }, at: w), .centralDifference,
      named: "∂L/∂W for \(name)",
      mistakes: [Mistake(hint: "did you average over the batch? L sums over the rows: ∂L/∂W = XᵀG", answer: x.transposed().matmul(g) / Double(x.rows))],
      otherwise: "∂L/∂W = XᵀG")
    try expectClose(
      got.biasGradient, centralDifferenceGradient(of: { loss(x, w, $0) }, at: b), .centralDifference,
      named: "∂L/∂b for \(name)",
      mistakes: [
        Mistake(hint: "every example adds its share: sum G over the rows, don't average", answer: Matrix(rowVector: columnSums(g)) / Double(x.rows)),
        Mistake(hint: "the bias gradient is G's column sums, a 1×outputs row", answer: Matrix(rowVector: Array(g.row(0)))),
      ],
      otherwise: "∂L/∂b = Σᵢ Gᵢ (the column sums of G)")
  }
}

// MARK: - Scalar autograd

/// The same expression built twice: from the learner's `Scalar` and from NeuralKit's `Value`.
struct ScalarGraph {
  let name: String
  /// Given leaf values, returns (output, leaves) for Scalar and for Value.
  let buildScalar: ([Scalar]) -> Scalar
  let buildValue: ([Value]) -> Value
  let leaves: [Double]
  let hint: String
}

func scalarGraphs() -> [ScalarGraph] {
  [
    ScalarGraph(
      name: "tanh(a·b + c)", buildScalar: { ($0[0] * $0[1] + $0[2]).tanh() },
      buildValue: { ($0[0] * $0[1] + $0[2]).tanh() }, leaves: [0.5, -0.75, 0.25],
      hint: "local derivatives: ∂(a+b)/∂a = 1, ∂(a·b)/∂a = b, ∂tanh(a)/∂a = 1 − tanh²a; multiply by out.grad"),
    ScalarGraph(
      name: "micrograd's neuron tanh(x₁w₁ + x₂w₂ + b)",
      buildScalar: { ($0[0] * $0[1] + $0[2] * $0[3] + $0[4]).tanh() },
      buildValue: { ($0[0] * $0[1] + $0[2] * $0[3] + $0[4]).tanh() }, leaves: [2, -3, 0, 1, 6.8813735870195432],
      hint: "∂tanh(a)/∂a = 1 − tanh²(a): the output's data is tanh(a) already"),
    ScalarGraph(
      name: "a·a + a (a used three times)", buildScalar: { $0[0] * $0[0] + $0[0] },
      buildValue: { $0[0] * $0[0] + $0[0] }, leaves: [3],
      hint: "a node used several times gets every contribution: accumulate with +=, never ="),
    ScalarGraph(
      name: "y + x·y with y = x·x", buildScalar: { let y = $0[0] * $0[0]; return y + $0[0] * y },
      buildValue: { let y = $0[0] * $0[0]; return y + $0[0] * y }, leaves: [3],
      hint: "propagate in reverse topological order: a node passes its grad on only after every node that uses it has added to it"),
    ScalarGraph(
      name: "a chain of 500 tanh", buildScalar: { (0..<500).reduce($0[0]) { node, _ in node.tanh() } },
      buildValue: { (0..<500).reduce($0[0]) { node, _ in node.tanh() } }, leaves: [0.3],
      hint: "every node of a long chain must be reached"),
  ]
}

private func gradeScalarBackward(_ implementations: Implementations) throws {
  let backward = implementations.forwardBackward.backward
  for graph in scalarGraphs() {
    let scalars = graph.leaves.map { Scalar($0) }, values = graph.leaves.map { Value($0) }
    let output = graph.buildScalar(scalars), reference = graph.buildValue(values)
    reference.backward()
    backward(output)
    try expectClose(
      scalars.map(\.grad), values.map(\.grad), .reordered, at: { "\(graph.name), ∂out/∂leaf \($0)" },
      otherwise: graph.hint)
    try expectClose(output.grad, 1, .exact, at: "\(graph.name), ∂out/∂out", otherwise: "start with output.grad = 1")
    backward(output)
    try expectClose(
      scalars.map(\.grad), values.map(\.grad), .reordered, at: { "\(graph.name) after a second backward, ∂out/∂leaf \($0)" },
      otherwise: "set every grad in the graph to 0 before accumulating, so that a second backward gives the same")
  }
}

// MARK: - Gradient check

/// Relative errors at or below this mean "the analytic gradient is right" (CS231n's threshold).
let gradientCheckPassMark = 1e-7

private func gradeGradientCheck(_ implementations: Implementations) throws {
  let check = implementations.forwardBackward.gradientCheck
  let f: ([Double]) -> Double = { x in x[0] * x[0] * x[1] + sin(x[1]) + exp(x[2]) }
  let point = [1.5, -0.5, 0.25]
  let right = [2 * point[0] * point[1], point[0] * point[0] + cos(point[1]), exp(point[2])]
  let correctError = check(f, right, point)
  try expect(
    correctError <= gradientCheckPassMark,
    "the right gradient of x²y + sin y + e^z: got relative error \(String(format: "%.3g", correctError)), want ≤ 1e-7 — "
      // Dividing by h instead of 2h doubles every estimate (relative error 0.5); a one-sided difference
      // is off by O(h) ≈ 1e-5.
      + (correctError > 0.1 ? "a central difference divides by 2h: [f(x + h) − f(x − h)]/2h"
        : "use the central difference [f(x + h) − f(x − h)]/2h: the one-sided one is only O(h) accurate"))
  var wrong = right
  wrong[1] *= 2
  let wantWrong = relativeError(wrong[1], right[1])
  try expectClose(
    check(f, wrong, point), wantWrong, .centralDifference, at: "a gradient with ∂f/∂y doubled",
    mistakes: [Mistake(hint: "report the relative error |a − n| / max(|a|, |n|), not the absolute one", answer: abs(wrong[1] - right[1]))],
    otherwise: "return the largest relative error |a − n| / max(|a|, |n|) over the components")
  try expectClose(
    check({ _ in 0 }, [0, 0], [1, 2]), 0, .exact, at: "a constant function with gradient 0",
    otherwise: "when both gradients are 0, the relative error is 0 (not 0/0 = NaN)")
}
