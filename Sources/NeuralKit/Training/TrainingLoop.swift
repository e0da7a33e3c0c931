/// How long and in what pieces to train.
public struct TrainingSettings: Sendable {
  public var epochs: Int
  public var batchSize: Int
  /// The learning rate of each epoch (0-based in the schedule); `nil` keeps the optimizer's own.
  public var schedule: (any LearningRateSchedule)?
  /// Evaluate on the training (and test) set after every epoch; `false` evaluates after the last only.
  public var evaluatesEveryEpoch: Bool
  /// Stop when the held-out set's loss stops falling and keep the best epoch's weights (chapter 08); the
  /// held-out set is then a validation split, and every epoch is evaluated.
  public var earlyStopping: EarlyStopping?

  public init(
    epochs: Int, batchSize: Int, schedule: (any LearningRateSchedule)? = nil, evaluatesEveryEpoch: Bool = true,
    earlyStopping: EarlyStopping? = nil
  ) {
    precondition(epochs >= 1 && batchSize >= 1, "TrainingSettings needs epochs ≥ 1 and batchSize ≥ 1")
    precondition(earlyStopping == nil || evaluatesEveryEpoch, "early stopping needs an evaluation after every epoch")
    self.epochs = epochs
    self.batchSize = batchSize
    self.schedule = schedule
    self.evaluatesEveryEpoch = evaluatesEveryEpoch
    self.earlyStopping = earlyStopping
  }
}

/// What the training loop needs from a model: one update on a minibatch, and a score on a data set.
/// ``Trainer`` (a network, a loss and an optimizer) is the course's; chapter 07 trains a Float network
/// through the same loop.
public protocol Trainable: AnyObject {
  /// The optimizer's step size; a schedule sets it before each epoch.
  var learningRate: Double { get set }
  /// One update on `batch`; returns the batch's loss before the update. A loss that is not finite means
  /// nothing was updated, and training stops.
  @discardableResult
  func step(_ batch: Batch) -> Double
  /// One update on the rows `indices` of `data`: by default ``step(_:)`` on those rows gathered into a
  /// ``Batch``; ``Trainer`` copies them straight into its kernel's workspace instead.
  @discardableResult
  func step(rows indices: [Int], of data: Dataset) -> Double
  /// Mean loss and, for a classification set, accuracy on `data`.
  func evaluate(_ data: Dataset) -> Evaluation
  /// The model's weights as they are now, for early stopping to return to; `nil` (the default) when the
  /// model cannot save them.
  func checkpoint() -> Checkpoint?
  /// Puts back weights saved by ``checkpoint()``.
  func restore(_ checkpoint: Checkpoint)
}

extension Trainable {
  @discardableResult
  public func step(rows indices: [Int], of data: Dataset) -> Double { step(data.batch(at: indices)) }

  public func checkpoint() -> Checkpoint? { nil }
  public func restore(_ checkpoint: Checkpoint) {}
}

/// Calls the loop makes around each epoch, to show progress or to time the updates alone.
public struct TrainingHooks {
  /// Before the first update of epoch t (1-based).
  public var updatesWillStart: (Int) -> Void
  /// After the last update of epoch t, before it is evaluated.
  public var updatesDidEnd: (Int) -> Void
  /// After an epoch is evaluated, with its record.
  public var epochDidEnd: (EpochRecord) -> Void

  public init(
    updatesWillStart: @escaping (Int) -> Void = { _ in }, updatesDidEnd: @escaping (Int) -> Void = { _ in },
    epochDidEnd: @escaping (EpochRecord) -> Void = { _ in }
  ) {
    self.updatesWillStart = updatesWillStart
    self.updatesDidEnd = updatesDidEnd
    self.epochDidEnd = epochDidEnd
  }
}

extension Trainable {
  // snippet: training-loop
  /// Trains for `settings.epochs` epochs, each over a fresh shuffle of `train` drawn from `generator`,
  /// evaluating after every epoch (or after the last, see ``TrainingSettings/evaluatesEveryEpoch``).
  ///
  /// ```
  ///   for epoch t = 0 … T−1:
  ///     η ← schedule(t)                                  (if there is a schedule)
  ///     for each minibatch B of a fresh shuffle:
  ///       L_B = loss(network(X_B), T_B)
  ///       θ ← optimizer.step(θ, ∂L_B/∂θ)                 (backpropagation gives ∂L_B/∂θ)
  ///     evaluate on the whole training set (and the test set)
  ///     stop early when the held-out loss has not fallen for `patience` epochs (if asked)
  /// ```
  /// A minibatch loss that is NaN or infinite stops training at once and is recorded in
  /// ``TrainingHistory/stop``; the epochs before it are kept.
  public func fit(
    _ train: Dataset, test: Dataset? = nil, settings: TrainingSettings, using generator: inout SeededGenerator,
    hooks: TrainingHooks = TrainingHooks()
  ) -> TrainingHistory {
    var history = TrainingHistory()
    var watch = settings.earlyStopping.map { EarlyStoppingWatch($0, model: self) }
    for epoch in 1...settings.epochs {
      if let schedule = settings.schedule { learningRate = schedule.learningRate(at: epoch - 1) }
      let batches = Dataset.minibatchIndices(count: train.count, batchSize: settings.batchSize, using: &generator)
      hooks.updatesWillStart(epoch)
      if let failure = trainEpoch(train, batches: batches) {
        history.stop = TrainingStop(epoch: epoch, batch: failure.batch, loss: failure.loss)
        break
      }
      hooks.updatesDidEnd(epoch)
      guard settings.evaluatesEveryEpoch || epoch == settings.epochs else { continue }
      let record = EpochRecord(epoch: epoch, learningRate: learningRate, train: evaluate(train), test: test.map(evaluate))
      history.epochs.append(record)
      hooks.epochDidEnd(record)
      if watch?.shouldStop(after: record) == true { break }  // validation loss stalled: stop early
    }
    history.earlyStopping = watch?.finish()  // back to the best epoch's weights
    return history
  }

  /// One epoch over the given batches of row indices, in order. Returns the 1-based index and loss of
  /// the first batch whose loss is not finite (training stops there), or `nil` when all went through.
  public func trainEpoch(_ data: Dataset, batches: [[Int]]) -> (batch: Int, loss: Double)? {
    for (index, rows) in batches.enumerated() {
      let value = step(rows: rows, of: data)
      if !value.isFinite { return (index + 1, value) }
    }
    return nil
  }
  // snippet end
}
