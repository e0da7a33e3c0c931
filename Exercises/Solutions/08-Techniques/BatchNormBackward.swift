import NeuralKit

/// Reference answer to `Exercises/08-Techniques/BatchNormBackward.swift`, column by column:
/// ∂L/∂x = (γ/√(σ² + ε))·(g − mean(g) − x̂·mean(g ⊙ x̂)), ∂L/∂γ = Σ g ⊙ x̂, ∂L/∂β = Σ g.
public func batchNormBackward(
  input: Matrix, gamma: [Double], outputGradient g: Matrix, epsilon: Double
) -> (inputGradient: Matrix, gammaGradient: [Double], betaGradient: [Double]) {
  var inputGradient = input
  var gammaGradient = Array(repeating: 0.0, count: input.columns), betaGradient = gammaGradient
  let n = Double(input.rows)
  for c in 0..<input.columns {
    let (mean, variance) = columnStatistics(input, c)
    let scale = (variance + epsilon).squareRoot()
    let normalized = (0..<input.rows).map { (input[$0, c] - mean) / scale }
    for r in 0..<input.rows {
      betaGradient[c] += g[r, c]
      gammaGradient[c] += g[r, c] * normalized[r]
    }
    for r in 0..<input.rows {
      inputGradient[r, c] = gamma[c] / scale * (g[r, c] - betaGradient[c] / n - normalized[r] * gammaGradient[c] / n)
    }
  }
  return (inputGradient, gammaGradient, betaGradient)
}
