import Foundation
@testable import NeuralKit
import TestSupport
import Testing

@Suite("Generated data sets")
struct DataSyntheticTests {
  /// Noise-free coordinates are sums of cos and sin of multiples of π; a few ulps of rounding remain.
  static let coordinateTolerance = 1e-15

  @Test("XOR holds the four corners with labels x₁ ⊕ x₂")
  func xor() {
    let set = Dataset.xor()
    #expect(set.features == Matrix([[0, 0], [0, 1], [1, 0], [1, 1]]))
    #expect(set.labels == [0, 1, 1, 0] && set.classCount == 2)
  }

  @Test("noisy XOR clouds sit around their corners")
  func noisyXOR() {
    var generator = SeededGenerator(seed: 11)
    let set = Dataset.noisyXOR(pointsPerCorner: 200, noise: 0.1, using: &generator)
    #expect(set.count == 800 && set.classCounts == [400, 400])
    // Each point lies within 5σ of its corner; the corner's label is x₁ ⊕ x₂ of the rounded point.
    for i in 0..<set.count {
      let corner = set.features.row(i).map { $0.rounded() }
      #expect(set.features.row(i).enumerated().allSatisfy { abs($1 - corner[$0]) < 0.5 })
      #expect(set.labels[i] == Int(corner[0]) ^ Int(corner[1]))
    }
  }

  @Test("noise-free moons: half circles at hand-worked points")
  func moonsExact() {
    var generator = SeededGenerator(seed: 1)
    let set = Dataset.twoMoons(count: 6, noise: 0, using: &generator)
    // Outer t = 0, π/2, π: (cos t, sin t). Inner: (1 − cos t, 1 − sin t − ½).
    let expected: [Double] = [1, 0, 0, 1, -1, 0, 0, 0.5, 1, -0.5, 2, 0.5]
    #expect(isClose(set.features.storage, expected, relative: 0, absolute: Self.coordinateTolerance))
    #expect(set.labels == [0, 0, 0, 1, 1, 1])
  }

  @Test("moons have the requested size, balance and seeded noise", arguments: [100, 101])
  func moonsShape(count: Int) {
    var a = SeededGenerator(seed: 4), b = SeededGenerator(seed: 4), c = SeededGenerator(seed: 5)
    let set = Dataset.twoMoons(count: count, noise: 0.1, using: &a)
    #expect(set.features.rows == count && set.features.columns == 2)
    #expect(set.classCounts == [count / 2, count - count / 2])
    #expect(set == Dataset.twoMoons(count: count, noise: 0.1, using: &b))
    #expect(set != Dataset.twoMoons(count: count, noise: 0.1, using: &c))
  }

  @Test("noise-free spirals: radius grows from 0 to 1 while the angle turns 4 radians per arm")
  func spiralsExact() {
    var generator = SeededGenerator(seed: 1)
    let set = Dataset.spirals(pointsPerClass: 5, arms: 3, noise: 0, using: &generator)
    #expect(set.features.rows == 15 && set.classCounts == [5, 5, 5])
    // Arm j, last point: r = 1, θ = 4(j + 1). Each arm starts at the centre.
    for arm in 0..<3 {
      let theta = 4 * Double(arm + 1)
      #expect(isClose(set.features.row(5 * arm + 4), [sin(theta), cos(theta)], absolute: Self.coordinateTolerance))
      #expect(set.features.row(5 * arm) == [0, 0])
      // Point 2 of 5: r = ½, θ = 4j + 2.
      let middle = 4 * Double(arm) + 2
      let expected = [0.5 * sin(middle), 0.5 * cos(middle)]
      #expect(isClose(set.features.row(5 * arm + 2), expected, absolute: Self.coordinateTolerance))
    }
  }

  @Test("noisy spirals keep every radius and are fixed by the seed")
  func spiralsNoisy() {
    var a = SeededGenerator(seed: 8), b = SeededGenerator(seed: 8)
    let set = Dataset.spirals(pointsPerClass: 100, using: &a)
    #expect(set.count == 300 && set.classCount == 3 && set.classCounts == [100, 100, 100])
    #expect(set == Dataset.spirals(pointsPerClass: 100, using: &b))
    // The noise turns the angle only: |x| is still i/(N − 1).
    let radii = (0..<100).map { hypot(set.features[$0, 0], set.features[$0, 1]) }
    #expect(isClose(radii, linspace(0, 1, count: 100), relative: 1e-14, absolute: 1e-15))
  }

  @Test("the teacher's targets equal its forward pass written out as sums")
  func teacherRegression() {
    var generator = SeededGenerator(seed: 2)
    let teacher = TeacherNetwork()
    let set = Dataset.teacherRegression(count: 50, using: &generator)
    #expect(set.features.rows == 50 && set.features.columns == 10)
    #expect(set.targets.rows == 50 && set.targets.columns == 1 && !set.isClassification)
    for i in 0..<set.count {
      let x = set.features.row(i)
      // y = b₂ + Σⱼ W₂[j]·tanh(b₁[j] + Σₖ xₖ·W₁[k, j])
      let hidden = (0..<5).map { j in
        tanh(teacher.b1[0, j] + (0..<10).reduce(0) { $0 + x[$1] * teacher.w1[$1, j] })
      }
      let y = teacher.b2[0, 0] + (0..<5).reduce(0) { $0 + hidden[$1] * teacher.w2[$1, 0] }
      #expect(isClose(set.targets[i, 0], y, relative: 1e-12, absolute: 1e-14))
    }
    // The teacher is fixed: the same for every data seed.
    #expect(TeacherNetwork() == teacher && TeacherNetwork(seed: 1) != teacher)
  }

  @Test("teacher noise adds N(0, σ²) to the clean targets")
  func teacherNoise() {
    var a = SeededGenerator(seed: 3), b = SeededGenerator(seed: 3)
    let clean = Dataset.teacherRegression(count: 20_000, using: &a)
    let noisy = Dataset.teacherRegression(count: 20_000, noise: 0.1, using: &b)
    #expect(clean.features == noisy.features)
    let residual = (noisy.targets - clean.targets).storage
    let variance = residual.reduce(0) { $0 + $1 * $1 } / Double(residual.count)
    // Standard error of a variance estimate from n = 20,000 normals: σ²·√(2/n) = 0.01 · 0.01; allow 5 of them.
    #expect(abs(variance - 0.01) < 5 * 0.01 * (2.0 / 20_000).squareRoot())
    #expect(allFinite(clean.targets.storage))
  }
}
