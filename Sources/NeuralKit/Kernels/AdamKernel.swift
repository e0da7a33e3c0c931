/// Adam's update of one parameter in a single pass over raw buffers, in place, four lanes at a time: no
/// temporary matrices, and √ and ÷ in vector instructions (the compiler does not vectorize the scalar loop
/// by itself). Every lane does torch's arithmetic operation for operation, so the numbers are those of
/// ``Adam``'s readable step, bit for bit (a test holds them equal).
///
/// ```
///   g ← g + λθ,   m ← m + (1 − β₁)(g − m),   v ← β₂·v + (1 − β₂)·g²
///   θ ← θ − s·m / (√v / c + ε)          s = η/(1 − β₁ᵗ),  c = √(1 − β₂ᵗ)
/// ```
/// Generic over the number type, so chapter 07's Float network runs the same update.
public enum AdamKernel {
  /// The step's constants; `stepSize` and `correction2` carry the bias corrections for step t.
  public struct Coefficients<Scalar: BinaryFloatingPoint & SIMDScalar> {
    public let beta1, beta2, epsilon, decay, stepSize, correction2: Scalar

    public init(beta1: Scalar, beta2: Scalar, epsilon: Scalar, decay: Scalar, stepSize: Scalar, correction2: Scalar) {
      (self.beta1, self.beta2, self.epsilon, self.decay) = (beta1, beta2, epsilon, decay)
      (self.stepSize, self.correction2) = (stepSize, correction2)
    }
  }

  /// Updates θ, m and v in place from g; all four buffers have the same length.
  @inlinable
  public static func update<Scalar: BinaryFloatingPoint & SIMDScalar>(
    _ p: UnsafeMutableBufferPointer<Scalar>, _ g: UnsafeBufferPointer<Scalar>,
    _ m: UnsafeMutableBufferPointer<Scalar>, _ v: UnsafeMutableBufferPointer<Scalar>, _ c: Coefficients<Scalar>
  ) {
    precondition(g.count == p.count && m.count == p.count && v.count == p.count, "AdamKernel: buffers differ in length")
    guard let pp = p.baseAddress, let gp = g.baseAddress, let mp = m.baseAddress, let vp = v.baseAddress else { return }
    var k = 0
    while k + 4 <= p.count {
      let (pk, mk, vk) = lanes(load(pp + k), load(gp + k), load(mp + k), load(vp + k), c)
      store(pk, pp + k)
      store(mk, mp + k)
      store(vk, vp + k)
      k += 4
    }
    while k < p.count {
      let (pk, mk, vk) = lanes(SIMD4(repeating: pp[k]), SIMD4(repeating: gp[k]), SIMD4(repeating: mp[k]), SIMD4(repeating: vp[k]), c)
      (pp[k], mp[k], vp[k]) = (pk[0], mk[0], vk[0])
      k += 1
    }
  }

  @inlinable @inline(__always)
  static func lanes<Scalar: BinaryFloatingPoint & SIMDScalar>(
    _ p: SIMD4<Scalar>, _ g: SIMD4<Scalar>, _ m: SIMD4<Scalar>, _ v: SIMD4<Scalar>, _ c: Coefficients<Scalar>
  ) -> (SIMD4<Scalar>, SIMD4<Scalar>, SIMD4<Scalar>) {
    let g = g + c.decay * p
    let m = m + (1 - c.beta1) * (g - m)
    let v = c.beta2 * v + (1 - c.beta2) * g * g
    return (p - c.stepSize * m / (v.squareRoot() / c.correction2 + c.epsilon), m, v)
  }

  @inlinable @inline(__always)
  static func load<Scalar: SIMDScalar>(_ pointer: UnsafePointer<Scalar>) -> SIMD4<Scalar> {
    UnsafeRawPointer(pointer).loadUnaligned(as: SIMD4<Scalar>.self)
  }

  @inlinable @inline(__always)
  static func store<Scalar: SIMDScalar>(_ value: SIMD4<Scalar>, _ pointer: UnsafeMutablePointer<Scalar>) {
    UnsafeMutableRawPointer(pointer).storeBytes(of: value, as: SIMD4<Scalar>.self)
  }
}
