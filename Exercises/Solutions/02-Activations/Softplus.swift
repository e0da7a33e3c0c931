import Foundation

/// Reference answer to `Exercises/02-Activations/Softplus.swift`: max(x, 0) + log1p(e^(−|x|)).
public func softplus(_ x: Double) -> Double {
  max(x, 0) + log1p(exp(-abs(x)))
}
