import ExerciseKit

/// Exercise 04-optimizers/momentum-step: one step of gradient descent with momentum (torch.optim.SGD with
/// `momentum`, no dampening, no Nesterov).
///
/// ```
///   v ← μ·v + g
///   p ← p − lr·v
/// ```
/// Element by element: p the parameters, g their gradients, v the velocity (all zeros before the first
/// step; the caller keeps it between steps), μ the momentum, lr the learning rate. Update `parameters`
/// and `velocity` in place.
///
/// Check it: `make check CH=04`
public func momentumStep(
  parameters: inout [Double], gradients: [Double], velocity: inout [Double], learningRate: Double, momentum: Double
) {
  return notImplemented()
}
