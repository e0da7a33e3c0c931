import Foundation
import NeuralKit
import TestSupport
import Testing

/// Two tiny training runs written out by scripts/reference/mlp_numpy.py (`fixture`): fixed data, initial
/// weights and batch order; the loss and accuracy after each epoch and the final weights.
struct NumpyTrainingFixture: Decodable {
  struct Epoch: Decodable {
    let learning_rate: Double
    let batches: [[Int]]
    let loss: Double
    let accuracy: Double?
  }

  struct Run: Decodable {
    let name: String
    let sizes: [Int]
    let activation: String
    let features: [[Double]]
    let labels: [Int]?
    let targets: [[Double]]?
    let initial_parameters: [[[Double]]]
    let epochs: [Epoch]
    let final_parameters: [[[Double]]]

    private enum Keys: String, CodingKey {
      case name, sizes, activation, features, targets, initial_parameters, epochs, final_parameters
    }

    /// `targets` holds class labels for the classification run and rows of numbers for the regression run.
    init(from decoder: Decoder) throws {
      let container = try decoder.container(keyedBy: Keys.self)
      name = try container.decode(String.self, forKey: .name)
      sizes = try container.decode([Int].self, forKey: .sizes)
      activation = try container.decode(String.self, forKey: .activation)
      features = try container.decode([[Double]].self, forKey: .features)
      labels = try? container.decode([Int].self, forKey: .targets)
      targets = labels == nil ? try container.decode([[Double]].self, forKey: .targets) : nil
      initial_parameters = try container.decode([[[Double]]].self, forKey: .initial_parameters)
      epochs = try container.decode([Epoch].self, forKey: .epochs)
      final_parameters = try container.decode([[[Double]]].self, forKey: .final_parameters)
    }

    var dataset: Dataset {
      if let labels {
        return Dataset(name: name, features: Matrix(features), labels: labels, classCount: sizes.last ?? 0)
      }
      return Dataset(name: name, features: Matrix(features), targets: Matrix(targets ?? []))
    }

    /// Dense layers with the fixture's initial weights, the activation between them, a linear output.
    func network() throws -> Sequential {
      let activation = try #require(Activation(rawValue: self.activation))
      var layers: [Layer] = []
      for index in stride(from: 0, to: initial_parameters.count, by: 2) {
        if !layers.isEmpty { layers.append(ActivationLayer(activation)) }
        layers.append(Dense(weights: Matrix(initial_parameters[index]), bias: Matrix(initial_parameters[index + 1])))
      }
      return Sequential(layers)
    }
  }

  let runs: [Run]

  static func load() throws -> NumpyTrainingFixture {
    let url = try #require(Bundle.module.url(forResource: "numpy-mlp-training", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(NumpyTrainingFixture.self, from: Data(contentsOf: url))
  }
}

@Suite("Trainer")
struct TrainerTests {
  /// Two epochs of a handful of float64 updates: only rounding separates NeuralKit from numpy.
  static let fixtureTolerance = 1e-12

  /// Replays each numpy run batch for batch (its learning rate per epoch, its batch order) and compares
  /// the loss and accuracy after every epoch and every final weight.
  @Test("Epoch by epoch, the Trainer reproduces the numpy reference", arguments: ["classification", "regression"])
  func reproducesNumpy(run name: String) throws {
    let run = try #require(try NumpyTrainingFixture.load().runs.first { $0.name == name })
    let optimizer: any Optimizer =
      name == "classification" ? Adam(learningRate: 0.01, weightDecay: 1e-3) : Momentum(learningRate: 0.1)
    let lossLayer: any LossLayer = name == "classification" ? SoftmaxCrossEntropyLoss() : MeanSquaredErrorLoss()
    let network = try run.network()
    let trainer = Trainer(network: network, loss: lossLayer, optimizer: optimizer)
    let data = run.dataset
    for epoch in run.epochs {
      trainer.optimizer.learningRate = epoch.learning_rate
      #expect(trainer.trainEpoch(data, batches: epoch.batches) == nil)
      let evaluation = trainer.evaluate(data)
      #expect(isClose(evaluation.loss, epoch.loss, relative: Self.fixtureTolerance), "\(evaluation.loss) vs \(epoch.loss)")
      #expect(evaluation.accuracy == epoch.accuracy)
    }
    for (parameter, expected) in zip(network.parameters, run.final_parameters) {
      #expect(isClose(parameter.value.storage, expected.flatMap { $0 }, relative: Self.fixtureTolerance, absolute: 1e-15))
    }
  }

