/// A loss as the last step of backpropagation: its value for a batch and ∂L/∂prediction, where backward
/// starts. Targets are matrices shaped like the predictions (one-hot rows for classification).
public protocol LossLayer: Sendable {
  /// L(prediction, target).
  func value(_ prediction: Matrix, _ target: Matrix) -> Double
  /// ∂L/∂prediction, same shape as `prediction`.
  func gradient(_ prediction: Matrix, _ target: Matrix) -> Matrix
  /// L and, when `formingGradient`, ∂L/∂prediction (else an empty matrix) for a training batch. The
  /// default reads the batch's target matrix; a loss that can use class labels directly overrides it.
  func lossAndGradient(_ prediction: Matrix, for batch: Batch, formingGradient: Bool) -> (value: Double, gradient: Matrix)
}

extension LossLayer {
  public func lossAndGradient(_ prediction: Matrix, for batch: Batch, formingGradient: Bool) -> (value: Double, gradient: Matrix) {
    let value = value(prediction, batch.targets)
    return (value, formingGradient ? gradient(prediction, batch.targets) : Matrix(rows: 0, columns: 0))
  }
}

/// Half the sum of squared errors, the loss of classic backpropagation texts:
///
/// ```
///   E = ½ Σᵢⱼ (tᵢⱼ − oᵢⱼ)²,     ∂E/∂oᵢⱼ = oᵢⱼ − tᵢⱼ
/// ```
/// The ½ cancels the 2 of the derivative; nothing is averaged.
public struct HalfSumOfSquares: LossLayer {
  public init() {}
  public func value(_ prediction: Matrix, _ target: Matrix) -> Double {
    0.5 * prediction.zipMap(target, "HalfSumOfSquares") { o, t in (t - o) * (t - o) }.sum()
  }
  public func gradient(_ prediction: Matrix, _ target: Matrix) -> Matrix {
    prediction.zipMap(target, "HalfSumOfSquares.gradient", -)
  }
}

/// Mean squared error over every element, as `torch.nn.functional.mse_loss` (see ``meanSquaredError(_:_:)``).
public struct MeanSquaredErrorLoss: LossLayer {
  public init() {}
  public func value(_ prediction: Matrix, _ target: Matrix) -> Double { meanSquaredError(prediction, target) }
  public func gradient(_ prediction: Matrix, _ target: Matrix) -> Matrix { meanSquaredErrorGradient(prediction, target) }
}

/// Softmax cross-entropy from logits against one-hot targets, averaged over the batch
/// (see ``softmaxCrossEntropy(logits:labels:)``).
public struct SoftmaxCrossEntropyLoss: LossLayer {
  public init() {}
  public func value(_ prediction: Matrix, _ target: Matrix) -> Double {
    prediction.requireSameShape(target, "SoftmaxCrossEntropyLoss")
    return softmaxCrossEntropy(logits: prediction, labels: labels(of: target)).loss
  }
  public func gradient(_ prediction: Matrix, _ target: Matrix) -> Matrix {
    prediction.requireSameShape(target, "SoftmaxCrossEntropyLoss.gradient")
    return softmaxCrossEntropy(logits: prediction, labels: labels(of: target)).gradient
  }

  /// From the batch's labels when it has them: one softmax per row, no one-hot decoding, and no softmax
  /// at all when only the loss is wanted (evaluation).
  public func lossAndGradient(_ prediction: Matrix, for batch: Batch, formingGradient: Bool) -> (value: Double, gradient: Matrix) {
    let labels = batch.labels.isEmpty ? labels(of: batch.targets) : batch.labels
    let result = softmaxCrossEntropy(logits: prediction, labels: labels, formingGradient: formingGradient)
    return (result.loss, result.gradient)
  }

  /// The class of each one-hot row.
  private func labels(of oneHot: Matrix) -> [Int] {
    (0..<oneHot.rows).map { row in
      let values = oneHot.row(row)
      return values.indices.max { values[$0] < values[$1] } ?? 0
    }
  }
}
