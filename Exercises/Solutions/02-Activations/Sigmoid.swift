import Foundation

/// Reference answer to `Exercises/02-Activations/Sigmoid.swift`.
// Only e to a non-positive power is ever formed, so nothing overflows.
public func sigmoid(_ x: Double) -> Double {
  if x >= 0 { return 1 / (1 + exp(-x)) }
  let e = exp(x)
  return e / (1 + e)
}

/// σ′(x) = σ(x)·(1 − σ(x)).
public func sigmoidDerivative(_ x: Double) -> Double {
  let s = sigmoid(x)
  return s * (1 - s)
}
