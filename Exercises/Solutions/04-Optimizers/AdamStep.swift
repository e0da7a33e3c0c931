import Foundation

/// Reference answer to `Exercises/04-Optimizers/AdamStep.swift`: bias-corrected moments, ε outside the root.
public func adamStep(
  parameters: inout [Double], gradients: [Double], firstMoment m: inout [Double], secondMoment v: inout [Double],
  step t: Int, learningRate: Double, beta1: Double, beta2: Double, epsilon: Double
) {
  let correction1 = 1 - pow(beta1, Double(t)), correction2 = 1 - pow(beta2, Double(t))
  for i in parameters.indices {
    let g = gradients[i]
    m[i] = beta1 * m[i] + (1 - beta1) * g
    v[i] = beta2 * v[i] + (1 - beta2) * g * g
    parameters[i] -= learningRate * (m[i] / correction1) / ((v[i] / correction2).squareRoot() + epsilon)
  }
}
