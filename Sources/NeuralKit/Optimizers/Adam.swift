import Foundation

/// Adam: momentum on the gradient (first moment) divided by RMSprop's root-mean-square (second moment),
/// both corrected for starting at zero (`torch.optim.Adam`).
///
/// ```
///   g ← ∇f(θ) + λθ                   (λ = weightDecay: L2 added to the gradient, 0 by default)
///   m ← β₁·m + (1 − β₁)·g            β₁ = 0.9
///   v ← β₂·v + (1 − β₂)·g²           β₂ = 0.999
///   m̂ = m / (1 − β₁ᵗ),   v̂ = v / (1 − β₂ᵗ)
///   θ ← θ − η·m̂ / (√v̂ + ε)          ε = 1e-8
/// ```
/// Kingma & Ba, "Adam: a method for stochastic optimization", ICLR 2015. Without the bias correction the
/// first steps would be (1 − β₁) = 10 times too short; with it the first step has length η in every
/// coordinate whatever the gradient's scale.
public struct Adam: Optimizer {
  public var learningRate: Double
  public let beta1: Double
  public let beta2: Double
  public let epsilon: Double
  public let weightDecay: Double
  private var firstMoments: [Matrix] = []
  private var secondMoments: [Matrix] = []
  /// t, the number of steps taken.
  public private(set) var stepCount = 0

  public init(learningRate: Double, beta1: Double = 0.9, beta2: Double = 0.999, epsilon: Double = 1e-8, weightDecay: Double = 0) {
    self.learningRate = learningRate
    self.beta1 = beta1
    self.beta2 = beta2
    self.epsilon = epsilon
    self.weightDecay = weightDecay
  }

  public mutating func step(_ parameters: inout [Matrix], gradients: [Matrix]) {
    requireMatchingShapes(parameters, gradients, state: firstMoments, "Adam")
    if firstMoments.isEmpty { (firstMoments, secondMoments) = (zerosLike(parameters), zerosLike(parameters)) }
    stepCount += 1
    let t = Double(stepCount), beta1 = beta1, beta2 = beta2, eps = epsilon, decay = weightDecay
    // torch's arrangement: the step size carries 1/(1 − β₁ᵗ), the denominator √v/√(1 − β₂ᵗ) + ε.
    let stepSize = learningRate / (1 - pow(beta1, t))
    let correction2 = (1 - pow(beta2, t)).squareRoot()
    for i in parameters.indices {
      Self.update(&parameters[i].storage, gradients[i].storage, &firstMoments[i].storage, &secondMoments[i].storage,
                  Coefficients(beta1: beta1, beta2: beta2, epsilon: eps, decay: decay, stepSize: stepSize, correction2: correction2))
    }
  }

  struct Coefficients {
    let beta1, beta2, epsilon, decay, stepSize, correction2: Double
  }

  /// One parameter tensor's update in a single pass over raw buffers, in place: no temporary arrays, four
  /// lanes at a time (√ and ÷ dominate; the compiler does not vectorize the scalar loop by itself). Every
  /// lane does torch's arithmetic, operation for operation, so the numbers stay `torch.optim.Adam`'s.
  static func update(_ p: inout [Double], _ g: [Double], _ m: inout [Double], _ v: inout [Double], _ c: Coefficients) {
    let count = p.count
    p.withUnsafeMutableBufferPointer { p in
      g.withUnsafeBufferPointer { g in
        m.withUnsafeMutableBufferPointer { m in
          v.withUnsafeMutableBufferPointer { v in
            guard let p = p.baseAddress, let g = g.baseAddress, let m = m.baseAddress, let v = v.baseAddress else { return }
            var k = 0
            while k + 4 <= count {
              let (pk, mk, vk) = update(load(p + k), load(g + k), load(m + k), load(v + k), c)
              store(pk, p + k); store(mk, m + k); store(vk, v + k)
              k += 4
            }
            for k in k..<count {
              let (pk, mk, vk) = update(SIMD4(repeating: p[k]), SIMD4(repeating: g[k]), SIMD4(repeating: m[k]), SIMD4(repeating: v[k]), c)
              (p[k], m[k], v[k]) = (pk[0], mk[0], vk[0])
            }
          }
        }
      }
    }
  }

  @inline(__always)
  static func update(
    _ p: SIMD4<Double>, _ g: SIMD4<Double>, _ m: SIMD4<Double>, _ v: SIMD4<Double>, _ c: Coefficients
  ) -> (SIMD4<Double>, SIMD4<Double>, SIMD4<Double>) {
    let g = g + c.decay * p
    // m + (1 − β₁)(g − m) is β₁m + (1 − β₁)g written as torch's lerp computes it.
    let m = m + (1 - c.beta1) * (g - m)
    let v = v * c.beta2 + (1 - c.beta2) * g * g
    return (p + -c.stepSize * m / (v.squareRoot() / c.correction2 + c.epsilon), m, v)
  }

  @inline(__always)
  static func load(_ pointer: UnsafePointer<Double>) -> SIMD4<Double> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Double>.self)
  }

  @inline(__always)
  static func store(_ value: SIMD4<Double>, _ pointer: UnsafeMutablePointer<Double>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD4<Double>.self)
  }
}
