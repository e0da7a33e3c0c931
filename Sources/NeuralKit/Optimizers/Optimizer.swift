/// One update rule for trainable parameters, with whatever state it keeps for each of them.
///
/// `step` follows `torch.optim`: each parameter's `gradient` is that of the loss at its current `value`,
/// and the optimizer moves every value once, in place. The state (momentum buffers, running averages, the
/// step count) belongs to each parameter: the optimizer keeps it keyed by the parameter itself, as torch
/// keeps `optimizer.state[p]`, so parameters may come in any order and a new one starts fresh. A point in
/// the plane is a single 1×2 parameter.
public protocol Optimizer: AnyObject {
  /// The step size η; a schedule may change it between steps.
  var learningRate: Double { get set }

  /// Moves every parameter's value one step against its gradient.
  func step(_ parameters: [Parameter])
}

/// What an optimizer remembers for each parameter, made by `initial` the first time a parameter is seen.
///
/// Entries hold the parameter too, so its identity cannot pass to another object while the state lives.
final class ParameterStates<State: AnyObject> {
  private var entries: [ObjectIdentifier: (parameter: Parameter, state: State)] = [:]

  func state(for parameter: Parameter, initial: (Parameter) -> State) -> State {
    let key = ObjectIdentifier(parameter)
    if let entry = entries[key] { return entry.state }
    let state = initial(parameter)
    entries[key] = (parameter, state)
    return state
  }
}

/// One running matrix per parameter (a velocity, a sum or an average of squares), zero at the start.
final class RunningMatrix {
  var value: Matrix

  init(shapedLike parameter: Parameter) {
    value = Matrix(rows: parameter.value.rows, columns: parameter.value.columns)
  }
}
