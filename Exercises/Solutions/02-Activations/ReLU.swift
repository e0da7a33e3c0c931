/// Reference answer to `Exercises/02-Activations/ReLU.swift`.
public func relu(_ x: Double) -> Double {
  x > 0 ? x : 0
}

/// 1 for x > 0, 0 otherwise (0 at the kink, as PyTorch).
public func reluDerivative(_ x: Double) -> Double {
  x > 0 ? 1 : 0
}
