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
      of linear and logistic regression over (w, b).
      """)

  @OptionGroup var chapter: ChapterOptions

  @Option(help: "Number of data points for the loss surfaces (≥ 1).")
  var samples = PositiveInt(50)

  @Option(parsing: .unconditional, help: "Standard deviation of the noise added to the line y = 2x + 1 (> 0).")
  var noise = PositiveDouble(0.5)

  func run() throws {
    try Notebook.run(slug: "03-losses", title: "Chapter 03 · Loss functions", options: chapter) { book in
      formulas(book)
      regressionExample(book)
      classificationExamples(book)
      lossCurves(book)
      SurfaceLesson(samples: samples.value, noise: noise.value, seed: chapter.seed).run(book)
      book.tryThis([
        "`--noise 2`: the least-squares line moves away from (2, 1) and the bowl's floor rises to about noise² = 4.",
        "`--samples 5`: with few points the bowl tilts and the optimum wanders; with 500 it settles on (2, 1).",
        "In the gradient figure, read the values at z = −5: MSE's gradient is about 75× smaller than cross-entropy's.",
        "Change the seed (`--seed 7`): the surfaces change a little, the formulas and worked examples not at all.",
      ])
    }
  }

  // MARK: - 2.3 损失函数 · Loss functions

  func formulas(_ book: Notebook) {
    book.section("2.3", "损失函数", "Loss functions")
    book.text("""
      A loss turns predictions ŷ and targets y into one number that training drives down. The source names \
      mean squared error and cross-entropy and then stops at "均方误差(MSE):" and "交叉熵损失:". Here they \
      are, mean-reduced over n values as in PyTorch, each with the gradient that backpropagation starts from.
      """)
    book.subsection("Regression: MSE, MAE, Huber")
    book.formula("MSE = (1/n) Σ (ŷᵢ − yᵢ)²          ∂/∂ŷᵢ = 2(ŷᵢ − yᵢ)/n",
                 tex: #"\mathrm{MSE} = \frac1n \sum_i (\hat y_i - y_i)^2, \qquad \frac{\partial\,\mathrm{MSE}}{\partial \hat y_i} = \frac{2(\hat y_i - y_i)}{n}"#)
    book.formula("MAE = (1/n) Σ |ŷᵢ − yᵢ|           ∂/∂ŷᵢ = sign(ŷᵢ − yᵢ)/n",
                 tex: #"\mathrm{MAE} = \frac1n \sum_i |\hat y_i - y_i|, \qquad \frac{\partial\,\mathrm{MAE}}{\partial \hat y_i} = \frac{\mathrm{sign}(\hat y_i - y_i)}{n}"#)
    book.formula("Huber = (1/n) Σ h(dᵢ),  h(d) = ½d² if |d| ≤ δ else δ(|d| − ½δ),  δ = 1;   ∂/∂ŷᵢ = clip(dᵢ, −δ, δ)/n",
                 tex: #"\mathrm{Huber} = \frac1n \sum_i \begin{cases} \tfrac12 d_i^2 & |d_i| \le \delta \\ \delta(|d_i| - \tfrac12\delta) & \text{otherwise} \end{cases}, \quad d_i = \hat y_i - y_i,\ \delta = 1"#)
    book.subsection("Classification: binary and softmax cross-entropy")
    book.formula("BCE = −(1/n) Σ [yᵢ ln pᵢ + (1 − yᵢ) ln(1 − pᵢ)],   p clamped to [ε, 1 − ε], ε = 1e-12",
                 tex: #"\mathrm{BCE} = -\frac1n \sum_i \bigl[y_i \ln p_i + (1 - y_i)\ln(1 - p_i)\bigr], \qquad \frac{\partial}{\partial p_i} = \frac{p_i - y_i}{n\,p_i(1 - p_i)}"#)
    book.formula("from a logit z (p = σ(z)):  ℓ = max(z, 0) − z·y + ln(1 + e^(−|z|)),   ∂ℓ/∂z = σ(z) − y",
                 tex: #"\ell(z, y) = \max(z, 0) - z y + \ln\bigl(1 + e^{-|z|}\bigr), \qquad \frac{\partial \ell}{\partial z} = \sigma(z) - y"#)
    book.formula("CE = (1/n) Σᵢ [LSE(zᵢ) − z_{i,yᵢ}],  LSE(z) = m + ln Σⱼ e^(zⱼ − m), m = max z;   ∂/∂z_{ij} = (softmax(zᵢ)ⱼ − [j = yᵢ])/n",
                 tex: #"\mathrm{CE} = \frac1n \sum_i \Bigl[\ln \sum_j e^{z_{ij}} - z_{i y_i}\Bigr], \qquad \frac{\partial\,\mathrm{CE}}{\partial z_{ij}} = \frac{\mathrm{softmax}(z_i)_j - [j = y_i]}{n}"#)
  }

  // MARK: - 3.3 损失函数的计算 · Computing the loss

  func regressionExample(_ book: Notebook) {
    book.section("3.3", "损失函数的计算", "Computing the loss")
    book.text("The source's §3.3 reads \"the formula is as follows:\" and shows none. Worked by hand instead:")
    let y = Matrix(rowVector: [1, 0, 2, -1]), yHat = Matrix(rowVector: [0.8, 0.1, 2.5, -0.7])
    let mse = meanSquaredError(yHat, y), gradient = meanSquaredErrorGradient(yHat, y)
    let mae = meanAbsoluteError(yHat, y), huber = huberLoss(yHat, y)
    book.code("""
      y = (1, 0, 2, −1),  ŷ = (0.8, 0.1, 2.5, −0.7),  d = ŷ − y = (−0.2, 0.1, 0.5, 0.3)
      MSE   = (0.04 + 0.01 + 0.25 + 0.09)/4 = \(mse.fixed(6))
      ∂MSE/∂ŷ₀ = 2·(−0.2)/4 = \(gradient[0, 0].fixed(6))
      MAE   = (0.2 + 0.1 + 0.5 + 0.3)/4 = \(mae.fixed(6))
      Huber = ½·MSE (every |d| ≤ δ = 1) = \(huber.fixed(6))
      """)
    book.metric("mse", mse)
    book.metric("mse.grad@0", gradient[0, 0])
    book.metric("mae", mae)
    book.metric("huber", huber)
  }

  func classificationExamples(_ book: Notebook) {
    let p = Matrix(rowVector: [0.9, 0.2, 0.6, 0.99]), y = Matrix(rowVector: [1, 0, 1, 0])
    let bce = binaryCrossEntropy(probabilities: p, labels: y)
    let fromLogit = binaryCrossEntropy(logits: Matrix([[1000]]), labels: Matrix([[0]]))
    let logits = Matrix([[2, 1, 0.1], [0.5, 2.5, -1]])
    let (ce, gradient) = softmaxCrossEntropy(logits: logits, labels: [0, 1])
    let stable = softmaxCrossEntropy(logits: Matrix([[1000, 0, -1000]]), labels: [2]).loss
    let s = softmax(logits)
    book.code("""
      y = (1, 0, 1, 0),  p = (0.9, 0.2, 0.6, 0.99)
      BCE = −(ln 0.9 + ln 0.8 + ln 0.6 + ln 0.01)/4 = \(bce.fixed(6))     (the confident mistake p = 0.99 costs ln 100 = 4.6)

      logit z = 1000, y = 0:  σ(1000) rounds to 1 and ln(1 − 1) = −∞ (clamping gives −ln ε ≈ 27.6);
      stable form max(z, 0) − z·y + ln(1 + e^−|z|) = \(fromLogit.fixed(1))

      logits ((2, 1, 0.1), (0.5, 2.5, −1)), labels (0, 1)
      softmax row 0 = (\(s.row(0).map { $0.fixed(6) }.joined(separator: ", ")))
      softmax row 1 = (\(s.row(1).map { $0.fixed(6) }.joined(separator: ", ")))
      CE = −(ln \(s[0, 0].fixed(6)) + ln \(s[1, 1].fixed(6)))/2 = \(ce.fixed(6))
      ∂CE/∂z₀ = (softmax row 0 − (1, 0, 0))/2 = (\(gradient.row(0).map { $0.fixed(6) }.joined(separator: ", ")))   sums to 0

      logits (1000, 0, −1000), label 2:  naive e^1000 = ∞ gives NaN;  LSE − z₂ = 1000 − (−1000) = \(stable.fixed(1))
      """)
    book.metric("bce", bce)
    book.metric("bce.from_logits@1000", fromLogit)
    book.metric("ce", ce)
    for j in 0..<3 { book.metric("ce.grad.r0.c\(j)", gradient[0, j]) }
    book.metric("ce.stable", stable)
    book.text("Every value above matches `torch.nn.functional` in float64 (mse_loss, l1_loss, huber_loss, binary_cross_entropy, binary_cross_entropy_with_logits, cross_entropy).")
  }
}

Losses.main()
