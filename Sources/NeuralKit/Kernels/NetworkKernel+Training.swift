import Foundation

/// A parameter's Float copy for a Float network: value, gradient and Adam's moments.
final class FloatParameter {
  let parameter: Parameter
  var value: [Float], gradient: [Float], m: [Float], v: [Float]

  init(_ parameter: Parameter) {
    self.parameter = parameter
    value = parameter.value.storage.map { Float($0) }
    gradient = Array(repeating: 0, count: value.count)
    (m, v) = (gradient, gradient)
  }

  /// Rounds the Double value to Float again (after a checkpoint is restored).
  func reload() { value = parameter.value.storage.map { Float($0) } }

  /// Writes the Float value into the Double parameter (exact: every Float is a Double).
  func publish() {
    parameter.value.withUnsafeMutableElements { target in
      for i in 0..<value.count { target[i] = Double(value[i]) }
    }
  }
}

// MARK: - The parameters' storage: the Parameters' own in Double, Float copies in Float

extension NetworkKernel {
  /// Calls `body` with stage l's W (inputs × outputs) and b.
  @inline(__always)
  func withWeights<R>(_ l: Int, _ body: (UnsafePointer<S>, UnsafePointer<S>) -> R) -> R {
    if S.self == Double.self {
      let dense = stages[l].dense
      return dense.weights.value.withUnsafeElements { w in
        dense.bias.value.withUnsafeElements { b in body(Self.cast(w), Self.cast(b)) }
      }
    }
    return floatState[2 * l].value.withUnsafeBufferPointer { (w: UnsafeBufferPointer<Float>) in
      floatState[2 * l + 1].value.withUnsafeBufferPointer { (b: UnsafeBufferPointer<Float>) in body(Self.cast(w), Self.cast(b)) }
    }
  }

  /// Calls `body` with stage l's ∂L/∂W and ∂L/∂b, to overwrite.
  @inline(__always)
  func withGradients(_ l: Int, _ body: (UnsafeMutablePointer<S>, UnsafeMutablePointer<S>) -> Void) {
    if S.self == Double.self {
      let dense = stages[l].dense
      dense.weights.gradient.withUnsafeMutableElements { w in
        dense.bias.gradient.withUnsafeMutableElements { b in body(Self.cast(w), Self.cast(b)) }
      }
      return
    }
    let (weights, bias) = (floatState[2 * l], floatState[2 * l + 1])
    weights.gradient.withUnsafeMutableBufferPointer { (w: inout UnsafeMutableBufferPointer<Float>) in
      bias.gradient.withUnsafeMutableBufferPointer { (b: inout UnsafeMutableBufferPointer<Float>) in body(Self.cast(w), Self.cast(b)) }
    }
  }

  /// A buffer of S, seen as the same numbers' type (S is Double, or S is Float, as the caller checked).
  @inline(__always)
  static func cast<T>(_ buffer: UnsafeBufferPointer<T>) -> UnsafePointer<S> {
    UnsafeRawPointer(buffer.baseAddress ?? UnsafePointer(bitPattern: MemoryLayout<S>.alignment).unsafelyUnwrapped)
      .assumingMemoryBound(to: S.self)
  }

  @inline(__always)
  static func cast<T>(_ buffer: UnsafeMutableBufferPointer<T>) -> UnsafeMutablePointer<S> {
    UnsafeMutableRawPointer(mutating: cast(UnsafeBufferPointer(buffer)))
      .assumingMemoryBound(to: S.self)
  }

  /// After a checkpoint is restored: the Float copies follow the Double parameters again.
  func parametersChanged() {
    for parameter in floatState { parameter.reload() }
  }
}

// MARK: - Entry points

extension NetworkKernel {
  /// Copies the rows `indices` of `features` (all of them, in order, when nil), rounded to S, into the
  /// input buffer, and their labels.
  private func gather(_ indices: [Int]?, of features: Matrix, labels allLabels: [Int]) {
    let n = indices?.count ?? features.rows, width = features.columns
    reserve(rows: n)
    guard let input else { return }
    labels.removeAll(keepingCapacity: true)
    features.withUnsafeElements { all in
      for r in 0..<n {
        let index = indices?[r] ?? r
        precondition(index >= 0 && index < features.rows, "Row \(index) out of range for \(features.shapeDescription)")
        if S.self == Double.self {
          (input + r * width).update(from: Self.cast(all) + index * width, count: width)
        } else {
          for c in 0..<width { input[r * width + c] = S(all[index * width + c]) }
        }
        labels.append(allLabels[index])
      }
    }
  }

