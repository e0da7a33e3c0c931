import Foundation

// snippet: log-sum-exp
/// The log-sum-exp of a vector, computed without overflow.
///
/// ```
///   LSE(z) = ln Σⱼ e^(zⱼ) = m + ln Σⱼ e^(zⱼ − m),     m = maxⱼ zⱼ
/// ```
// Subtracting the maximum makes every exponent ≤ 0, so no term overflows and the largest term is
// exactly 1: LSE(1000, 0, −1000) = 1000, where the naive sum is ∞.
public func logSumExp(_ z: [Double]) -> Double {
  let (m, logSum) = z.withUnsafeBufferPointer(shiftedLogSumExp)
  return m + logSum
}
// snippet end

/// The maximum m of `z` and ln Σⱼ e^(zⱼ − m), the two parts of ``logSumExp(_:)-([Double])``, kept apart.
// Adding m and then subtracting a logit loses the small part when |m| is large: for k equal logits
// 1e300, (1e300 + ln k) − 1e300 = 0, not ln k. Callers subtract logits from m first, which is exact
// for the maximum itself, and add the logarithm afterwards.
// It reads a run of memory (a matrix row, in place) so per-row loops copy nothing.
private func shiftedLogSumExp(_ z: UnsafeBufferPointer<Double>) -> (max: Double, logSum: Double) {
  guard let m = z.max() else { return (-.infinity, 0) }
  guard m.isFinite else { return (m, 0) }
  return (m, log(z.reduce(0) { $0 + exp($1 - m) }))
}

/// The log-sum-exp of each row of `logits`, as a rows×1 matrix.
public func logSumExp(_ logits: Matrix) -> Matrix {
  Matrix(columnVector: (0..<logits.rows).map {
    let (m, logSum) = logits.withRow($0, shiftedLogSumExp)
    return m + logSum
  })
}

// snippet: softmax
/// The softmax of each row: a probability distribution over the columns.
///
/// ```
///                e^(zⱼ)
///   softmax(z)ⱼ = ─────────  = e^(zⱼ − LSE(z))
///               Σₖ e^(zₖ)
/// ```
// Evaluated as e^(zⱼ − m) / Σₖ e^(zₖ − m), m the row's maximum: every exponent is ≤ 0 and the division
// is correctly rounded, so k equal logits give exactly 1/k whatever their size (e^(z − LSE) gives
// 0.50000000000003 at z = 1000 and 1 at z = 1e300). A row holding NaN or +∞ is all NaN, as in
// PyTorch; a −∞ logit beside finite ones gets probability 0.
public func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let m = logits.withRow(r) { $0.max() } ?? 0
    var total = 0.0
    for c in 0..<logits.columns {
      result[r, c] = exp(logits[r, c] - m)
      total += result[r, c]
    }
    for c in 0..<logits.columns { result[r, c] /= total }
  }
  return result
}
// snippet end

// snippet: softmax-cross-entropy
/// Softmax cross-entropy from logits and integer class labels, mean-reduced over the rows; PyTorch's
/// `cross_entropy(logits, labels)`.
///
/// ```
///   L = (1/n) Σᵢ −ln softmax(zᵢ)_yᵢ = (1/n) Σᵢ [LSE(zᵢ) − z_{i,yᵢ}]
///
///   ∂L/∂z_{ij} = (softmax(zᵢ)ⱼ − [j = yᵢ]) / n
/// ```
/// `logits` is n×k (one row per example); `labels` holds n class indices in 0..<k. The gradient has
/// the shape of `logits`; each of its rows sums to 0. A NaN logit makes the loss NaN and its row of the
/// gradient NaN, as in PyTorch; no rows give a NaN loss (the mean of nothing) and an empty gradient.
// −ln softmax is evaluated as (m − z_y) + ln Σ e^(z − m), m the row's maximum, never as −ln(e^z/Σ): the
// ratio underflows to 0 for a logit far below the maximum and its logarithm would be −∞. Logits
// (1000, 0, −1000) with label 2 give 2000; k tied logits give ln k at any size.
public func softmaxCrossEntropy(logits: Matrix, labels: [Int]) -> (loss: Double, gradient: Matrix) {
  requireLabels(labels, for: logits)
  let n = Double(logits.rows)
  var gradient = logits
  var total = 0.0
  for (r, label) in labels.enumerated() {
    // One pass of exponentials serves the loss and the softmax row. Σ e^(z − m) is summed in the order
    // shiftedLogSumExp and softmax sum it, and each gradient entry is (softmax − [j = y]) / n.
    let m = logits.withRow(r) { $0.max() } ?? 0
    var sum = 0.0
    for c in 0..<logits.columns {
      gradient[r, c] = exp(logits[r, c] - m)
      sum += gradient[r, c]
    }
    total += (m - logits[r, label]) + (m.isFinite ? log(sum) : 0)
    for c in 0..<logits.columns { gradient[r, c] = (gradient[r, c] / sum - (c == label ? 1 : 0)) / n }
  }
  return (total / n, gradient)
}
// snippet end

/// The loss of ``softmaxCrossEntropy(logits:labels:)`` alone, without forming a softmax (evaluation).
public func softmaxCrossEntropyLoss(logits: Matrix, labels: [Int]) -> Double {
  requireLabels(labels, for: logits)
  var total = 0.0
  for (r, label) in labels.enumerated() {
    let (m, logSum) = logits.withRow(r, shiftedLogSumExp)
    total += (m - logits[r, label]) + logSum
  }
  return total / Double(logits.rows)
}

/// Stops with a message unless there is one label in 0..<k per row of n×k logits.
private func requireLabels(_ labels: [Int], for logits: Matrix) {
  precondition(
    labels.count == logits.rows,
    "softmaxCrossEntropy: \(labels.count) labels for \(logits.rows)×\(logits.columns) logits (one per row)")
  for label in labels {
    precondition(label >= 0 && label < logits.columns, "softmaxCrossEntropy: label \(label) outside 0..<\(logits.columns)")
  }
}
