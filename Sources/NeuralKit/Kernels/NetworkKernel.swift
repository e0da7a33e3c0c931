/// The fast path of ``Trainer``: one training step, or an evaluation, of a ``Sequential`` of ``Dense``
/// layers (each optionally followed by an ``ActivationLayer``) with ``SoftmaxCrossEntropyLoss``, on
/// workspaces allocated once and reused, in `Double` or `Float`.
///
/// ```
///   forward    z⁽ˡ⁾ = a⁽ˡ⁻¹⁾·Wₗ + bₗ,  a⁽ˡ⁾ = f(z⁽ˡ⁾)          one product, then bias and f in one pass
///   loss       δ⁽ᴸ⁾ = (softmax(z⁽ᴸ⁾) − onehot(y)) / n           straight into δ's workspace
///   backward   ∂L/∂Wₗ = a⁽ˡ⁻¹⁾ᵀ·δ⁽ˡ⁾,  ∂L/∂bₗ = Σ_rows δ⁽ˡ⁾,  δ⁽ˡ⁻¹⁾ = (δ⁽ˡ⁾·Wₗᵀ) ⊙ f′(z⁽ˡ⁻¹⁾)
/// ```
/// The readable path (``Sequential``, ``Dense``, ``ActivationLayer``, ``softmaxCrossEntropy(logits:labels:)``)
/// allocates a matrix for every intermediate and gathers every minibatch into a new ``Batch``; here the
/// batch's rows are copied into a buffer, each layer writes into its own, gradients go straight into each
/// ``Parameter``'s storage, and an evaluation reads the data where it lies. In Double every operation is
/// the readable path's, in the same order, so the numbers are equal bit for bit (a test holds them
/// equal). In Float the same operations run on Float copies of the weights, with Adam's step in Float
/// (``AdamKernel``); the Double parameters are rewritten from them after every step.
final class NetworkKernel<S: KernelScalar> {
  /// A dense layer and the activation after it (nil: none, as for the logits).
  struct Stage {
    let dense: Dense
    let activation: Activation?
    var inputs: Int { dense.weights.value.rows }
    var outputs: Int { dense.weights.value.columns }
  }

  let stages: [Stage]
  /// Rows the workspaces hold now; they grow to the largest batch seen.
  private(set) var capacity = 0
  /// Per stage: z⁽ˡ⁾, a⁽ˡ⁾ (only where there is an activation) and δ⁽ˡ⁾, each capacity × outputs.
  private(set) var z: [UnsafeMutablePointer<S>] = [], a: [UnsafeMutablePointer<S>?] = [], delta: [UnsafeMutablePointer<S>] = []
  /// The batch's rows, capacity × inputs of the first stage; and its labels.
  private(set) var input: UnsafeMutablePointer<S>?
  var labels: [Int] = []
  /// Float only: the weights and biases, their gradients and Adam's moments, stage by stage (W then b).
  private(set) var floatState: [FloatParameter] = []
  var floatSteps = 0

  /// The stages of `network` when it is a chain of Dense layers, each followed by at most one activation
  /// layer; nil otherwise (BatchNorm, dropout, … run the readable path).
  static func stages(of network: Layer) -> [Stage]? {
    guard let sequential = network as? Sequential, !sequential.layers.isEmpty else { return nil }
    var stages: [Stage] = []
    var layers = sequential.layers[...]
    while let dense = layers.popFirst() as? Dense {
      let activation = (layers.first as? ActivationLayer)?.activation
      if activation != nil { layers.removeFirst() }
      if let last = stages.last, last.outputs != dense.weights.value.rows { return nil }
      stages.append(Stage(dense: dense, activation: activation))
    }
    return layers.isEmpty && !stages.isEmpty ? stages : nil
  }

  init(stages: [Stage]) {
    self.stages = stages
    if S.self == Float.self { floatState = stages.flatMap { [FloatParameter($0.dense.weights), FloatParameter($0.dense.bias)] } }
  }

  deinit { release() }

  private func release() {
    for pointer in z { pointer.deallocate() }
    for pointer in a { pointer?.deallocate() }
    for pointer in delta { pointer.deallocate() }
    input?.deallocate()
  }

  /// Makes room for `rows` rows (the first call, and any larger batch; never during steady training).
  func reserve(rows: Int) {
    guard rows > capacity else { return }
    release()
    capacity = rows
    z = stages.map { .allocate(capacity: rows * $0.outputs) }
    a = stages.map { $0.activation == nil ? nil : .allocate(capacity: rows * $0.outputs) }
    delta = stages.map { .allocate(capacity: rows * $0.outputs) }
    input = .allocate(capacity: rows * (stages.first?.inputs ?? 0))
  }

  /// The output of stage l (its activation, or z without one).
  func output(_ l: Int) -> UnsafeMutablePointer<S> { a[l] ?? z[l] }
}

// MARK: - Forward, loss and backward

