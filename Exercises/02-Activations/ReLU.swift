import ExerciseKit

/// Exercise 02-activations/relu: the rectified linear unit and its derivative.
///
/// ```
///   relu(x) = max(0, x)       relu′(x) = 1 if x > 0, else 0
/// ```
/// At the kink x = 0 the derivative is taken as 0, as PyTorch does.
///
/// Check it: `make check CH=02`
public func relu(_ x: Double) -> Double {
  return notImplemented()
}

/// The derivative of ReLU: 1 for x > 0, 0 for x ≤ 0.
public func reluDerivative(_ x: Double) -> Double {
  return notImplemented()
}
