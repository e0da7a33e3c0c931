import Foundation

/// Small generated sets for toy problems, every one reproducible from its generator's seed.
extension Dataset {
  /// The four XOR points, class = x₁ ⊕ x₂: (0,0)→0, (0,1)→1, (1,0)→1, (1,1)→0. No line separates them.
  public static func xor() -> Dataset {
    let points: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
    return Dataset(name: "xor", features: Matrix(points), labels: [0, 1, 1, 0], classCount: 2)
  }

  /// A cloud of `pointsPerCorner` points around each XOR corner, x = corner + ε with ε ~ N(0, noise²·I);
  /// the class is the corner's. Corners in the order of ``xor()``, all points of one corner together.
  static func noisyXOR(
    pointsPerCorner: Int, noise: Double, using generator: inout SeededGenerator
  ) -> Dataset {
    let corners = xor()
    var values = [Double](), labels = [Int]()
    for corner in 0..<corners.count {
      for _ in 0..<pointsPerCorner {
        values += corners.features.row(corner).map { $0 + noise * generator.nextNormal() }
        labels.append(corners.labels[corner])
      }
    }
    let features = Matrix(rows: labels.count, columns: 2, storage: values)
    return Dataset(name: "xor-noisy", features: features, labels: labels, classCount: 2)
  }

  /// Two interleaving half circles, like scikit-learn's `make_moons(n, noise=σ, shuffle=False)`.
  ///
  /// ```
  ///   outer (class 0), n_out = ⌊n/2⌋:     (cos t,  sin t),            t = linspace(0, π, n_out)
  ///   inner (class 1), n_in = n − n_out:  (1 − cos t,  1 − sin t − ½),  t = linspace(0, π, n_in)
  ///   then every coordinate + σ·N(0, 1)
  /// ```
  /// Rows come class 0 first, then class 1 (shuffle or split before training).
  public static func twoMoons(count: Int, noise: Double, using generator: inout SeededGenerator) -> Dataset {
    precondition(count >= 2, "twoMoons needs at least 2 points, got \(count)")
    let outerCount = count / 2
    let outer = linspace(0, .pi, count: outerCount).flatMap { [cos($0), sin($0)] }
    let inner = linspace(0, .pi, count: count - outerCount).flatMap { [1 - cos($0), 1 - sin($0) - 0.5] }
    let values = (outer + inner).map { $0 + noise * generator.nextNormal() }
    let labels = [Int](repeating: 0, count: outerCount) + [Int](repeating: 1, count: count - outerCount)
    let features = Matrix(rows: count, columns: 2, storage: values)
    return Dataset(name: "two-moons", features: features, labels: labels, classCount: 2)
  }

  /// Spirals with `arms` arms (classes), as in Stanford CS231n's "spiral data" example.
  ///
  /// ```
  ///   arm j, point i of N:   r = i/(N−1),   θ = 4j + 4·i/(N−1) + noise·N(0, 1)
  ///                          x = (r·sin θ,  r·cos θ)
  /// ```
  /// The noise turns the angle, so points near the centre barely move. Rows come arm by arm.
  public static func spirals(
    pointsPerClass: Int, arms: Int = 3, noise: Double = 0.2, using generator: inout SeededGenerator
  ) -> Dataset {
    precondition(pointsPerClass >= 2 && arms >= 1, "spirals needs ≥ 2 points per arm and ≥ 1 arm")
    var values = [Double](), labels = [Int]()
    values.reserveCapacity(2 * pointsPerClass * arms)
    for arm in 0..<arms {
      let radii = linspace(0, 1, count: pointsPerClass)
      let angles = linspace(spiralTurn * Double(arm), spiralTurn * Double(arm + 1), count: pointsPerClass)
      for (r, angle) in zip(radii, angles) {
        let theta = angle + noise * generator.nextNormal()
        values += [r * sin(theta), r * cos(theta)]
        labels.append(arm)
      }
    }
    let features = Matrix(rows: labels.count, columns: 2, storage: values)
    return Dataset(name: "spirals", features: features, labels: labels, classCount: arms)
  }