extension NetworkKernel {
  /// z and a of every stage for `rows` rows of `x` (rows `stride` numbers apart... always the input width).
  func forward(_ x: UnsafePointer<S>, rows n: Int) {
    var x = x
    for (l, stage) in stages.enumerated() {
      let (inputs, outputs) = (stage.inputs, stage.outputs), zl = z[l]
      zl.initialize(repeating: 0, count: n * outputs)
      withWeights(l) { w, b in
        MatmulKernel.multiply(
          m: n, n: outputs, k: inputs, a: StridedOperand(x, columns: inputs, transposed: false),
          b: StridedOperand(w, columns: outputs, transposed: false), c: zl)
        // snippet: fused-bias-activation
        // z = X·W + b and a = f(z) in one pass over the product, as Dense's addRowVector and the
        // activation layer's map compute them one after the other; ReLU in a loop of its own, which the
        // compiler vectorizes.
        switch (a[l], stage.activation) {
        case (let al?, .relu?):
          for r in 0..<n {
            let (zr, ar) = (zl + r * outputs, al + r * outputs)
            for c in 0..<outputs {
              let value = zr[c] + b[c]
              zr[c] = value
              ar[c] = value <= 0 ? 0 : value
            }
          }
        case (let al?, let f?):
          for r in 0..<n {
            for c in 0..<outputs {
              zl[r * outputs + c] += b[c]
              al[r * outputs + c] = S(f.value(Double(zl[r * outputs + c])))
            }
          }
        default:
          for r in 0..<n {
            for c in 0..<outputs { zl[r * outputs + c] += b[c] }
          }
        }
        // snippet end
      }
      x = UnsafePointer(output(l))
    }
  }

  /// Softmax cross-entropy of the logits against `labels` (mean over the rows) and, into δ of the last
  /// stage, its gradient: ``softmaxCrossEntropy(logits:labels:)``'s operations in its order.
  func lossAndGradient(rows n: Int, labels: [Int]) -> S {
    let last = stages.count - 1, k = stages[last].outputs
    let logits = output(last), gradient = delta[last], count = S(n)
    var total: S = 0
    for (r, label) in labels.enumerated() {
      let row = logits + r * k, g = gradient + r * k
      let m = Self.maximum(row, k)
      var sum: S = 0
      for c in 0..<k {
        g[c] = S.exponential(row[c] - m)
        sum += g[c]
      }
      total += (m - row[label]) + (m.isFinite ? S.logarithm(sum) : 0)
      for c in 0..<k { g[c] = (g[c] / sum - (c == label ? 1 : 0)) / count }
    }
    return total / count
  }

  /// The loss alone, as ``softmaxCrossEntropyLoss(logits:labels:)`` computes it for an evaluation.
  func loss(rows n: Int, labels: ArraySlice<Int>) -> S {
    let last = stages.count - 1, k = stages[last].outputs, logits = output(last)
    var total: S = 0
    for (r, label) in labels.enumerated() {
      let row = logits + r * k
      let m = Self.maximum(row, k)
      var logSum: S = 0
      if m.isFinite {
        var sum: S = 0
        for c in 0..<k { sum += S.exponential(row[c] - m) }
        logSum = S.logarithm(sum)
      }
      total += (m - row[label]) + logSum
    }
    return total / S(n)
  }

  /// Every parameter's gradient from δ of the last stage, backward through the stages; the first stage's
  /// δ·Wᵀ, the gradient of the data, is not formed (``Sequential/backwardParameters(_:)``).
  func backward(_ x: UnsafePointer<S>, rows n: Int) {
    let last = stages.count - 1
    if let f = stages[last].activation { multiplyByDerivative(last, f, rows: n) }
    for l in stride(from: last, through: 0, by: -1) {
      let (inputs, outputs) = (stages[l].inputs, stages[l].outputs), dl = UnsafePointer(delta[l])
      let input = l == 0 ? x : UnsafePointer(output(l - 1))
      withGradients(l) { gw, gb in
        gw.initialize(repeating: 0, count: inputs * outputs)
        MatmulKernel.multiply(  // ∂L/∂W = Xᵀ·δ
          m: inputs, n: outputs, k: n, a: StridedOperand(input, columns: inputs, transposed: true),
          b: StridedOperand(dl, columns: outputs, transposed: false), c: gw)
        gb.initialize(repeating: 0, count: outputs)
        for r in 0..<n {  // ∂L/∂b = Σ_rows δ
          for c in 0..<outputs { gb[c] += dl[r * outputs + c] }
        }
      }
      guard l > 0 else { break }
      let previous = delta[l - 1]
      previous.initialize(repeating: 0, count: n * inputs)
      withWeights(l) { w, _ in  // δ⁽ˡ⁻¹⁾ = δ⁽ˡ⁾·Wᵀ
        MatmulKernel.multiply(
          m: n, n: inputs, k: outputs, a: StridedOperand(dl, columns: outputs, transposed: false),
          b: StridedOperand(w, columns: outputs, transposed: true), c: previous)
      }
      if let f = stages[l - 1].activation { multiplyByDerivative(l - 1, f, rows: n) }
    }
  }

  /// δ⁽ˡ⁾ ← δ⁽ˡ⁾ ⊙ f′(z⁽ˡ⁾), as ``Activation/backpropagate(_:through:)`` computes it.
  private func multiplyByDerivative(_ l: Int, _ f: Activation, rows n: Int) {
    let (d, zl) = (delta[l], z[l])
    if f == .relu {
      for i in 0..<n * stages[l].outputs { d[i] = d[i] * (zl[i] > 0 ? 1 : 0) }
    } else {
      for i in 0..<n * stages[l].outputs { d[i] = d[i] * S(f.derivative(Double(zl[i]))) }
    }
  }

  /// The first of the largest of `count` numbers, as `Sequence.max()` finds it.
  @inline(__always)
  static func maximum(_ row: UnsafePointer<S>, _ count: Int) -> S {
    var m = row[0]
    for c in 1..<max(count, 1) where m < row[c] { m = row[c] }
    return m
  }
}
