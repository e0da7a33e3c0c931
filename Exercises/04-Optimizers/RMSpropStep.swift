import ExerciseKit

/// Exercise 04-optimizers/rmsprop-step: one step of RMSprop (torch.optim.RMSprop; Hinton's lecture 6e).
///
/// ```
///   v ← α·v + (1 − α)·g²
///   p ← p − lr·g / (√v + ε)
/// ```
/// Element by element: v is the running average of squared gradients (zeros before the first step, kept
/// by the caller), α the decay (0.99), ε = 1e-8 added outside the square root. With gradients of 1e-10
/// the place of ε changes the step a hundredfold. Update `parameters` and `squareAverage` in place.
///
/// Check it: `make check CH=04`
public func rmspropStep(
  parameters: inout [Double], gradients: [Double], squareAverage: inout [Double], learningRate: Double,
  decay: Double, epsilon: Double
) {
  return notImplemented()
}
