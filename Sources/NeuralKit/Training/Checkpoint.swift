/// A copy of everything a network's output depends on: its parameters' values and its buffers (BatchNorm's
/// running statistics), as torch's `state_dict()` holds them. Early stopping keeps the best epoch's and
/// returns to it. Optimizer state is not part of it. Introduced in chapter 08.
public struct Checkpoint: Equatable, Sendable {
  public let parameters: [Matrix]
  public let buffers: [Matrix]

  public init(parameters: [Matrix], buffers: [Matrix]) {
    self.parameters = parameters
    self.buffers = buffers
  }
}

extension Trainer {
  /// The network's parameters and buffers as they are now.
  public func checkpoint() -> Checkpoint? {
    Checkpoint(parameters: network.parameters.map(\.value), buffers: network.buffers)
  }

  /// Puts back the values of a checkpoint taken from this network.
  public func restore(_ checkpoint: Checkpoint) {
    let parameters = network.parameters
    precondition(parameters.count == checkpoint.parameters.count, "Trainer.restore: a checkpoint of another network")
    for (parameter, value) in zip(parameters, checkpoint.parameters) { parameter.value = value }
    network.buffers = checkpoint.buffers
    parametersRestored()
  }
}
