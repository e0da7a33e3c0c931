/// A network, its loss and its optimizer: the model the course trains (``Trainable``'s `fit` runs the
/// epochs).
///
/// L2 weight decay is the optimizer's `weightDecay` (torch's meaning: λθ added to every gradient, or
/// AdamW's decoupled decay); the losses reported are the data loss without the penalty, as torch reports.
/// Introduced in chapter 06.
///
/// A network of ``Dense`` layers and activations trained with ``SoftmaxCrossEntropyLoss`` runs the fused
/// kernel (``NetworkKernel``: preallocated workspaces, bias and activation in one pass, no minibatch
/// gathered into new matrices): in Double with the same numbers, bit for bit, as the readable path below,
/// which every other network runs. With ``Precision/float`` the same kernel trains in Float (chapter 07).
public final class Trainer: Trainable {
  public let network: Layer
  public let loss: any LossLayer
  public let optimizer: any Optimizer
  /// The number type of training: Double, or Float for a network the kernel runs, with Adam.
  public let precision: Precision
  /// Whether backward also forms ∂L/∂X for the first layer, which nothing uses when X is data (chapter 07
  /// measures what skipping it saves); off by default. On, a Double trainer runs the readable path.
  public var formsInputGradient = false
  /// Whether step, evaluate and predict run the fused kernel where the network allows it (the default);
  /// `false` runs the readable path, with the same numbers in Double. A Float trainer always runs the kernel.
  public var fused = true
  private let kernel: Kernel?

  /// The kernel this trainer runs, in its precision.
  private enum Kernel {
    case double(NetworkKernel<Double>)
    case float(NetworkKernel<Float>)
  }

  /// A trainer in `precision`; Float needs ``supportsFloat(network:loss:optimizer:)``.
  public init(network: Layer, loss: any LossLayer, optimizer: any Optimizer, precision: Precision = .double) {
    self.network = network
    self.loss = loss
    self.optimizer = optimizer
    self.precision = precision
    let stages = loss is SoftmaxCrossEntropyLoss ? NetworkKernel<Double>.stages(of: network) : nil
    switch precision {
    case .double:
      kernel = stages.map { .double(NetworkKernel(stages: $0)) }
    case .float:
      guard let stages, optimizer is Adam else {
        preconditionFailure("Trainer: Float precision needs Dense and activation layers, softmax cross-entropy and Adam")
      }
      kernel = .float(NetworkKernel(stages: stages.map { .init(dense: $0.dense, activation: $0.activation) }))
    }
  }

  /// Whether a Float trainer can run this network, loss and optimizer: a chain of ``Dense`` layers, each
  /// followed by at most one ``ActivationLayer``, ``SoftmaxCrossEntropyLoss`` and ``Adam``.
  public static func supportsFloat(network: Layer, loss: any LossLayer, optimizer: any Optimizer) -> Bool {
    loss is SoftmaxCrossEntropyLoss && optimizer is Adam && NetworkKernel<Float>.stages(of: network) != nil
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
    if let kernel = activeKernel(labels: batch.labels) {  // Dense + activations: the same phases, fused
      return fusedStep(kernel, rows: nil, of: batch.features, labels: batch.labels, observing: observe)
    }
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
    switch activeKernel(labels: data.labels) {
    case .double(let kernel): return kernel.evaluate(data, chunk: Self.evaluationChunk)
    case .float(let kernel): return kernel.evaluate(data, chunk: Self.evaluationChunk)
    case nil: break
    }
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
    // The whole matrix at once, as the readable forward pass multiplies it (and so rounds it).
    switch activeKernel(labels: [0]) {
    case .double(let kernel): return kernel.predict(features, chunk: max(features.rows, 1))
    case .float(let kernel): return kernel.predict(features, chunk: max(features.rows, 1))
    case nil: break
    }
    network.setTraining(false)
    defer { network.setTraining(true) }
    return network.forward(features)
  }

  /// Rows evaluated at once. 128 rows of 64 activations are 64 KiB, under glibc malloc's 128 KiB mmap
  /// threshold: larger chunks get fresh pages from the kernel on every call, and the page faults cost
  /// the digits recipe a quarter of its time (0.113 s against 0.089 s with 512 rows). MNIST's 784-wide
  /// input chunk is larger, but there each chunk's arithmetic dwarfs its faults.
  public static let evaluationChunk = 128

  /// One step on the rows `indices` of `data`, copied straight into the kernel's buffer where it runs.
  @discardableResult
  public func step(rows indices: [Int], of data: Dataset) -> Double {
    guard let kernel = activeKernel(labels: data.labels) else { return step(data.batch(at: indices)) }
    return fusedStep(kernel, rows: indices, of: data.features, labels: data.labels, observing: nil)
  }

  /// The kernel, when it runs this step: Float always; Double when fused, with labels to train on, and
  /// without the input gradient.
  private func activeKernel(labels: [Int]) -> Kernel? {
    guard let kernel, !labels.isEmpty else { return nil }
    if case .double = kernel, !fused || formsInputGradient { return nil }
    return kernel
  }

  private func fusedStep(
    _ kernel: Kernel, rows: [Int]?, of features: Matrix, labels: [Int], observing observe: ((Phase) -> Void)?
  ) -> Double {
    switch kernel {
    case .double(let kernel):
      let value = kernel.gradients(rows: rows, of: features, labels: labels, observing: observe)
      guard value.isFinite else { return value }
      optimizer.step(network.parameters)
      observe?(.optimizer)
      return value
    case .float(let kernel):
      let value = kernel.gradients(rows: rows, of: features, labels: labels, observing: observe)
      guard value.isFinite, let adam = optimizer as? Adam else { return value }
      kernel.adamStep(adam)
      observe?(.optimizer)
      return value
    }
  }

  /// After a checkpoint is put back: a Float kernel rounds the restored weights again.
  func parametersRestored() {
    if case .float(let kernel) = kernel { kernel.parametersChanged() }
  }
}

/// The number type a ``Trainer`` computes in.
public enum Precision: String, CaseIterable, Sendable {
  /// IEEE 754 binary64: 53-bit significand, ε = 2⁻⁵² ≈ 2.2e-16. The course's default.
  case double
  /// IEEE 754 binary32: 24-bit significand, ε = 2⁻²³ ≈ 1.2e-7, half the bytes (chapter 07).
  case float

  /// Machine epsilon, the gap between 1 and the next number.
  public var epsilon: Double { self == .float ? Double(Float.ulpOfOne) : Double.ulpOfOne }
  /// Bytes per number.
  public var bytes: Int { self == .float ? MemoryLayout<Float>.size : MemoryLayout<Double>.size }
}