  /// A regression set whose targets a fixed random network computes, so the best possible fit is known.
  ///
  /// ```
  ///   X ∈ ℝⁿˣ¹⁰, Xᵢⱼ ~ N(0, 1)
  ///   y = teacher(X) + noise·N(0, 1)        teacher: 10 → 5 tanh → 1 linear
  /// ```
  /// A network with at least the teacher's shape can reach a mean squared error of noise² on fresh data.
  public static func teacherRegression(
    count: Int, noise: Double = 0, teacher: TeacherNetwork = TeacherNetwork(),
    using generator: inout SeededGenerator
  ) -> Dataset {
    let features = Matrix.randomNormal(rows: count, columns: teacher.inputCount, using: &generator)
    let targets = teacher(features).map { $0 + noise * generator.nextNormal() }
    return Dataset(name: "teacher-regression", features: features, targets: targets)
  }

  /// How far one spiral arm turns, in radians (CS231n's 4).
  static let spiralTurn = 4.0
}

/// A fixed random two-layer network that labels ``Dataset/teacherRegression(count:noise:teacher:using:)``.
///
/// ```
///   teacher(X) = tanh(X·W₁ + b₁)·W₂ + b₂
///   W₁ ~ N(0, 1/d)  (d×h),  b₁ ~ N(0, ½²),  W₂ ~ N(0, 1/h)  (h×1),  b₂ ~ N(0, ½²)
/// ```
/// The 1/fan-in variances keep each pre-activation near unit variance, so the tanh units are neither
/// saturated nor linear; the biases move them off the origin so the function is not odd.
public struct TeacherNetwork: Equatable, Sendable {
  public let w1: Matrix
  public let b1: Matrix
  public let w2: Matrix
  public let b2: Matrix

  /// The seed of the default teacher, fixed so every run and every data seed share one teacher.
  public static let defaultSeed: UInt64 = 20_240_606
  static let biasStandardDeviation = 0.5

  /// A teacher with `inputCount` inputs and `hiddenCount` tanh units, drawn from `seed`.
  public init(inputCount: Int = 10, hiddenCount: Int = 5, seed: UInt64 = TeacherNetwork.defaultSeed) {
    var generator = SeededGenerator(seed: seed)
    let bias = Self.biasStandardDeviation
    w1 = .randomNormal(
      rows: inputCount, columns: hiddenCount, standardDeviation: 1 / Double(inputCount).squareRoot(),
      using: &generator)
    b1 = .randomNormal(rows: 1, columns: hiddenCount, standardDeviation: bias, using: &generator)
    w2 = .randomNormal(
      rows: hiddenCount, columns: 1, standardDeviation: 1 / Double(hiddenCount).squareRoot(), using: &generator)
    b2 = .randomNormal(rows: 1, columns: 1, standardDeviation: bias, using: &generator)
  }

  /// Number of inputs d.
  public var inputCount: Int { w1.rows }

  /// The n×1 outputs for the n×d inputs `x`.
  public func callAsFunction(_ x: Matrix) -> Matrix {
    x.matmul(w1).addingRowVector(b1).map(tanh).matmul(w2).addingRowVector(b2)
  }
}

extension Dataset {
  /// `count` examples of `features` pixels uniform in [0, 1) with labels uniform over `classes` classes:
  /// data with the shape of MNIST (784 pixels, 10 classes) for timing, with nothing to learn. Introduced in
  /// chapter 07; `bench-epoch` times an epoch of it.
  public static func randomClassification(count: Int, features: Int, classes: Int, using generator: inout SeededGenerator) -> Dataset {
    let x = Matrix.randomUniform(rows: count, columns: features, in: 0..<1, using: &generator)
    let labels = (0..<count).map { _ in generator.nextInt(in: 0..<classes) }
    return Dataset(name: "random-\(features)", features: x, labels: labels, classCount: classes)
  }
}
