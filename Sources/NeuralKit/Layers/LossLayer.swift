/// A loss as the last step of backpropagation: its value for a batch and ∂L/∂prediction, where backward
/// starts. Targets are matrices shaped like the predictions (one-hot rows for classification).
public protocol LossLayer: Sendable {
  /// L(prediction, target).
  func value(_ prediction: Matrix, _ target: Matrix) -> Double
  /// ∂L/∂prediction, same shape as `prediction`.
  func gradient(_ prediction: Matrix, _ target: Matrix) -> Matrix
  /// L for a batch (evaluation). The default reads the batch's target matrix; a loss that can use class
  /// labels directly overrides it.
  func value(_ prediction: Matrix, for batch: Batch) -> Double
  /// L and ∂L/∂prediction for a batch (a training step).
  func valueAndGradient(_ prediction: Matrix, for batch: Batch) -> (value: Double, gradient: Matrix)
}

extension LossLayer {
  public func value(_ prediction: Matrix, for batch: Batch) -> Double {
    value(prediction, batch.targets)
  }

  public func valueAndGradient(_ prediction: Matrix, for batch: Batch) -> (value: Double, gradient: Matrix) {
    (value(prediction, batch.targets), gradient(prediction, batch.targets))
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

  /// From the batch's class labels: one softmax per row, no one-hot decoding, and no softmax at all when
  /// only the loss is wanted (evaluation).
  public func value(_ prediction: Matrix, for batch: Batch) -> Double {
    softmaxCrossEntropyLoss(logits: prediction, labels: labels(of: batch))
  }

  public func valueAndGradient(_ prediction: Matrix, for batch: Batch) -> (value: Double, gradient: Matrix) {
    let result = softmaxCrossEntropy(logits: prediction, labels: labels(of: batch))
    return (result.loss, result.gradient)
  }

  /// The batch's labels; a batch of regression targets has none, and a loss of classes cannot be computed.
  private func labels(of batch: Batch) -> [Int] {
    precondition(
      !batch.labels.isEmpty || batch.count == 0,
      "SoftmaxCrossEntropyLoss needs class labels, but this batch holds regression targets (use MeanSquaredErrorLoss)")
    return batch.labels
  }

  /// The class of each one-hot row.
  private func labels(of oneHot: Matrix) -> [Int] {
    (0..<oneHot.rows).map { row in
      let values = oneHot.row(row)
      return values.indices.max { values[$0] < values[$1] } ?? 0
    }
  }
}
