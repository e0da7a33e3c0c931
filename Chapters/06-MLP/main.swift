import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 06: a full multilayer perceptron, trained with minibatches on toy sets and real digits.
///
/// The sections live in the files beside this one, so the entry point is a call at the end of this file
/// rather than `@main`.
struct MultilayerPerceptron: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch06-mlp",
    abstract: "Chapter 06 · Multilayer perceptron: the seed's network repaired, XOR, decision boundaries, handwritten digits.",
    discussion: """
      Trains the source article's 10-5-1 network on a teacher's targets, solves XOR with one hidden layer, \
      draws decision boundaries on two moons and spirals, then trains a 64-64-10 ReLU network on the UCI \
      handwritten digits (softmax cross-entropy, He initialization, Adam, minibatches of 32, 30 epochs). \
      The recipe options change that last section only.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup var recipe: RecipeOptions

  func run() throws {
    try Notebook.run(slug: "06-mlp", title: "Chapter 06 · Multilayer perceptron", options: chapter) { book in
      book.text("Chapters 04 and 05 built the pieces: update rules and layers that compute their own gradients. Here they train whole networks: minibatches drawn afresh each epoch, an optimizer step per batch, the loss and accuracy on training and test data after every epoch.")
      let toys = ToyProblems(seed: chapter.seed)
      toys.xor(book)
      toys.boundaries(book)
      toys.seedExample(book)
      try DigitsSection(options: recipe, seed: chapter.seed).run(book)
      book.tryThis([
        "`--hidden 16` or `--hidden 256,128`: accuracy against width; watch the train–test gap in the curves.",
        "`--optimizer gd --lr 0.1` against the default Adam: plain gradient descent needs many more epochs.",
        "`--lr 1`: steps far too long for Adam here: most ReLU units die (negative for every image), the loss stalls near ln 10 ≈ 2.3 and the accuracy falls to chance, 10 %.",
        "`--optimizer gd --lr 1e200`: the weights overflow in the first step, the loss becomes NaN in the second batch, and training stops, saying where.",
        "`--weight-decay 1e-3`: the first-layer weight images get smoother, the train accuracy drops a little.",
        "`--seed 7`: another split and initialization; the test accuracy moves by about a percent (360 test images).",
        "`--dataset mnist --data-dir DIR` trains the same recipe on MNIST's 60,000 28×28 digits (unzipped IDX files).",
      ])
    }
  }
}

MultilayerPerceptron.main()
