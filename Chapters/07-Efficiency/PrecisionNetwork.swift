import Foundation
import NeuralKit

/// A multilayer perceptron that trains in `Float` or `Double`: Dense layers with ReLU between them,
/// softmax cross-entropy on the last layer's logits, Adam. The same algorithm, and the same order of
/// operations, as ``Trainer`` running a ``Sequential`` of ``Dense`` and ``ActivationLayer``(.relu) with
/// ``SoftmaxCrossEntropyLoss`` and ``Adam``; only the number type differs.
///
/// ```
///   forward:   a⁽⁰⁾ = X,   z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·Wₗ + bₗ,   a⁽ˡ⁾ = relu(z⁽ˡ⁾)  (l < L),   logits = z⁽ᴸ⁾
///   loss:      L = (1/n) Σᵢ [LSE(zᵢ) − z_{i,yᵢ}],   δ⁽ᴸ⁾ = (softmax(z) − onehot(y)) / n
///   backward:  ∂L/∂Wₗ = a⁽ˡ⁻¹⁾ᵀ·δ⁽ˡ⁾,   ∂L/∂bₗ = Σ_rows δ⁽ˡ⁾,   δ⁽ˡ⁻¹⁾ = (δ⁽ˡ⁾·Wₗᵀ) ⊙ [z⁽ˡ⁻¹⁾ > 0]
/// ```
/// Introduced in chapter 07 to compare precisions.
final class PrecisionNetwork<Scalar: TrainingScalar>: Trainable {
  private(set) var weights: [ScalarMatrix<Scalar>]
  private(set) var biases: [ScalarMatrix<Scalar>]
  private var optimizer: ScalarAdam<Scalar>
  /// Adam's step size η.
  var learningRate: Double {
    get { optimizer.learningRate }
    set { optimizer.learningRate = newValue }
  }

  /// A network starting from the given Double weights (inputs × outputs) and biases (1 × outputs), rounded
  /// to `Scalar`, trained by Adam with torch's defaults at `learningRate`.
  init(weights: [Matrix], biases: [Matrix], learningRate: Double) {
    precondition(weights.count == biases.count && !weights.isEmpty, "PrecisionNetwork: one bias per weight matrix")
    self.weights = weights.map(ScalarMatrix.init)
    self.biases = biases.map(ScalarMatrix.init)
    optimizer = ScalarAdam(learningRate: learningRate)
  }

  /// The logits for `input`, and what backward needs: each layer's input a⁽ˡ⁻¹⁾ and pre-activation z⁽ˡ⁾.
  func forward(
    _ input: ScalarMatrix<Scalar>
  ) -> (logits: ScalarMatrix<Scalar>, inputs: [ScalarMatrix<Scalar>], preActivations: [ScalarMatrix<Scalar>]) {
    var a = input
    var inputs: [ScalarMatrix<Scalar>] = []
    var preActivations: [ScalarMatrix<Scalar>] = []
    for l in weights.indices {
      inputs.append(a)
      let z = ScalarMatrix.product(a, weights[l]).addingRowVector(biases[l])
      preActivations.append(z)
      a =
        l < weights.count - 1
        ? ScalarMatrix(rows: z.rows, columns: z.columns, storage: z.storage.map { max(0, $0) }) : z
    }
    return (a, inputs, preActivations)
  }

  /// One Adam update on a minibatch (its features rounded to `Scalar`); the minibatch loss before it.
  // The training loop calls this through the Trainable witness table, which one generic body serves for
  // every Scalar: without these specializations each multiply-add of the products would go through the
  // protocol's generic `*` and `+` (about 100× slower); with them the witness jumps to Float or Double code.
  @_specialize(where Scalar == Float)
  @_specialize(where Scalar == Double)
  func step(_ batch: Batch) -> Double {
    Double(step(ScalarMatrix(batch.features), labels: batch.labels))
  }

