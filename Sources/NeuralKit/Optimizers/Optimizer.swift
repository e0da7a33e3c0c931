/// One update rule for a list of parameter matrices, with whatever state it keeps per parameter.
///
/// `step` follows `torch.optim`: the gradients are those of the loss at the current parameters, and the
/// optimizer moves every parameter once. State (momentum buffers, running averages, the step count) is kept
/// per parameter by its position in the list, so the same list must be passed on every call. A point in the
/// plane is a single 1×2 matrix.
public protocol Optimizer {
  /// The step size η; a schedule may change it between steps.
  var learningRate: Double { get set }

  /// Moves every parameter one step against its gradient.
  mutating func step(_ parameters: inout [Matrix], gradients: [Matrix])
}

/// Stops with a message unless every gradient has its parameter's shape and the list is the one seen before.
func requireMatchingShapes(_ parameters: [Matrix], _ gradients: [Matrix], state: [Matrix], _ name: String) {
  precondition(parameters.count == gradients.count, "\(name): \(parameters.count) parameters but \(gradients.count) gradients")
  for (p, g) in zip(parameters, gradients) {
    precondition(p.shape == g.shape, "\(name): parameter \(p.shapeDescription) but gradient \(g.shapeDescription)")
  }
  if !state.isEmpty {
    precondition(state.count == parameters.count && zip(state, parameters).allSatisfy { $0.shape == $1.shape },
                 "\(name): the parameter list changed between steps")
  }
}

/// Zero matrices shaped like `parameters`: the initial state of a running sum or average.
func zerosLike(_ parameters: [Matrix]) -> [Matrix] {
  parameters.map { Matrix(rows: $0.rows, columns: $0.columns) }
}

extension Matrix {
  /// Applies `update(k)` to every storage index `k`: the elementwise loop every optimizer runs.
  @inlinable
  mutating func updateElements(_ update: (Int) -> Double) {
    for k in storage.indices { storage[k] = update(k) }
  }
}