  /// Full-batch gradient descent on least squares is convex with an L-smooth loss: with η < 2/L every
  /// step lowers the loss, and the weights approach the normal-equation solution.
  @Test("Least squares: the loss falls every epoch and reaches the normal-equation solution")
  func convexLeastSquares() throws {
    var generator = SeededGenerator(seed: 5)
    let features = Matrix.randomNormal(rows: 40, columns: 3, using: &generator)
    let truth = Matrix([[1.5], [-2.0], [0.5]])
    let noise = Matrix.randomNormal(rows: 40, columns: 1, using: &generator) * 0.1
    let targets = features.matmul(truth) + noise
    let data = Dataset(name: "line", features: features, targets: targets)
    let layer = Dense(weights: Matrix(rows: 3, columns: 1), bias: Matrix(rows: 1, columns: 1))
    let trainer = Trainer(network: layer, loss: MeanSquaredErrorLoss(), optimizer: GradientDescent(learningRate: 0.1))
    var generatorForBatches = SeededGenerator(seed: 1)
    let history = trainer.fit(data, settings: TrainingSettings(epochs: 400, batchSize: 40), using: &generatorForBatches)
    // Strictly down while far from the minimum; afterwards it may only stall at rounding level.
    let losses = history.trainLosses
    #expect(zip(losses, losses.dropFirst()).prefix(100).allSatisfy { $1 < $0 })
    #expect(zip(losses, losses.dropFirst()).allSatisfy { $1 <= $0 * (1 + 1e-12) })

    // The oracle: [X 1] β = y in the least-squares sense, from the normal equations.
    let design = Matrix(rows: 40, columns: 4, storage: (0..<40).flatMap { r in (0..<3).map { features[r, $0] } + [1] })
    let beta = try #require(solveLinearSystem(design.transposedMatmul(design), design.transposedMatmul(targets).storage))
    let fitted = layer.weights.value.storage + layer.bias.value.storage
    #expect(isClose(fitted, beta, relative: 1e-9, absolute: 1e-9), "\(fitted) vs \(beta)")
  }

  /// A learning rate far above 2/L on least squares: every step multiplies the error, the loss
  /// overflows to ∞ and then NaN; training stops at that batch, and the history keeps only finite numbers.
  @Test("A diverging run stops at the batch whose loss is not finite")
  func stopsOnNaN() throws {
    var generator = SeededGenerator(seed: 3)
    let features = Matrix.randomNormal(rows: 40, columns: 3, using: &generator)
    let data = Dataset(name: "line", features: features, targets: features.matmul(Matrix([[1], [2], [3]])))
    let layer = Dense(weights: Matrix(rows: 3, columns: 1), bias: Matrix(rows: 1, columns: 1))
    let trainer = Trainer(network: layer, loss: MeanSquaredErrorLoss(), optimizer: GradientDescent(learningRate: 50))
    let history = trainer.fit(data, test: data, settings: TrainingSettings(epochs: 1000, batchSize: 4), using: &generator)
    let stop = try #require(history.stop)
    #expect(!stop.loss.isFinite)
    #expect(stop.epoch >= 2 && stop.batch >= 1)
    #expect(history.epochs.count == stop.epoch - 1)
    #expect(history.trainLosses.allSatisfy(\.isFinite) && history.testLosses.allSatisfy(\.isFinite))
    #expect(stop.description.contains("epoch \(stop.epoch), batch \(stop.batch)"))
  }

  /// The schedule sets each epoch's rate: StepLR halves it every epoch here.
  @Test("A schedule sets the learning rate of every epoch")
  func schedule() {
    var generator = SeededGenerator(seed: 9)
    let data = Dataset.xor()
    let network = Sequential.multilayerPerceptron(sizes: [2, 4, 2], activation: .tanh, initializer: .xavier, using: &generator)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 1))
    let settings = TrainingSettings(epochs: 4, batchSize: 2, schedule: StepLR(initial: 0.08, stepSize: 1, gamma: 0.5))
    let history = trainer.fit(data, settings: settings, using: &generator)
    #expect(history.epochs.map(\.learningRate) == [0.08, 0.04, 0.02, 0.01])
  }

  /// Counting by hand: labels 0 0 1 2 2, predictions 0 1 1 2 0.
  @Test("Confusion matrix counts and the commonest mistake")
  func confusion() throws {
    let confusion = ConfusionMatrix(labels: [0, 0, 1, 2, 2, 2], predictions: [0, 1, 1, 2, 0, 0], classCount: 3)
    #expect(confusion.counts == [[1, 1, 0], [0, 1, 0], [2, 0, 1]])
    #expect(confusion.correct == 3 && confusion.total == 6 && confusion.accuracy == 0.5)
    let mistake = try #require(confusion.commonestMistake)
    #expect(mistake.label == 2 && mistake.prediction == 0 && mistake.count == 2)
  }
}
