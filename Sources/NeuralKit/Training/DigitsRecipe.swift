/// Chapter 06's recipe for the UCI digits, shared by everything that trains it (chapter 06, chapter 07's
/// measurements, `bench-mlp`): 64-64-10 ReLU, softmax cross-entropy, He initialization, Adam lr 1e-3,
/// minibatches of 32, 30 epochs, on the seeded 80/20 split.
///
/// One generator, seeded once, draws in a fixed order: the split, then the initial weights, then each
/// epoch's shuffle. So every user of the recipe with the same seed trains the same network on the same
/// data and gets the same numbers.
public struct DigitsRecipe: Sendable {
  public static let hiddenWidths = [64]
  public static let learningRate = 1e-3
  public static let batchSize = 32
  public static let epochs = 30

  public let seed: UInt64
  public let train: Dataset
  public let test: Dataset
  /// The generator just after the split: the initial weights come next.
  private let afterSplit: SeededGenerator

  /// The 1,437/360 split of the digits drawn from `seed`.
  public init(seed: UInt64) throws {
    var generator = SeededGenerator(seed: seed)
    (train, test) = try loadDigits().split(trainFraction: 0.8, using: &generator)
    afterSplit = generator
    self.seed = seed
  }

  /// Layer widths from the 64 pixels through `hidden` to the 10 classes.
  public static func sizes(hidden: [Int] = hiddenWidths) -> [Int] { [64] + hidden + [10] }

  /// A freshly He-initialized network and the generator positioned after it, ready to shuffle batches.
  public func start(hidden: [Int] = hiddenWidths) -> (network: Sequential, generator: SeededGenerator) {
    var generator = afterSplit
    let network = Sequential.multilayerPerceptron(sizes: Self.sizes(hidden: hidden), activation: .relu, initializer: .he, using: &generator)
    return (network, generator)
  }

  /// A Trainer with the recipe's loss and optimizer (Adam at `learningRate` unless another is given), in
  /// Double unless asked (Float needs Adam: ``Trainer/supportsFloat(network:loss:optimizer:)``).
  public static func trainer(
    _ network: Sequential, optimizer: any Optimizer = Adam(learningRate: learningRate), precision: Precision = .double
  ) -> Trainer {
    Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: optimizer, precision: precision)
  }
}
