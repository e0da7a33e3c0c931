import Foundation
import NeuralKit
import TestSupport
import Testing

@testable import ch07_efficiency

/// The precision-generic network against NeuralKit's Trainer, which is the reference: same initial
/// weights, same batch order, same recipe (ReLU MLP, softmax cross-entropy, Adam).
@Suite("Precision-generic network")
struct PrecisionNetworkTests {
  /// 200 digits, a 64-16-10 network, batches of 32 (the last one 8), two epochs: 14 Adam steps.
  static let sizes = [64, 16, 10], batchSize = 32, epochs = 2, learningRate = 1e-2

  static func setUp() throws -> (data: Dataset, network: Sequential, generator: SeededGenerator) {
    let digits = try loadDigits()
    let data = digits.subset(Array(0..<200))
    var generator = SeededGenerator(seed: 11)
    let network = Sequential.multilayerPerceptron(sizes: sizes, activation: .relu, initializer: .he, using: &generator)
    return (data, network, generator)
  }

  /// Trains the library Trainer and the generic network in `precision` from the same start.
  static func runBoth(_ precision: Precision) throws -> (trainer: TrainingHistory, trainerParameters: [Matrix], run: PrecisionRun) {
    let (data, network, generator) = try setUp()
    let weights = network.denseLayers.map(\.weights.value), biases = network.denseLayers.map(\.bias.value)
    let settings = TrainingSettings(epochs: epochs, batchSize: batchSize)
    var trainerGenerator = generator, genericGenerator = generator
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: learningRate))
    let history = trainer.fit(data, settings: settings, using: &trainerGenerator)
    let run = PrecisionComparison.train(precision, weights: weights, biases: biases, learningRate: learningRate,
                                        train: data, test: nil, settings: settings, using: &genericGenerator)
    return (history, network.parameters.map(\.value), run)
  }

  // Same operations in the same order; the Trainer's blocked kernel fuses multiply and add in its larger
  // products (one rounding instead of two), so results differ by a few ulps per operation. Over 14 steps
  // that stays below 1e-12 for weights and losses of order one.
  static let doubleTolerance = 1e-12

  @Test("in Double it reproduces the Trainer's losses and weights")
  func doubleMatchesTrainer() throws {
    let (history, parameters, run) = try Self.runBoth(.double)
    #expect(isClose(run.history.trainLosses, history.trainLosses, relative: Self.doubleTolerance))
    #expect(run.history.trainAccuracies == history.trainAccuracies)
    #expect(run.parameters.count == parameters.count)
    for (generic, reference) in zip(run.parameters, parameters) {
      #expect(generic.shape == reference.shape)
      #expect(isClose(generic.storage, reference.storage, relative: Self.doubleTolerance, absolute: Self.doubleTolerance))
    }
  }

  // Float rounds every operation at u = 2⁻²⁴ ≈ 6e-8. Losses are means of O(1) terms computed through
  // sums of 64 products: their error is ~10²·u ≈ 1e-5 relative after a few steps; 1e-4 leaves a margin.
  // Weights: Adam divides each gradient by its own running size, so a near-zero gradient's rounding can
  // swing that weight's step by up to the learning rate; 14 steps at η = 1e-2 bound the drift well below
  // 0.05, while a wrong algorithm moves weights by O(1).
  static let floatLossTolerance = 1e-4
  static let floatWeightTolerance = 0.05

  @Test("in Float it stays within Float's rounding of the Trainer")
  func floatNearTrainer() throws {
    let (history, parameters, run) = try Self.runBoth(.float)
    #expect(isClose(run.history.trainLosses, history.trainLosses, relative: Self.floatLossTolerance))
    for (generic, reference) in zip(run.parameters, parameters) {
      let worst = zip(generic.storage, reference.storage).map { abs($0 - $1) }.max() ?? 0
      #expect(worst <= Self.floatWeightTolerance, "largest |ΔW| \(worst)")
    }
  }
}
