/// Training and evaluation mode, and buffers, for a whole network: each layer's, in layer order.
extension Sequential {
  /// Puts every layer in training (`true`) or evaluation (`false`) mode, as torch's `model.train()` and
  /// `model.eval()` reach every submodule. Introduced in chapter 08.
  public func setTraining(_ training: Bool) {
    for layer in layers { layer.setTraining(training) }
  }

  /// Every layer's buffers, in layer order; setting them hands each layer back as many as it gave.
  public var buffers: [Matrix] {
    get { layers.flatMap(\.buffers) }
    set {
      var remaining = newValue[...]
      for layer in layers {
        let count = layer.buffers.count
        precondition(remaining.count >= count, "Sequential: \(newValue.count) buffers are too few for this network")
        layer.buffers = Array(remaining.prefix(count))
        remaining = remaining.dropFirst(count)
      }
      precondition(remaining.isEmpty, "Sequential: \(newValue.count) buffers are too many for this network")
    }
  }

  /// The output of every layer for `input`, in order: what each layer hands the next (chapter 08 draws
  /// the activations' histograms layer by layer). The last entry is ``forward(_:)``'s result.
  public func layerOutputs(_ input: Matrix) -> [Matrix] {
    var outputs: [Matrix] = []
    var current = input
    for layer in layers {
      current = layer.forward(current)
      outputs.append(current)
    }
    return outputs
  }
}
