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
}

/// A weight decay λ: a finite number ≥ 0.
struct WeightDecay: ExpressibleByArgument, Equatable, CustomStringConvertible {
  let value: Double

  init(_ value: Double) { self.value = value }

  init?(argument: String) {
    guard let value = Double(argument), value.isFinite, value >= 0 else { return nil }
    self.value = value
  }

  var description: String { "\(value)" }
  var defaultValueDescription: String { description }
}

/// The recipe of the digits section; every field has a command-line option.
struct RecipeOptions: ParsableArguments {
  @Option(help: "Data for the recipe section: digits (bundled 8×8) or mnist (28×28 IDX files in --data-dir).")
  var dataset: RecipeDataset = .digits

  @Option(help: ArgumentHelp("Folder with MNIST's unzipped IDX files (train-images-idx3-ubyte, …).", valueName: "dir"))
  var dataDir: String?

  @Option(help: "Hidden layer widths, comma-separated (64 or 128,64); each ≥ 1.")
  var hidden = PositiveIntList(DigitsRecipe.hiddenWidths)

  @Option(help: "Passes over the training set (≥ 1).")
  var epochs = PositiveInt(DigitsRecipe.epochs)

  @Option(help: "Examples per minibatch (≥ 1).")
  var batchSize = PositiveInt(DigitsRecipe.batchSize)

  @Option(parsing: .unconditional, help: "Learning rate η (finite, > 0).")
  var lr = PositiveDouble(DigitsRecipe.learningRate)

  @Option(help: "Update rule: \(OptimizerKind.allCases.map(\.rawValue).joined(separator: ", ")).")
  var optimizer: OptimizerKind = .adam

  @Option(parsing: .unconditional, help: "L2 weight decay λ (≥ 0; AdamW's decoupled decay for adamw).")
  var weightDecay = WeightDecay(0)

  func validate() throws {
    if dataset == .mnist && dataDir == nil {
      throw ValidationError("--dataset mnist needs --data-dir DIR, the folder holding MNIST's unzipped IDX files.")
    }
  }

  /// True when every option has its default: the page then states the recipe's expected accuracy.
  var isDefault: Bool {
    dataset == .digits && hidden.values == DigitsRecipe.hiddenWidths && epochs.value == DigitsRecipe.epochs
      && batchSize.value == DigitsRecipe.batchSize && lr.value == DigitsRecipe.learningRate && optimizer == .adam
      && weightDecay.value == 0
  }
}

// `--optimizer adam`: the update rule by the name OptimizerKind gives it.
extension OptimizerKind: ExpressibleByArgument {}
