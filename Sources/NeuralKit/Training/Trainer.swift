/// A network, its loss and its optimizer: the model the course trains (``Trainable``'s `fit` runs the
/// epochs).
///
/// L2 weight decay is the optimizer's `weightDecay` (torch's meaning: λθ added to every gradient, or
/// AdamW's decoupled decay); the losses reported are the data loss without the penalty, as torch reports.
/// Introduced in chapter 06.
public final class Trainer: Trainable {
  public let network: Layer
  public let loss: any LossLayer
  public let optimizer: any Optimizer
  /// Whether backward also forms ∂L/∂X for the first layer, which nothing uses when X is data (chapter 07
  /// measures what skipping it saves); off by default.
  public var formsInputGradient = false

  public init(network: Layer, loss: any LossLayer, optimizer: any Optimizer) {
    self.network = network
    self.loss = loss
    self.optimizer = optimizer
  }

  public var learningRate: Double {
    get { optimizer.learningRate }
    set { optimizer.learningRate = newValue }
  }

  /// The four phases of a step, in order, for ``step(_:observing:)``.
  public enum Phase: String, CaseIterable, Sendable {
    case forward, loss, backward, optimizer
  }

  @discardableResult
  public func step(_ batch: Batch) -> Double {
    step(batch, observing: nil)
  }

  // snippet: trainer-step
  /// One update on a batch; returns the batch's loss before the update. `observe`, when given, is called
  /// as each phase ends (chapter 07 times them).
  @discardableResult
  public func step(_ batch: Batch, observing observe: ((Phase) -> Void)?) -> Double {
    let output = network.forward(batch.features)
    observe?(.forward)
    let (value, gradient) = loss.valueAndGradient(output, for: batch)
    observe?(.loss)
    guard value.isFinite else { return value }
    if formsInputGradient { _ = network.backward(gradient) } else { network.backwardParameters(gradient) }
    observe?(.backward)
    optimizer.step(network.parameters)
    observe?(.optimizer)
    return value
  }
  // snippet end

  /// Loss and accuracy on `data`, in chunks so a large set never needs one huge activation matrix. The
  /// network runs in evaluation mode (BatchNorm's running statistics, no dropout) and returns to training
  /// mode after, as torch's `model.eval()` … `model.train()`.
  public func evaluate(_ data: Dataset) -> Evaluation {
    network.setTraining(false)
    defer { network.setTraining(true) }
    var total = 0.0, correct = 0
    for batch in data.batches(of: Self.evaluationChunk) {
      let output = network.forward(batch.features)
      total += loss.value(output, for: batch) * Double(batch.count)
      if data.isClassification { correct += zip(output.rowArgmax(), batch.labels).filter { $0 == $1 }.count }
    }
    let n = Double(max(data.count, 1))
    return Evaluation(loss: total / n, accuracy: data.isClassification ? Double(correct) / n : nil)
  }

  /// The network's output for every row of `features`, in evaluation mode.
  public func predict(_ features: Matrix) -> Matrix {
    network.setTraining(false)
    defer { network.setTraining(true) }
    return network.forward(features)
  }

  /// Rows evaluated at once. 128 rows of 64 activations are 64 KiB, under glibc malloc's 128 KiB mmap
  /// threshold: larger chunks get fresh pages from the kernel on every call, and the page faults cost
  /// the digits recipe a quarter of its time (0.113 s against 0.089 s with 512 rows). MNIST's 784-wide
  /// input chunk is larger, but there each chunk's arithmetic dwarfs its faults.
  public static let evaluationChunk = 128
}
