/// Early stopping: watch the loss on a held-out validation set after every epoch, stop when it has not
/// reached a new minimum for `patience` epochs, and keep the weights of the epoch where it was lowest.
///
/// ```
///   best ← ∞
///   after each epoch t:   if L_val(t) < best:  best ← L_val(t),  t* ← t,  save θ
///                         else if t − t* ≥ patience:  stop
///   at the end:           θ ← θ(t*)
/// ```
/// Goodfellow, Bengio & Courville, *Deep Learning* (2016), §7.8, algorithm 7.1: the number of epochs
/// becomes a hyper-parameter chosen on the validation set, for the price of one evaluation per epoch.
/// Keras calls the same thing `EarlyStopping(patience=…, restore_best_weights=True)`. Introduced in
/// chapter 08.
public struct EarlyStopping: Sendable, Equatable {
  /// Epochs without a new minimum of the validation loss before training stops.
  public let patience: Int

  public init(patience: Int) {
    precondition(patience >= 1, "EarlyStopping needs patience ≥ 1, got \(patience)")
    self.patience = patience
  }
}

/// How early stopping ended: the epoch whose weights the model kept, and the epoch it stopped after
/// (`nil` when the patience never ran out and the last epoch was trained).
public struct EarlyStoppingOutcome: Equatable, Sendable {
  public let bestEpoch: Int
  public let bestLoss: Double
  public let stoppedAfter: Int?

  public init(bestEpoch: Int, bestLoss: Double, stoppedAfter: Int?) {
    self.bestEpoch = bestEpoch
    self.bestLoss = bestLoss
    self.stoppedAfter = stoppedAfter
  }
}

/// The running state of early stopping inside the training loop.
struct EarlyStoppingWatch {
  let rule: EarlyStopping
  let model: any Trainable
  var bestEpoch = 0
  var bestLoss = Double.infinity
  var best: Checkpoint?
  var stoppedAfter: Int?

  init(_ rule: EarlyStopping, model: any Trainable) {
    self.rule = rule
    self.model = model
  }

  // snippet: early-stopping
  /// Records an epoch's validation loss; true when training should stop after it.
  mutating func shouldStop(after record: EpochRecord) -> Bool {
    guard let loss = record.test?.loss else { return false }
    if loss < bestLoss {
      (bestLoss, bestEpoch, best) = (loss, record.epoch, model.checkpoint())
      return false
    }
    guard record.epoch - bestEpoch >= rule.patience else { return false }
    stoppedAfter = record.epoch
    return true
  }
  // snippet end

  /// Returns the model to its best epoch's weights; `nil` when no epoch was evaluated.
  func finish() -> EarlyStoppingOutcome? {
    guard bestEpoch > 0 else { return nil }
    if let best { model.restore(best) }
    return EarlyStoppingOutcome(bestEpoch: bestEpoch, bestLoss: bestLoss, stoppedAfter: stoppedAfter)
  }
}
