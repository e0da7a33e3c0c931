import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 03: the loss functions the seed names without formulas, worked by hand, and their surfaces.
struct Losses: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch03-losses",
    abstract: "Chapter 03 · Losses: MSE, MAE, Huber, cross-entropy — formulas, worked examples, loss surfaces.",
    discussion: """
      Restores the loss formulas the source text lost (§2.3, §3.3), works each on a small example with its \
      gradient, shows why cross-entropy trains a sigmoid output better than MSE, and draws the loss surface \
      of linear and logistic regression over (w, b). The prose is Lesson.md beside this file.
      """)

  @OptionGroup var chapter: ChapterOptions

  static let sampleRange = 2...100_000
  static let noiseRange = 0.0...100.0

  @Option(help: "Number of data points for the loss surfaces (2 to 100000).")
  var samples = PositiveInt(50)

  @Option(parsing: .unconditional, help: "Standard deviation of the noise added to the line y = 2x + 1 (> 0, ≤ 100).")
  var noise = PositiveDouble(0.5)

  func validate() throws {
    guard Self.sampleRange.contains(samples.value) else {
      throw ValidationError("--samples must be between 2 and 100000; \(samples.value) is outside that range.")
    }
    guard Self.noiseRange.contains(noise.value) else {
      throw ValidationError("--noise must be at most 100; \(noise.value) is larger.")
    }
  }

  func run() throws {
    try Notebook.run(slug: "03-losses", options: chapter) { book in
      lossCurves(book)
      saturation(book)
      regressionByHand(book)
      classificationByHand(book)
      let surfaces = Surfaces(samples: samples.value, noise: noise.value, seed: chapter.seed)
      surfaces.regression(book)
      surfaces.logistic(book)
    }
  }
}

Losses.main()

// MARK: - 2.3 损失函数 · Loss functions

func lossCurves(_ book: Notebook) {
  let predictions = linspace(-3, 3, count: 241), zero = Matrix([[0]])
  func curve(_ loss: @escaping (Matrix, Matrix) -> Double) -> (Double) -> Double { { loss(Matrix([[$0]]), zero) } }
  let regression = Panel(
    title: "Regression losses, target y = 0", xLabel: "prediction ŷ", yLabel: "loss", yRange: AxisRange(0, 4.5),
    key: .topLeft, layers: [
      .series(Series("MSE (ŷ − y)²", x: predictions, curve(meanSquaredError))),
      .series(Series("MAE |ŷ − y|", x: predictions, curve(meanAbsoluteError))),
      .series(Series("Huber, δ = 1", x: predictions, dashType: 2, curve { huberLoss($0, $1) })),
    ])
  let probabilities = linspace(0.001, 0.999, count: 999)
  func bce(_ label: Double) -> (Double) -> Double {
    { binaryCrossEntropy(probabilities: Matrix([[$0]]), labels: Matrix([[label]])) }
  }
  let binary = Panel(
    title: "Binary cross-entropy", xLabel: "predicted probability p = P(y = 1)", yLabel: "loss",
    yRange: AxisRange(0, 5), key: .topRight,
    layers: [.series(Series("y = 1: −ln p", x: probabilities, bce(1))),
             .series(Series("y = 0: −ln(1 − p)", x: probabilities, bce(0)))])
  book.figure(.smallMultiples(
    "losses", title: "Loss against the prediction", [regression, binary], width: 1400, height: 560))
}

// MARK: - 2.3 Why cross-entropy beats MSE behind a sigmoid

/// |∂L/∂z| for one example with label 1 and output a = σ(z): MSE (a − 1)² against cross-entropy.
func logitGradients(_ z: Double) -> (mse: Double, crossEntropy: Double) {
  let one = Matrix([[1]])
  // chain rule through the sigmoid: ∂L/∂z = ∂L/∂a · σ′(z)
  let mse = meanSquaredErrorGradient(Matrix([[sigmoid(z)]]), one)[0, 0] * sigmoidDerivative(z)
  let crossEntropy = binaryCrossEntropyGradient(logits: Matrix([[z]]), labels: one)[0, 0]
  return (abs(mse), abs(crossEntropy))
}

