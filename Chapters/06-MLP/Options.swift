import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// The data the digits recipe trains on.
enum RecipeDataset: String, ExpressibleByArgument, CaseIterable {
  /// The 8×8 UCI digits bundled with NeuralKit (1,797 images, split 80/20 by the seed).
  case digits
  /// MNIST's 28×28 digits from IDX files in `--data-dir` (60,000 train, 10,000 test).
  case mnist

  var displayName: String { self == .digits ? "UCI digits" : "MNIST" }
}

/// The recipe of the digits section; every field has a command-line option, every number a range.
struct RecipeOptions: ParsableArguments {
  /// The largest hidden width, epoch count and batch size accepted, and the most hidden layers: a
  /// 4096-wide layer on MNIST's 784 inputs is 3.2 million weights, a 4096×4096 one 128 MiB with its
  /// gradient and Adam's two moments four times that.
  static let maxWidth = 4096, maxHiddenLayers = 8, maxEpochs = 10_000, maxBatchSize = 4096

  @Option(help: "Data for the recipe section: digits (bundled 8×8) or mnist (28×28 IDX files in --data-dir).")
  var dataset: RecipeDataset = .digits

  @Option(help: ArgumentHelp("Folder with MNIST's unzipped IDX files (train-images-idx3-ubyte, …).",
                             valueName: "dir"))
  var dataDir: String?

  @Option(help: "Hidden layer widths, comma-separated (64 or 128,64): 1 to 8 layers, each 1 … 4096 units.")
  var hidden = PositiveIntList(DigitsRecipe.hiddenWidths)

  @Option(help: "Passes over the training set (1 … 10000).")
  var epochs = PositiveInt(DigitsRecipe.epochs)

  @Option(help: "Examples per minibatch (1 … 4096).")
  var batchSize = PositiveInt(DigitsRecipe.batchSize)

  @Option(parsing: .unconditional, help: "Learning rate η (finite, > 0; a loss that overflows stops with an error).")
  var lr = PositiveDouble(DigitsRecipe.learningRate)

  @Option(help: "Update rule: \(OptimizerKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var optimizer: OptimizerKind = .adam

  @Option(parsing: .unconditional, help: "L2 weight decay λ (finite, ≥ 0; AdamW's decoupled decay for adamw).")
  var weightDecay = 0.0

  @Option(help: "Number type of training: double or float (float needs --optimizer adam).")
  var precision: Precision = .double

  func validate() throws {
    if dataset == .mnist && dataDir == nil {
      throw ValidationError("--dataset mnist needs --data-dir DIR, the folder holding MNIST's unzipped IDX files.")
    }
    if hidden.values.count > Self.maxHiddenLayers || hidden.values.contains(where: { $0 > Self.maxWidth }) {
      throw ValidationError("--hidden takes 1 to \(Self.maxHiddenLayers) widths of 1 to \(Self.maxWidth) units each.")
    }
    if precision == .float && optimizer != .adam {
      throw ValidationError("--precision float trains with Adam only: add --optimizer adam (the default).")
    }
    if !(weightDecay.isFinite && weightDecay >= 0) { throw ValidationError("--weight-decay must be finite and ≥ 0.") }
    if epochs.value > Self.maxEpochs { throw ValidationError("--epochs must be between 1 and \(Self.maxEpochs).") }
    if batchSize.value > Self.maxBatchSize {
      throw ValidationError("--batch-size must be between 1 and \(Self.maxBatchSize).")
    }
  }

  /// The data, the image side, a He-initialized network and the generator that will shuffle the batches:
  /// the digits split 80/20 by the seed (``DigitsRecipe``), or MNIST's own split.
  func start(seed: UInt64) throws -> (Dataset, Dataset, Int, Sequential, SeededGenerator) {
    switch dataset {
    case .digits:
      let recipe = try DigitsRecipe(seed: seed)
      let (network, generator) = recipe.start(hidden: hidden.values)
      return (recipe.train, recipe.test, digitsImageSide, network, generator)
    case .mnist:
      let mnist = try loadMNIST(directory: URL(fileURLWithPath: dataDir ?? ".", isDirectory: true))
      var generator = SeededGenerator(seed: seed)
      let sizes = [mnist.train.featureCount] + hidden.values + [mnist.train.classCount]
      let network = Sequential.multilayerPerceptron(sizes: sizes, activation: .relu, initializer: .he,
                                                    using: &generator)
      return (mnist.train, mnist.test, Int(Double(mnist.train.featureCount).squareRoot()), network, generator)
    }
  }

  /// The data's and the settings table's values.
  func describe(_ book: Notebook, train: Dataset, test: Dataset, side: Int, shape: String) {
    (book["recipe.dataset"], book["recipe.images"]) = (dataset.displayName, "\(train.count + test.count)")
    (book["recipe.train_count"], book["recipe.test_count"]) = ("\(train.count)", "\(test.count)")
    (book["recipe.side"], book["recipe.shape"], book["recipe.optimizer"]) = ("\(side)", shape, optimizer.displayName)
    (book["recipe.lr"], book["recipe.weight_decay"]) = ("\(lr.value)", "\(weightDecay)")
    (book["recipe.batch_size"], book["recipe.epochs"]) = ("\(batchSize.value)", "\(epochs.value)")
    book["recipe.precision"] = precision == .float ? "Float (32-bit)" : "Double (64-bit)"
  }
}

// `--optimizer adam`: the update rule by the name OptimizerKind gives it.
extension OptimizerKind: ExpressibleByArgument {}

// `--precision float`: the Trainer's number type.
extension Precision: ExpressibleByArgument {}
