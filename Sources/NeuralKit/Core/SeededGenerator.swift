import Foundation

/// SplitMix64: a small, fast, seedable generator that gives the same numbers on every platform.
///
/// ```
///   state ← state + 0x9E3779B97F4A7C15
///   z ← (state ⊕ (state ≫ 30)) · 0xBF58476D1CE4E5B9
///   z ← (z ⊕ (z ≫ 27)) · 0x94D049BB133111EB
///   output z ⊕ (z ≫ 31)
/// ```
/// Steele, Lea & Flood, "Fast splittable pseudorandom number generators", OOPSLA 2014; the constants
/// are those of Vigna's reference `splitmix64.c`. Every lesson draws from this generator, never from
/// `SystemRandomNumberGenerator`, so a seed reproduces a run bit for bit.
public struct SeededGenerator: RandomNumberGenerator, Sendable {
  private var state: UInt64
  /// The second value of the last polar-method pair, returned by the next ``nextNormal()``.
  private var spareNormal: Double?

  /// A generator whose sequence is fixed by `seed`.
  public init(seed: UInt64) {
    state = seed
  }

  /// The next 64 random bits.
  public mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  /// A uniform double in [0, 1): the top 53 bits scaled by 2⁻⁵³, so every value is exactly representable.
  public mutating func nextUniform() -> Double {
    Double(next() >> 11) * 0x1.0p-53
  }

  /// A uniform double in [lower, upper).
  public mutating func nextUniform(in range: Range<Double>) -> Double {
    range.lowerBound + (range.upperBound - range.lowerBound) * nextUniform()
  }

  /// A standard normal sample by Marsaglia's polar method.
  ///
  /// ```
  ///   draw u, v uniform in (−1, 1) until 0 < s = u² + v² < 1
  ///   z₁ = u·√(−2 ln s / s),   z₂ = v·√(−2 ln s / s)
  /// ```
  // The polar method needs only log and sqrt (no sin/cos, whose last bit differs between C libraries),
  // which keeps the sequence identical across platforms. z₂ is kept for the next call.
  public mutating func nextNormal() -> Double {
    if let spare = spareNormal {
      spareNormal = nil
      return spare
    }
    while true {
      let u = 2 * nextUniform() - 1
      let v = 2 * nextUniform() - 1
      let s = u * u + v * v
      if s > 0 && s < 1 {
        let factor = (-2 * log(s) / s).squareRoot()
        spareNormal = v * factor
        return u * factor
      }
    }
  }

  /// A normal sample with the given mean and standard deviation.
  public mutating func nextNormal(mean: Double, standardDeviation: Double) -> Double {
    mean + standardDeviation * nextNormal()
  }

  /// A uniformly chosen integer in `range` (Lemire's unbiased method, via the standard library).
  public mutating func nextInt(in range: Range<Int>) -> Int {
    Int.random(in: range, using: &self)
  }

  /// Fisher–Yates shuffle of `array` in place.
  public mutating func shuffle<T>(_ array: inout [T]) {
    guard array.count > 1 else { return }
    for i in stride(from: array.count - 1, to: 0, by: -1) {
      let j = nextInt(in: 0..<(i + 1))
      array.swapAt(i, j)
    }
  }
}

extension Matrix {
  /// A matrix of independent samples from N(mean, standardDeviation²), filled row by row.
  public static func randomNormal(
    rows: Int, columns: Int, mean: Double = 0, standardDeviation: Double = 1,
    using generator: inout SeededGenerator
  ) -> Matrix {
    var values = [Double]()
    values.reserveCapacity(rows * columns)
    for _ in 0..<(rows * columns) {
      values.append(generator.nextNormal(mean: mean, standardDeviation: standardDeviation))
    }
    return Matrix(rows: rows, columns: columns, storage: values)
  }

  /// A matrix of independent samples from U[lower, upper), filled row by row.
  public static func randomUniform(
    rows: Int, columns: Int, in range: Range<Double>, using generator: inout SeededGenerator
  ) -> Matrix {
    var values = [Double]()
    values.reserveCapacity(rows * columns)
    for _ in 0..<(rows * columns) { values.append(generator.nextUniform(in: range)) }
    return Matrix(rows: rows, columns: columns, storage: values)
  }
}