  /// One Adam update on a minibatch; returns the minibatch loss before the update.
  @discardableResult
  func step(_ features: ScalarMatrix<Scalar>, labels: [Int]) -> Scalar {
    let (logits, inputs, preActivations) = forward(features)
    let (loss, outputGradient) = Self.softmaxCrossEntropy(logits, labels: labels)
    var delta = outputGradient
    var gradients = [ScalarMatrix<Scalar>]()
    var parameters = [ScalarMatrix<Scalar>]()
    for l in weights.indices.reversed() {
      gradients = [ScalarMatrix.product(inputs[l], transposed: true, delta), delta.columnSums()] + gradients
      parameters = [weights[l], biases[l]] + parameters
      guard l > 0 else { break }
      let back = ScalarMatrix.product(delta, weights[l].transposed)
      let z = preActivations[l - 1].storage
      delta = ScalarMatrix(
        rows: back.rows, columns: back.columns, storage: back.storage.indices.map { z[$0] > 0 ? back.storage[$0] : 0 })
    }
    optimizer.step(&parameters, gradients: gradients)
    for l in weights.indices { (weights[l], biases[l]) = (parameters[2 * l], parameters[2 * l + 1]) }
    return loss
  }

  /// Mean loss and accuracy over `data`, in chunks of ``Trainer``'s evaluation size.
  @_specialize(where Scalar == Float)
  @_specialize(where Scalar == Double)
  func evaluate(_ data: Dataset) -> Evaluation {
    var total: Scalar = 0
    var correct = 0
    for batch in data.batches(of: Trainer.evaluationChunk) {
      let logits = forward(ScalarMatrix(batch.features)).logits
      total += Self.softmaxCrossEntropy(logits, labels: batch.labels).loss * Scalar(batch.count)
      correct += zip(logits.doubleMatrix.rowArgmax(), batch.labels).filter { $0 == $1 }.count
    }
    let n = Double(max(data.count, 1))
    return Evaluation(loss: Double(total) / n, accuracy: Double(correct) / n)
  }

  /// Softmax cross-entropy of each row's logits against its label, mean over the rows, and its gradient,
  /// computed as ``softmaxCrossEntropy(logits:labels:)`` does (z − LSE(z), never ln of a ratio).
  static func softmaxCrossEntropy(
    _ logits: ScalarMatrix<Scalar>, labels: [Int]
  ) -> (loss: Scalar, gradient: ScalarMatrix<Scalar>) {
    let k = logits.columns
    let n = Scalar(logits.rows)
    var gradient = logits
    var total: Scalar = 0
    for (r, label) in labels.enumerated() {
      let row = logits.storage[r * k..<(r + 1) * k]
      let m = row.max() ?? 0
      let lse = m + Scalar.logarithm(row.reduce(0) { $0 + Scalar.exponential($1 - m) })
      for c in 0..<k { gradient.storage[r * k + c] = Scalar.exponential(row[r * k + c] - lse) }
      total += lse - row[r * k + label]
      gradient.storage[r * k + label] -= 1
    }
    gradient.storage = gradient.storage.map { $0 / n }
    return (total / n, gradient)
  }
}

/// Adam's state in `Scalar` for the generic network; the update itself is the library's ``AdamKernel``,
/// the one ``Adam`` runs.
///
/// β₁ = 0.9, β₂ = 0.999, ε = 1e-8 rounded to `Scalar`; the two bias corrections are computed in Double from
/// the Double β's and rounded once to `Scalar`.
struct ScalarAdam<Scalar: TrainingScalar> {
  var learningRate: Double
  private var m: [[Scalar]] = [], v: [[Scalar]] = []
  private var stepCount = 0

  init(learningRate: Double) { self.learningRate = learningRate }

  mutating func step(_ parameters: inout [ScalarMatrix<Scalar>], gradients: [ScalarMatrix<Scalar>]) {
    if m.isEmpty {
      (m, v) = (
        gradients.map { Array(repeating: 0, count: $0.storage.count) },
        gradients.map { Array(repeating: 0, count: $0.storage.count) }
      )
    }
    stepCount += 1
    let t = Double(stepCount)
    let (beta1, beta2) = (0.9, 0.999)
    let coefficients = AdamKernel.Coefficients<Scalar>(
      beta1: Scalar(beta1), beta2: Scalar(beta2), epsilon: 1e-8, decay: 0,
      stepSize: Scalar(learningRate / (1 - pow(beta1, t))), correction2: Scalar((1 - pow(beta2, t)).squareRoot()))
    for i in parameters.indices {
      parameters[i].storage.withUnsafeMutableBufferPointer { p in
        gradients[i].storage.withUnsafeBufferPointer { g in
          m[i].withUnsafeMutableBufferPointer { m in
            v[i].withUnsafeMutableBufferPointer { v in AdamKernel.update(p, g, m, v, coefficients) }
          }
        }
      }
    }
  }
}
