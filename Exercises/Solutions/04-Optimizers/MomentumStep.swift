/// Reference answer to `Exercises/04-Optimizers/MomentumStep.swift`: v ← μv + g, p ← p − lr·v.
public func momentumStep(
  parameters: inout [Double], gradients: [Double], velocity: inout [Double], learningRate: Double, momentum: Double
) {
  for i in parameters.indices {
    velocity[i] = momentum * velocity[i] + gradients[i]
    parameters[i] -= learningRate * velocity[i]
  }
}
