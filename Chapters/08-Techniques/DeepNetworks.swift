import NeuralKit

/// Section "Batch normalization": eight sigmoid layers trained with and without BatchNorm, the same weights
/// and minibatches for both.
struct DeepNetworkStudy {
  static let depth = 8, width = 64, epochs = 10, batchSize = 32
  static let learningRate = 0.1, momentum = 0.9

  struct Outcome {
    let history: TrainingHistory
    /// The sigmoid units' outputs, layer by layer, for the validation images before any training.
    let activations: [[Double]]
  }

  static func train(batchNorm: Bool, _ split: DigitsSplit, seed: UInt64) throws -> Outcome {
    var weights = SeededGenerator(seed: seed &+ 3), batches = SeededGenerator(seed: seed &+ 4)
    let sizes = [64] + Array(repeating: width, count: depth) + [10]
    let network = Sequential.multilayerPerceptron(
      sizes: sizes, activation: .sigmoid, initializer: .xavier, batchNorm: batchNorm, dropout: 0, using: &weights)
    let activations = activationsByLayer(network, split.validation.features)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(),
                          optimizer: Momentum(learningRate: learningRate, momentum: momentum))
    let settings = TrainingSettings(epochs: epochs, batchSize: batchSize)
    let history = trainer.fit(split.train, test: split.validation, settings: settings, using: &batches)
    if let stop = history.stop { throw ChapterFailure("deep network (BatchNorm \(batchNorm)): \(stop)") }
    return Outcome(history: history, activations: activations)
  }

  /// What each sigmoid layer outputs for `input`, with batch statistics (as in training), leaving the
  /// running statistics as they were.
  static func activationsByLayer(_ network: Sequential, _ input: Matrix) -> [[Double]] {
    let saved = network.buffers
    defer { network.buffers = saved }
    let outputs = network.layerOutputs(input)
    return zip(network.layers, outputs).compactMap { layer, output in
      (layer as? ActivationLayer).map { _ in output.storage }
    }
  }
}
