/// What a model scores on a dataset: the mean loss and, for a classification set, the accuracy.
///
/// ```
///   loss      L = mean over the set of the per-batch loss (each batch weighted by its size)
///   accuracy  (1/n)·Σᵢ [argmaxⱼ outputᵢⱼ = yᵢ]
/// ```
public struct Evaluation: Equatable, Sendable {
  public let loss: Double
  /// Fraction of examples whose largest output is the true class; `nil` for a regression set.
  public let accuracy: Double?

  public init(loss: Double, accuracy: Double?) {
    self.loss = loss
    self.accuracy = accuracy
  }
}

/// One epoch of training, measured after its last update.
public struct EpochRecord: Equatable, Sendable {
  /// 1-based epoch number.
  public let epoch: Int
  /// The learning rate used during the epoch.
  public let learningRate: Double
  /// The whole training set, evaluated with the weights at the end of the epoch.
  public let train: Evaluation
  /// The test set, when one was given.
  public let test: Evaluation?

  public init(epoch: Int, learningRate: Double, train: Evaluation, test: Evaluation?) {
    self.epoch = epoch
    self.learningRate = learningRate
    self.train = train
    self.test = test
  }
}

/// Why training ended before its last epoch.
public struct TrainingStop: Equatable, Sendable, CustomStringConvertible {
  /// 1-based epoch and batch at which the minibatch loss was not a finite number.
  public let epoch: Int
  public let batch: Int
  /// The loss that stopped it (NaN or ±∞).
  public let loss: Double

  public var description: String {
    let value = loss.isNaN ? "NaN" : (loss > 0 ? "+∞" : "−∞")
    return "the loss became \(value) at epoch \(epoch), batch \(batch): the steps are too large (lower the learning rate)"
  }
}

/// Every epoch's record, and the reason training stopped early, if it did.
public struct TrainingHistory: Equatable, Sendable {
  public var epochs: [EpochRecord] = []
  /// Set when a minibatch loss became NaN or infinite; the epochs before it are kept.
  public var stop: TrainingStop?
  /// Set when training ran with early stopping: the epoch whose weights the model kept, and where it
  /// stopped.
  public var earlyStopping: EarlyStoppingOutcome?

  public init() {}

  /// The last complete epoch's record.
  public var last: EpochRecord? { epochs.last }
  public var trainLosses: [Double] { epochs.map(\.train.loss) }
  public var testLosses: [Double] { epochs.compactMap(\.test?.loss) }
  public var trainAccuracies: [Double] { epochs.compactMap(\.train.accuracy) }
  public var testAccuracies: [Double] { epochs.compactMap(\.test?.accuracy) }
}

extension EpochRecord: CustomStringConvertible {
  /// One line for a progress display: `loss 0.0712 · train 98.1% · test 97.2%`.
  public var description: String {
    var parts = ["loss " + String(format: "%.4g", train.loss)]
    if let accuracy = train.accuracy { parts.append("train " + String(format: "%.1f%%", 100 * accuracy)) }
    if let accuracy = test?.accuracy { parts.append("test " + String(format: "%.1f%%", 100 * accuracy)) }
    return parts.joined(separator: " · ")
  }
}
