import Foundation

/// Reference answer to `Exercises/02-Activations/HyperbolicTangent.swift`: tanh x = sign(x)·(1 − e^(−2|x|))/(1 + e^(−2|x|)).
// e^(−2|x|) ≤ 1 never overflows; expm1 keeps 1 − e^(−2|x|) accurate for tiny |x|.
public func hyperbolicTangent(_ x: Double) -> Double {
  let e = exp(-2 * abs(x))
  let magnitude = -expm1(-2 * abs(x)) / (1 + e)
  return x < 0 ? -magnitude : magnitude
}

/// tanh′(x) = 1 − tanh²(x).
public func hyperbolicTangentDerivative(_ x: Double) -> Double {
  let t = hyperbolicTangent(x)
  return 1 - t * t
}