func saturation(_ book: Notebook) {
  let at = logitGradients(-5)
  book.metric("saturation.mse_grad@-5", at.mse)
  book.metric("saturation.ce_grad@-5", at.crossEntropy)
  // Placeholders cannot hold "@": the page's names for these values are plain.
  book["saturation.sigma"] = sigmoid(-5).fixed(4)
  book["saturation.mse_grad"] = at.mse.fixed(6)
  book["saturation.ce_grad"] = at.crossEntropy.fixed(6)
  book["saturation.ratio"] = (at.crossEntropy / at.mse).fixed(0)
  let zs = linspace(-10, 10, count: 401)
  book.figure(Figure(name: "ce-vs-mse-gradient", Panel(
    title: "Gradient at the logit, label y = 1, output σ(z)", xLabel: "logit z", yLabel: "|∂L/∂z| (log scale)",
    yRange: AxisRange(1e-5, 3), logY: true, key: .bottomLeft,
    layers: [.series(Series("cross-entropy: 1 − σ(z)", x: zs) { logitGradients($0).crossEntropy }),
             .series(Series("MSE: 2(1 − σ(z))²σ(z)", x: zs) { logitGradients($0).mse })],
    annotations: [.verticalLine(x: 0, label: "σ(z) = ½"), .text("← confidently wrong", graphX: 0.05, graphY: 0.55),
                  .text("right →", graphX: 0.85, graphY: 0.55)])))
}

// MARK: - 3.3 损失函数的计算 · Computing the loss

func regressionByHand(_ book: Notebook) {
  let y = Matrix(rowVector: [1, 0, 2, -1]), yHat = Matrix(rowVector: [0.8, 0.1, 2.5, -0.7])
  let mse = meanSquaredError(yHat, y), gradient = meanSquaredErrorGradient(yHat, y)
  let mae = meanAbsoluteError(yHat, y), huber = huberLoss(yHat, y)
  book.block("regression.trace", """
    y = (1, 0, 2, −1),  ŷ = (0.8, 0.1, 2.5, −0.7),  d = ŷ − y = (−0.2, 0.1, 0.5, 0.3)
    MSE      = (0.04 + 0.01 + 0.25 + 0.09)/4 = \(mse.fixed(6))
    ∂MSE/∂ŷ₀ = 2·(−0.2)/4 = \(gradient[0, 0].fixed(6))
    MAE      = (0.2 + 0.1 + 0.5 + 0.3)/4 = \(mae.fixed(6))
    Huber    = ½·MSE   (every |d| ≤ δ = 1) = \(huber.fixed(6))
    """)
  for (key, value) in [("mse", mse), ("mse.grad@0", gradient[0, 0]), ("mae", mae), ("huber", huber)] {
    book.metric(key, value)
  }
}

func classificationByHand(_ book: Notebook) {
  let p = Matrix(rowVector: [0.9, 0.2, 0.6, 0.99]), y = Matrix(rowVector: [1, 0, 1, 0])
  let bce = binaryCrossEntropy(probabilities: p, labels: y)
  let logits = Matrix([[2, 1, 0.1], [0.5, 2.5, -1]])
  let (ce, gradient) = softmaxCrossEntropy(logits: logits, labels: [0, 1])
  let s = softmax(logits)
  func row(_ values: [Double]) -> String { "(" + values.map { $0.fixed(6) }.joined(separator: ", ") + ")" }
  book.block("bce.trace", """
    y = (1, 0, 1, 0),  p = (0.9, 0.2, 0.6, 0.99)
    BCE = −(ln 0.9 + ln 0.8 + ln 0.6 + ln 0.01)/4 = \(bce.fixed(6))
    """)
  book.block("ce.trace", """
    logits ((2, 1, 0.1), (0.5, 2.5, −1)), labels (0, 1)
    softmax row 0 = \(row(s.row(0)))
    softmax row 1 = \(row(s.row(1)))
    CE = −(ln \(s[0, 0].fixed(6)) + ln \(s[1, 1].fixed(6)))/2 = \(ce.fixed(6))
    ∂CE/∂z₀ = (softmax row 0 − (1, 0, 0))/2 = \(row(gradient.row(0)))
    """)
  book.metric("bce", bce)
  book.metric("ce", ce)
  for j in 0..<3 { book.metric("ce.grad.r0.c\(j)", gradient[0, j]) }
  // At the ends of [0, 1]: torch's floor under each logarithm, and the forms that need none.
  let edges = [("p_1e-15_y_1", 1e-15, 1.0), ("p_1_y_0", 1.0, 0.0)]
  for (name, p, y) in edges {
    let loss = binaryCrossEntropy(probabilities: Matrix([[p]]), labels: Matrix([[y]]))
    book.metric("bce.probabilities.\(name)", loss, shown: .fixed(6))
  }
  let fromLogit = binaryCrossEntropy(logits: Matrix([[1000]]), labels: Matrix([[0]]))
  book.metric("bce.from_logits@1000", fromLogit)
  book["bce.from_logits"] = fromLogit.fixed(1)
  book.metric("ce.stable", softmaxCrossEntropy(logits: Matrix([[1000, 0, -1000]]), labels: [2]).loss, shown: .fixed(1))
}
