import Foundation

/// The log-sum-exp of a vector, computed without overflow.
///
/// ```
///   LSE(z) = ln Σⱼ e^(zⱼ) = m + ln Σⱼ e^(zⱼ − m),     m = maxⱼ zⱼ
/// ```
// Subtracting the maximum makes every exponent ≤ 0, so no term overflows and the largest term is
// exactly 1: LSE(1000, 0, −1000) = 1000, where the naive sum is ∞.
public func logSumExp(_ z: [Double]) -> Double {
  logSumExp(of: z)
}

/// ``logSumExp(_:)-([Double])`` of any collection of numbers (a row of a matrix, without copying it).
@inlinable
func logSumExp<Numbers: Collection<Double>>(of z: Numbers) -> Double {
  guard let m = z.max() else { return -.infinity }
  guard m.isFinite else { return m }
  return m + log(z.reduce(0) { $0 + exp($1 - m) })
}

/// The log-sum-exp of each row of `logits`, as a rows×1 matrix.
public func logSumExp(_ logits: Matrix) -> Matrix {
  Matrix(columnVector: (0..<logits.rows).map { logSumExp(logits.row($0)) })
}

/// The softmax of each row: a probability distribution over the columns.
///
/// ```
///                e^(zⱼ)
///   softmax(z)ⱼ = ─────────  = e^(zⱼ − LSE(z))
///               Σₖ e^(zₖ)
/// ```
public func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let lse = logSumExp(logits.row(r))
    for c in 0..<logits.columns { result[r, c] = exp(logits[r, c] - lse) }
  }
  return result
}

/// Softmax cross-entropy from logits and integer class labels, mean-reduced over the rows; PyTorch's
/// `cross_entropy(logits, labels)`.
///
/// ```
///   L = (1/n) Σᵢ −ln softmax(zᵢ)_yᵢ = (1/n) Σᵢ [LSE(zᵢ) − z_{i,yᵢ}]
///
///   ∂L/∂z_{ij} = (softmax(zᵢ)ⱼ − [j = yᵢ]) / n
/// ```
/// `logits` is n×k (one row per example); `labels` holds n class indices in 0..<k. The gradient has
/// the shape of `logits`; each of its rows sums to 0.
// ln softmax is evaluated as z − LSE(z), never as ln(e^z/Σ): the ratio underflows to 0 for a logit far
// below the maximum and its logarithm would be −∞; the difference is exact. Logits (1000, 0, −1000)
// with label 2 give 2000.
public func softmaxCrossEntropy(logits: Matrix, labels: [Int]) -> (loss: Double, gradient: Matrix) {
  precondition(
    labels.count == logits.rows, "softmaxCrossEntropy: \(labels.count) labels for \(logits.rows) rows")
  let n = Double(logits.rows), k = logits.columns
  var gradient = logits
  var total = 0.0
  // One LSE per row serves both the loss and the softmax (no row copies): this runs once per training step.
  for (r, label) in labels.enumerated() {
    precondition(label >= 0 && label < k, "softmaxCrossEntropy: label \(label) outside 0..<\(k)")
    let row = r * k..<(r + 1) * k
    let lse = logSumExp(of: logits.storage[row])
    for index in row { gradient.storage[index] = exp(logits.storage[index] - lse) }
    total += lse - logits.storage[r * k + label]
    gradient.storage[r * k + label] -= 1
  }
  for index in gradient.storage.indices { gradient.storage[index] /= n }
  return (total / n, gradient)
}
