/// Reference answer to `Exercises/04-Optimizers/RMSpropStep.swift`: v ← αv + (1 − α)g², p ← p − lr·g/(√v + ε).
public func rmspropStep(
  parameters: inout [Double], gradients: [Double], squareAverage: inout [Double], learningRate: Double,
  decay: Double, epsilon: Double
) {
  for i in parameters.indices {
    let g = gradients[i]
    squareAverage[i] = decay * squareAverage[i] + (1 - decay) * g * g
    parameters[i] -= learningRate * g / (squareAverage[i].squareRoot() + epsilon)
  }
}
