import NeuralKit
import Testing

/// The fused Adam kernel against Adam's readable step: the same arithmetic, so the same bits.
@Suite("Adam kernel")
struct AdamKernelTests {
  /// Runs `steps` Adam updates on a 7×5 weight (not a multiple of the four lanes) and a 1×5 bias with
  /// random gradients, and returns the final values.
  static func run(fused: Bool, weightDecay: Double, steps: Int) -> [Matrix] {
    var generator = SeededGenerator(seed: 21)
    let parameters = [Parameter(.randomNormal(rows: 7, columns: 5, using: &generator)), Parameter(.randomNormal(rows: 1, columns: 5, using: &generator))]
    let adam = Adam(learningRate: 0.01, weightDecay: weightDecay)
    adam.fused = fused
    for _ in 0..<steps {
      for p in parameters { p.gradient = .randomNormal(rows: p.value.rows, columns: p.value.columns, standardDeviation: 3, using: &generator) }
      adam.step(parameters)
    }
    return parameters.map(\.value)
  }

  @Test("fused and readable steps give equal bits", arguments: [0.0, 0.1])
  func equalBits(weightDecay: Double) {
    let fused = Self.run(fused: true, weightDecay: weightDecay, steps: 50)
    let readable = Self.run(fused: false, weightDecay: weightDecay, steps: 50)
    #expect(fused.map { $0.storage.map(\.bitPattern) } == readable.map { $0.storage.map(\.bitPattern) })
  }

  @Test("state belongs to each parameter: the order they are passed in does not matter")
  func stateFollowsParameter() {
    let a = Parameter(Matrix([[1, 2]])), b = Parameter(Matrix([[3]]))
    let c = Parameter(Matrix([[1, 2]])), d = Parameter(Matrix([[3]]))
    let first = Adam(learningRate: 0.1), second = Adam(learningRate: 0.1)
    for step in 0..<5 {
      for p in [a, b, c, d] { p.gradient = p.value * Double(step + 1) }
      first.step([a, b])
      second.step(step.isMultiple(of: 2) ? [c, d] : [d, c])
    }
    #expect(a.value == c.value && b.value == d.value)
  }
}
