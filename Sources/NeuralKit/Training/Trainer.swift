import Foundation

/// How long and in what pieces to train.
public struct TrainingSettings: Sendable {
  public var epochs: Int
  public var batchSize: Int
  /// The learning rate of each epoch (0-based in the schedule); `nil` keeps the optimizer's own.
  public var schedule: (any LearningRateSchedule)?

  public init(epochs: Int, batchSize: Int, schedule: (any LearningRateSchedule)? = nil) {
    precondition(epochs >= 1 && batchSize >= 1, "TrainingSettings needs epochs ≥ 1 and batchSize ≥ 1")
    self.epochs = epochs
    self.batchSize = batchSize
    self.schedule = schedule
  }
}

/// Minibatch training of a network: forward, loss, backward, one optimizer step per batch.
///
/// ```
///   for epoch t = 0 … T−1:
///     η ← schedule(t)                                  (if there is a schedule)
///     for each minibatch B of a fresh shuffle:
///       L_B = loss(network(X_B), T_B)
///       θ ← optimizer.step(θ, ∂L_B/∂θ)                 (backpropagation gives ∂L_B/∂θ)
///     evaluate on the whole training set (and the test set)
/// ```
/// L2 weight decay is the optimizer's `weightDecay` (torch's meaning: λθ added to every gradient, or
/// AdamW's decoupled decay); the losses reported are the data loss without the penalty, as torch reports.
/// A minibatch loss that is NaN or infinite stops training at once and is recorded in
/// ``TrainingHistory/stop``. Introduced in chapter 06.
public final class Trainer {
  public let network: Layer
  public let loss: any LossLayer
  public var optimizer: any Optimizer

  public init(network: Layer, loss: any LossLayer, optimizer: any Optimizer) {
    self.network = network
    self.loss = loss
    self.optimizer = optimizer
  }

  /// One update on a batch; returns the batch's loss before the update.
  @discardableResult
  public func step(_ batch: Batch) -> Double {
    let output = network.forward(batch.features)
    let (value, gradient) = loss.lossAndGradient(output, for: batch, formingGradient: true)
    guard value.isFinite else { return value }
    network.backwardParameters(gradient)
    var parameters = network.parameters
    optimizer.step(&parameters, gradients: network.parameterGradients)
    network.parameters = parameters
    return value
  }

  /// One epoch over the given batches of row indices, in order. Returns the 1-based index and loss of
  /// the first batch whose loss is not finite (training stops there), or `nil` when all went through.
  public func trainEpoch(_ data: Dataset, batches: [[Int]]) -> (batch: Int, loss: Double)? {
    for (index, rows) in batches.enumerated() {
      let value = step(data.batch(at: rows))
      if !value.isFinite { return (index + 1, value) }
    }
    return nil
  }

  /// Trains for `settings.epochs` epochs, each over a fresh shuffle of `train` drawn from `generator`,
  /// evaluating after every epoch; `onEpoch` sees each record as it is made (for a progress line).
  public func fit(
    _ train: Dataset, test: Dataset? = nil, settings: TrainingSettings, using generator: inout SeededGenerator,
    onEpoch: (EpochRecord) -> Void = { _ in }
  ) -> TrainingHistory {
    var history = TrainingHistory()
    for epoch in 0..<settings.epochs {
      if let schedule = settings.schedule { optimizer.learningRate = schedule.learningRate(at: epoch) }
      let batches = Dataset.minibatchIndices(count: train.count, batchSize: settings.batchSize, using: &generator)
      if let failure = trainEpoch(train, batches: batches) {
        history.stop = TrainingStop(epoch: epoch + 1, batch: failure.batch, loss: failure.loss)
        break
      }
      let record = EpochRecord(
        epoch: epoch + 1, learningRate: optimizer.learningRate, train: evaluate(train), test: test.map(evaluate))
      history.epochs.append(record)
      onEpoch(record)
    }
    return history
  }

  /// Loss and accuracy on `data`, in chunks so a large set never needs one huge activation matrix.
  public func evaluate(_ data: Dataset) -> Evaluation {
    var total = 0.0, correct = 0
    for batch in data.batches(of: Self.evaluationChunk) {
      let output = network.forward(batch.features)
      total += loss.lossAndGradient(output, for: batch, formingGradient: false).value * Double(batch.count)
      if data.isClassification { correct += zip(output.rowArgmax(), batch.labels).filter { $0 == $1 }.count }
    }
    let n = Double(max(data.count, 1))
    return Evaluation(loss: total / n, accuracy: data.isClassification ? Double(correct) / n : nil)
  }

  /// The network's output for every row of `features`.
  public func predict(_ features: Matrix) -> Matrix {
    network.forward(features)
  }

  /// Rows evaluated at once. 128 rows of 64 activations are 64 KiB, under glibc malloc's 128 KiB mmap
  /// threshold: larger chunks get fresh pages from the kernel on every call, and the page faults cost
  /// the digits recipe a quarter of its time (0.113 s against 0.089 s with 512 rows). MNIST's 784-wide
  /// input chunk is larger, but there each chunk's arithmetic dwarfs its faults.
  public static let evaluationChunk = 128
}
