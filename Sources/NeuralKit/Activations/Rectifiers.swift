import Foundation

// snippet: relu
/// The rectified linear unit.
///
/// ```
///   relu(x) = max(0, x)       relu′(x) = 1 if x > 0, else 0
/// ```
/// At the kink x = 0 the derivative is 0, as in `torch.nn.functional.relu`. NaN passes through, as there.
// Written with `<=` so a NaN (every comparison false) is returned, not silently replaced by 0.
@inlinable
public func relu(_ x: Double) -> Double {
  x <= 0 ? 0 : x
}
// snippet end

// snippet: relu-derivative
/// The derivative of ReLU: 1 for x > 0, 0 for x ≤ 0 (0 at the kink, like PyTorch).
@inlinable
public func reluDerivative(_ x: Double) -> Double {
  x > 0 ? 1 : 0
}
// snippet end

// snippet: leaky-relu-elu
/// The slope PyTorch's `leaky_relu` uses for x < 0 by default (`negative_slope=0.01`).
public let leakyReLUDefaultSlope = 0.01

/// The leaky ReLU: a small slope instead of zero for negative inputs, so the gradient never dies.
///
/// ```
///   f(x) = x if x > 0, else a·x        f′(x) = 1 if x > 0, else a       (a = 0.01)
/// ```
/// At x = 0 the derivative is the slope a, as in `torch.nn.functional.leaky_relu`.
@inlinable
public func leakyReLU(_ x: Double, slope: Double = leakyReLUDefaultSlope) -> Double {
  x > 0 ? x : slope * x
}

/// The derivative of the leaky ReLU: 1 for x > 0, `slope` for x ≤ 0.
@inlinable
public func leakyReLUDerivative(_ x: Double, slope: Double = leakyReLUDefaultSlope) -> Double {
  x > 0 ? 1 : slope
}

/// The exponential linear unit (Clevert, Unterthiner & Hochreiter 2016).
///
/// ```
///   f(x) = x if x > 0, else α(eˣ − 1)      f′(x) = 1 if x > 0, else α·eˣ      (α = 1)
/// ```
// `expm1` keeps α(eˣ − 1) accurate for small |x|, where eˣ − 1 would cancel.
@inlinable
public func elu(_ x: Double, alpha: Double = 1) -> Double {
  x > 0 ? x : alpha * expm1(x)
}

/// The derivative of ELU: 1 for x > 0, α·eˣ for x ≤ 0 (PyTorch's `elu_backward`; α at the kink).
@inlinable
public func eluDerivative(_ x: Double, alpha: Double = 1) -> Double {
  x > 0 ? 1 : alpha * exp(x)
}
// snippet end
