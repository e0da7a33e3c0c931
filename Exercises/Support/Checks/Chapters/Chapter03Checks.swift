import Foundation
import NeuralKit

/// Chapter 03: mean squared error and its gradient, a stable softmax, softmax cross-entropy and its gradient.
let chapter03Exercises = [
  Exercise(
    "03-losses/mean-squared-error", "mean squared error and its gradient",
    file: "03-Losses/MeanSquaredError.swift", grade: gradeMeanSquaredError),
  Exercise(
    "03-losses/softmax", "a row-wise softmax that survives logits of 1000", file: "03-Losses/Softmax.swift",
    grade: gradeSoftmax),
  Exercise(
    "03-losses/cross-entropy-loss", "softmax cross-entropy from logits, stable for large logits",
    file: "03-Losses/CrossEntropyLoss.swift", grade: gradeCrossEntropyLoss),
  Exercise(
    "03-losses/cross-entropy-gradient", "the gradient of softmax cross-entropy with respect to the logits",
    file: "03-Losses/CrossEntropyGradient.swift", grade: gradeCrossEntropyGradient),
]

/// Random logits, huge logits (naive eᶻ overflows), ties (the answer is exact), all very negative, zeros.
func logitCases() -> [(name: String, logits: Matrix, labels: [Int])] {
  var generator = SeededGenerator(seed: 3)
  return [
    ("random logits", Matrix.randomNormal(rows: 4, columns: 5, standardDeviation: 3, using: &generator), [0, 4, 2, 2]),
    ("logits (1000, 0, −1000)", Matrix([[1000, 0, -1000], [999, 1000, 998]]), [2, 1]),
    ("tied logits", Matrix([[5, 5, 5, 5], [-2, 7, 7, -2]]), [3, 1]),
    ("logits all −1000", Matrix([[-1000, -1000, -1001]]), [2]),
    ("zero logits", Matrix(rows: 2, columns: 3), [0, 1]),
  ]
}

private func gradeMeanSquaredError(_ implementations: Implementations) throws {
  let losses = implementations.losses
  var generator = SeededGenerator(seed: 2)
  let prediction = Matrix.randomNormal(rows: 3, columns: 4, using: &generator)
  let target = Matrix.randomNormal(rows: 3, columns: 4, using: &generator)
  let cases = [("random 3×4", prediction, target), ("prediction = target", target, target), ("1×1", Matrix([[2]]), Matrix([[-1]]))]
  for (name, yHat, y) in cases {
    let n = Double(yHat.count), squares = (yHat - y).storage.reduce(0) { $0 + $1 * $1 }
    try expectClose(
      losses.meanSquaredError(yHat, y), NeuralKit.meanSquaredError(yHat, y), .reordered, at: "loss, \(name)",
      mistakes: [
        Mistake(hint: "divide the sum of squares by n, the number of elements", answer: squares),
        Mistake(hint: "this course's MSE has no ½: L = (1/n) Σ (ŷ − y)²", answer: squares / (2 * n)),
        Mistake(hint: "n counts every element, not just the rows", answer: squares / Double(yHat.rows)),
      ],
      otherwise: "L = (1/n) Σ (ŷᵢ − yᵢ)²")
    try expectClose(
      losses.meanSquaredErrorGradient(yHat, y), NeuralKit.meanSquaredErrorGradient(yHat, y), .reordered,
      named: "gradient, \(name)",
      mistakes: [
        Mistake(hint: "d/dŷ (ŷ − y)² = 2(ŷ − y): did you forget the factor 2?", answer: (yHat - y) / n),
        Mistake(hint: "the gradient points uphill: 2(ŷ − y)/n, not 2(y − ŷ)/n", answer: (y - yHat) * (2 / n)),
        Mistake(hint: "the mean divides every term by n: the gradient is 2(ŷ − y)/n", answer: (yHat - y) * 2),
      ],
      otherwise: "∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ)/n")
  }
}

/// eᶻ / Σ eᶻ row by row, with no shift: overflows for logits above ~709.
func naiveSoftmax(_ logits: Matrix) -> Matrix {
  let e = logits.map(exp)
  var result = e
  for r in 0..<e.rows {
    let total = e.row(r).reduce(0, +)
    for c in 0..<e.columns { result[r, c] = e[r, c] / total }
  }
  return result
}

/// Softmax over each column instead of each row.
func columnSoftmax(_ logits: Matrix) -> Matrix { NeuralKit.softmax(logits.transposed()).transposed() }

private func gradeSoftmax(_ implementations: Implementations) throws {
  for (name, logits, _) in logitCases() {
    try expectClose(
      implementations.losses.softmax(logits), NeuralKit.softmax(logits), .reordered, named: "softmax of \(name)",
      mistakes: [
        Mistake(hint: "e^1000 overflows to ∞: subtract each row's maximum before exponentiating", answer: naiveSoftmax(logits)),
        Mistake(hint: "each row is one example: normalise along the row, not down the column", answer: columnSoftmax(logits)),
      ],
      otherwise: "softmax(z)ⱼ = e^(zⱼ − m) / Σₖ e^(zₖ − m), m the row's maximum")
  }
}

private func gradeCrossEntropyLoss(_ implementations: Implementations) throws {
  for (name, logits, labels) in logitCases() {
    let want = softmaxCrossEntropy(logits: logits, labels: labels).loss
    let naive = labels.enumerated().reduce(0) { $0 - log(naiveSoftmax(logits)[$1.offset, $1.element]) } / Double(labels.count)
    let probabilityLog = labels.enumerated().reduce(0) { $0 - log(NeuralKit.softmax(logits)[$1.offset, $1.element]) } / Double(labels.count)
    try expectClose(
      implementations.losses.crossEntropyLoss(logits, labels), want, .reordered, at: "loss of \(name)",
      mistakes: [
        Mistake(hint: "average over the rows (examples), don't sum", answer: want * Double(labels.count)),
        Mistake(hint: "e^1000 overflows: compute −ln softmax(z)_y as LSE(z) − z_y with the row's maximum subtracted", answer: naive),
        Mistake(hint: "ln of a probability that underflowed to 0 is −∞: use −ln softmax(z)_y = (m − z_y) + ln Σ e^(z − m)", answer: probabilityLog),
      ],
      otherwise: "L = (1/n) Σᵢ [LSE(zᵢ) − z_{i,yᵢ}], LSE(z) = m + ln Σⱼ e^(zⱼ − m)")
  }
}

private func gradeCrossEntropyGradient(_ implementations: Implementations) throws {
  for (name, logits, labels) in logitCases() {
    let want = softmaxCrossEntropy(logits: logits, labels: labels).gradient
    let n = Double(labels.count)
    try expectClose(
      implementations.losses.crossEntropyGradient(logits, labels), want, .reordered, named: "gradient for \(name)",
      mistakes: [
        Mistake(hint: "the loss is a mean over n rows: divide the gradient by n", answer: want * n),
        Mistake(hint: "the gradient is softmax − one-hot, not one-hot − softmax", answer: -want),
        Mistake(hint: "e^1000 overflows: use a softmax with each row's maximum subtracted", answer: naiveGradient(logits, labels)),
      ],
      otherwise: "∂L/∂z_{ij} = (softmax(zᵢ)ⱼ − [j = yᵢ]) / n")
  }
}

/// (naive softmax − one-hot)/n.
private func naiveGradient(_ logits: Matrix, _ labels: [Int]) -> Matrix {
  var result = naiveSoftmax(logits)
  for (row, label) in labels.enumerated() { result[row, label] -= 1 }
  return result / Double(labels.count)
}