  /// One training step's gradients on the rows `indices` of `features` (all when nil): forward, loss,
  /// backward; returns the batch's loss before any update (a loss that is not finite stops before backward,
  /// as in Trainer). `observe` is called as each phase ends.
  func gradients(
    rows indices: [Int]?, of features: Matrix, labels allLabels: [Int], observing observe: ((Trainer.Phase) -> Void)?
  ) -> Double {
    gather(indices, of: features, labels: allLabels)
    guard let input else { return .nan }
    let n = labels.count
    forward(input, rows: n)
    observe?(.forward)
    let value = Double(lossAndGradient(rows: n, labels: labels))
    observe?(.loss)
    guard value.isFinite else { return value }
    backward(input, rows: n)
    observe?(.backward)
    return value
  }

  /// Float only: Adam's step on the Float copies (the optimizer's hyper-parameters, this kernel's moments
  /// and step count), then the Double parameters rewritten from them.
  func adamStep(_ adam: Adam) {
    floatSteps += 1
    let t = Double(floatSteps)
    let coefficients = AdamKernel.Coefficients<Float>(
      beta1: Float(adam.beta1), beta2: Float(adam.beta2), epsilon: Float(adam.epsilon), decay: Float(adam.weightDecay),
      stepSize: Float(adam.learningRate / (1 - pow(adam.beta1, t))),
      correction2: Float((1 - pow(adam.beta2, t)).squareRoot()))
    for parameter in floatState {
      parameter.value.withUnsafeMutableBufferPointer { p in
        parameter.gradient.withUnsafeBufferPointer { g in
          parameter.m.withUnsafeMutableBufferPointer { m in
            parameter.v.withUnsafeMutableBufferPointer { v in AdamKernel.update(p, g, m, v, coefficients) }
          }
        }
      }
      parameter.publish()
    }
  }

  /// Calls `body` with chunks of at most `chunk` rows of `features` as S: in place for Double, rounded
  /// into the input buffer for Float.
  private func chunks(of features: Matrix, size chunk: Int, _ body: (UnsafePointer<S>, Range<Int>) -> Void) {
    reserve(rows: min(chunk, features.rows))
    let width = features.columns
    features.withUnsafeElements { all in
      for start in stride(from: 0, to: features.rows, by: chunk) {
        let rows = start..<min(start + chunk, features.rows)
        if S.self == Double.self {
          body(Self.cast(all) + start * width, rows)
        } else if let input {
          for i in 0..<rows.count * width { input[i] = S(all[start * width + i]) }
          body(input, rows)
        }
      }
    }
  }

  /// Mean loss and accuracy on `data`, in chunks of `chunk` rows read where they lie: the numbers of
  /// ``Trainer/evaluate(_:)``'s readable path.
  func evaluate(_ data: Dataset, chunk: Int) -> Evaluation {
    var total = 0.0, correct = 0
    let k = stages[stages.count - 1].outputs
    chunks(of: data.features, size: chunk) { x, rows in
      forward(x, rows: rows.count)
      total += Double(loss(rows: rows.count, labels: data.labels[rows])) * Double(rows.count)
      let logits = output(stages.count - 1)
      for (r, label) in data.labels[rows].enumerated() {
        var best = 0
        for c in 1..<max(k, 1) where logits[r * k + c] > logits[r * k + best] { best = c }
        if best == label { correct += 1 }
      }
    }
    let n = Double(max(data.count, 1))
    return Evaluation(loss: total / n, accuracy: Double(correct) / n)
  }

  /// The network's output for every row of `features`.
  func predict(_ features: Matrix, chunk: Int) -> Matrix {
    let k = stages[stages.count - 1].outputs
    var result = [Double]()
    result.reserveCapacity(features.rows * k)
    chunks(of: features, size: chunk) { x, rows in
      forward(x, rows: rows.count)
      let logits = output(stages.count - 1)
      for i in 0..<rows.count * k { result.append(Double(logits[i])) }
    }
    return Matrix(rows: features.rows, columns: k, storage: result)
  }
}
