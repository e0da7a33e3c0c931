import Foundation
import NeuralKit
import NotebookKit

extension Losses {
  // MARK: - 2.3 Each loss against the prediction

  func lossCurves(_ book: Notebook) {
    book.subsection("Each loss against the prediction")
    let predictions = linspace(-3, 3, count: 241), zero = Matrix([[0]])
    func curve(_ loss: @escaping (Matrix, Matrix) -> Double) -> (Double) -> Double { { loss(Matrix([[$0]]), zero) } }
    let regression = Panel(
      title: "Regression losses, target y = 0", xLabel: "prediction ŷ", yLabel: "loss", yRange: AxisRange(0, 4.5), key: .topLeft,
      layers: [
        .series(Series("MSE (ŷ − y)²", x: predictions, curve(meanSquaredError))),
        .series(Series("MAE |ŷ − y|", x: predictions, curve(meanAbsoluteError))),
        .series(Series("Huber, δ = 1", x: predictions, dashType: 2, curve { huberLoss($0, $1) })),
      ])
    let probabilities = linspace(0.001, 0.999, count: 999)
    func bce(_ label: Double) -> (Double) -> Double {
      { binaryCrossEntropy(probabilities: Matrix([[$0]]), labels: Matrix([[label]])) }
    }
    let binary = Panel(
      title: "Binary cross-entropy", xLabel: "predicted probability p = P(y = 1)", yLabel: "loss", yRange: AxisRange(0, 5), key: .topRight,
      layers: [
        .series(Series("y = 1: −ln p", x: probabilities, bce(1))),
        .series(Series("y = 0: −ln(1 − p)", x: probabilities, bce(0))),
      ])
    book.figure(Figure(name: "losses", title: "Loss against the prediction", rows: 1, columns: 2, width: 1400, height: 560,
                       panels: [regression, binary]),
                caption: "Left: MSE grows quadratically, MAE linearly, Huber is quadratic inside |d| ≤ 1 and linear outside (robust to outliers). Right: cross-entropy grows without bound as a confident prediction turns out wrong.")
    saturation(book)
  }

  // MARK: - 2.3 Why cross-entropy beats MSE behind a sigmoid

  /// |∂L/∂z| for one example with label 1 and output a = σ(z): MSE (a − 1)² against cross-entropy.
  static func logitGradients(_ z: Double) -> (mse: Double, crossEntropy: Double) {
    let one = Matrix([[1]])
    // chain rule through the sigmoid: ∂L/∂z = ∂L/∂a · σ′(z)
    let mse = meanSquaredErrorGradient(Matrix([[sigmoid(z)]]), one)[0, 0] * sigmoidDerivative(z)
    let crossEntropy = binaryCrossEntropyGradient(logits: Matrix([[z]]), labels: one)[0, 0]
    return (abs(mse), abs(crossEntropy))
  }

  func saturation(_ book: Notebook) {
    book.subsection("Why cross-entropy beats MSE behind a sigmoid")
    book.text("""
      Put a sigmoid on the output, a = σ(z), and a label y = 1. With MSE the gradient reaching the logit \
      carries the factor σ′(z), which vanishes exactly when the network is confidently wrong (z ≪ 0). \
      Cross-entropy's logarithm cancels that factor:
      """)
    book.formula("MSE: ∂/∂z (σ(z) − 1)² = 2(σ(z) − 1)·σ(z)(1 − σ(z))        CE: ∂/∂z [−ln σ(z)] = σ(z) − 1",
                 tex: #"\frac{\partial}{\partial z}(\sigma(z) - 1)^2 = 2(\sigma(z) - 1)\,\sigma(z)(1 - \sigma(z)), \qquad \frac{\partial}{\partial z}\bigl[-\ln \sigma(z)\bigr] = \sigma(z) - 1"#)
    let at = Self.logitGradients(-5)
    book.metric("saturation.mse_grad@-5", at.mse)
    book.metric("saturation.ce_grad@-5", at.crossEntropy)
    book.result("at z = −5 (σ = \(sigmoid(-5).fixed(4)), badly wrong): |∂MSE/∂z| = \(at.mse.fixed(6)), |∂CE/∂z| = \(at.crossEntropy.fixed(6)), \((at.crossEntropy / at.mse).fixed(0))× larger")
    let zs = linspace(-10, 10, count: 401)
    book.figure(Figure(name: "ce-vs-mse-gradient", Panel(
      title: "Gradient at the logit, label y = 1, output σ(z)", xLabel: "logit z", yLabel: "|∂L/∂z| (log scale)",
      yRange: AxisRange(1e-5, 3), logY: true, key: .bottomLeft,
      layers: [
        .series(Series("cross-entropy: 1 − σ(z)", x: zs) { Self.logitGradients($0).crossEntropy }),
        .series(Series("MSE: 2(1 − σ(z))²σ(z)", x: zs) { Self.logitGradients($0).mse }),
      ],
      annotations: [.verticalLine(x: 0, label: "σ(z) = ½"), .text("← confidently wrong", graphX: 0.05, graphY: 0.55),
                    .text("right →", graphX: 0.85, graphY: 0.55)])),
      caption: "On the left (z ≪ 0, confidently wrong) cross-entropy's gradient stays near 1 while MSE's dies like 2eᶻ: a sigmoid trained with MSE learns slowest exactly when it is most wrong.")
  }
}
