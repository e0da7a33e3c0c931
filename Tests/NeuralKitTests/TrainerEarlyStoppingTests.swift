import Foundation
import NeuralKit
import TestSupport
import Testing

/// A model whose "validation loss" follows a script, epoch by epoch, and whose "weights" are the number of
/// epochs it has trained: the loop's bookkeeping, checked without any arithmetic in the way.
final class ScriptedModel: Trainable {
  let validationLosses: [Double]
  var epochsTrained = 0
  var stepsThisEpoch = 0
  var learningRate = 0.1

  init(_ validationLosses: [Double]) { self.validationLosses = validationLosses }

  func step(_ batch: Batch) -> Double {
    stepsThisEpoch += 1
    return 1
  }

  func evaluate(_ data: Dataset) -> Evaluation {
    if stepsThisEpoch > 0 { (epochsTrained, stepsThisEpoch) = (epochsTrained + 1, 0) }
    return Evaluation(loss: data.name == "validation" ? validationLosses[epochsTrained - 1] : 0, accuracy: nil)
  }

  func checkpoint() -> Checkpoint? {
    Checkpoint(parameters: [Matrix(rowVector: [Double(epochsTrained)])], buffers: [])
  }

  func restore(_ checkpoint: Checkpoint) { epochsTrained = Int(checkpoint.parameters[0][0, 0]) }
}

@Suite("Trainer: early stopping and random search")
struct TrainerEarlyStoppingTests {
  static func data(_ name: String) -> Dataset {
    Dataset(name: name, features: Matrix(rows: 4, columns: 1), targets: Matrix(rows: 4, columns: 1))
  }

  @Test("stops once the validation loss has not fallen for `patience` epochs, and returns to the best epoch")
  func stopsAndRestores() {
    let model = ScriptedModel([5, 4, 3, 3.5, 3, 2.9, 3.1, 3.2, 3.3, 1, 1])
    var generator = SeededGenerator(seed: 1)
    let settings = TrainingSettings(epochs: 11, batchSize: 2, earlyStopping: EarlyStopping(patience: 3))
    let history = model.fit(Self.data("train"), test: Self.data("validation"), settings: settings, using: &generator)
    // Best 2.9 at epoch 6; epochs 7, 8, 9 bring nothing lower: stop after 9. A tie (3 at epoch 5) is no progress.
    #expect(history.epochs.count == 9)
    #expect(history.earlyStopping == EarlyStoppingOutcome(bestEpoch: 6, bestLoss: 2.9, stoppedAfter: 9))
    #expect(model.epochsTrained == 6)
  }

  @Test("when the patience never runs out, all epochs run and the best epoch's weights are kept")
  func runsToTheEnd() {
    let model = ScriptedModel([3, 2, 1, 1.5])
    var generator = SeededGenerator(seed: 1)
    let settings = TrainingSettings(epochs: 4, batchSize: 4, earlyStopping: EarlyStopping(patience: 2))
    let history = model.fit(Self.data("train"), test: Self.data("validation"), settings: settings, using: &generator)
    #expect(history.epochs.count == 4)
    #expect(history.earlyStopping == EarlyStoppingOutcome(bestEpoch: 3, bestLoss: 1, stoppedAfter: nil))
    #expect(model.epochsTrained == 3)
  }

  @Test("a real network is returned to its best epoch: its validation loss is that epoch's, bit for bit")
  func realNetwork() throws {
    let digits = try loadDigits()
    var generator = SeededGenerator(seed: 4)
    let small = digits.sample(300, using: &generator)
    let (train, validation, _) = small.split(validationFraction: 0.3, testFraction: 0.1, using: &generator)
    let network = Sequential.multilayerPerceptron(
      sizes: [64, 32, 10], activation: .relu, initializer: .he, batchNorm: true, dropout: 0.2, using: &generator)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
    let settings = TrainingSettings(epochs: 40, batchSize: 16, earlyStopping: EarlyStopping(patience: 4))
    let history = trainer.fit(train, test: validation, settings: settings, using: &generator)
    let outcome = try #require(history.earlyStopping)
    let best = history.epochs[outcome.bestEpoch - 1]
    #expect(best.test?.loss == outcome.bestLoss)
    #expect(history.epochs.allSatisfy { ($0.test?.loss ?? 0) >= outcome.bestLoss })
    #expect(trainer.evaluate(validation) == best.test)  // parameters and running statistics restored
  }

  @Test("log-uniform draws stay in their range and spread evenly over its decades")
  func logUniform() {
    var generator = SeededGenerator(seed: 9)
    let range = LogUniformRange(1e-4, 1e-1)
    let draws = (0..<10_000).map { _ in range.sample(using: &generator) }
    #expect(draws.allSatisfy { $0 >= 1e-4 && $0 < 1e-1 })
    // log₁₀ of a draw is uniform on [−4, −1): mean −2.5, standard deviation 3/√12; 5σ of the mean of 10⁴.
    let meanLog = draws.map(log10).reduce(0, +) / Double(draws.count)
    #expect(abs(meanLog + 2.5) < 5 * (3 / 12.0.squareRoot()) / 100)
  }

  @Test("random search draws every configuration from the seed first and picks the best score")
  func randomSearchPicksBest() {
    var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
    let ranges = [LogUniformRange(1e-3, 1), LogUniformRange(1, 100)]
    let trials = randomSearch(trials: 12, ranges: ranges, using: &a) { -abs(log10($0[0]) + 1) }  // best near 0.1
    let again = randomSearch(trials: 12, ranges: ranges, using: &b) { _ in 0 }
    #expect(trials.map(\.values) == again.map(\.values))
    let best = trials.best
    #expect(best?.score == trials.map(\.score).max())
    #expect(again.best == again.first)  // all equal: the first wins
  }
}
