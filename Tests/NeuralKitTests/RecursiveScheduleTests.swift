import Foundation
import NeuralKit
import TestSupport
import Testing

@Suite("Learning-rate schedules, torch's recursive forms")
struct RecursiveScheduleTests {
  /// The same operations in the same order as torch's Python, with glibc's cos on both sides: equal bits.
  /// One ulp of slack in case a platform's cos rounds differently.
  static let torchTolerance = 2.3e-16
  /// The recursion and the closed form drift apart by rounding alone, a few ulps per epoch.
  static let closedFormTolerance = 1e-12

  static func torch(_ name: String) throws -> [Double] {
    try #require(try TorchBatchNormFixture.load().schedules[name])
  }

  @Test("StepLR(step 30, γ 0.1) from 0.1 matches torch for 100 epochs")
  func step() throws {
    let rates = try Self.torch("step")
    let schedule = StepLR(initial: 0.1, stepSize: 30)
    #expect(isClose(schedule.learningRates(count: rates.count), rates, relative: Self.torchTolerance))
  }

  @Test("ExponentialLR(γ 0.95) from 0.1 matches torch for 100 epochs")
  func exponential() throws {
    let rates = try Self.torch("exponential")
    let schedule = ExponentialLR(initial: 0.1, gamma: 0.95)
    #expect(isClose(schedule.learningRates(count: rates.count), rates, relative: Self.torchTolerance))
  }

  @Test("CosineAnnealingLR(T 100, η_min 0.001) matches torch for 250 epochs, past T where it climbs back")
  func cosine() throws {
    let rates = try Self.torch("cosine")
    let schedule = CosineAnnealingLR(initial: 0.1, period: 100, minimum: 0.001)
    #expect(isClose(schedule.learningRates(count: rates.count), rates, relative: Self.torchTolerance))
    #expect(rates[100] == 0.001 && rates[200] > 0.099)
  }

  @Test("5 epochs of linear warm-up from 0.1·η₀, then cosine, as torch's SequentialLR(LinearLR, CosineAnnealingLR)")
  func warmup() throws {
    let rates = try Self.torch("warmup_cosine")
    let cosine = CosineAnnealingLR(initial: 0.1, period: 95, minimum: 0.001)
    let schedule = LinearWarmup(epochs: 5, startFactor: 0.1, then: cosine)
    #expect(isClose(rates.indices.map(schedule.learningRate(at:)), rates, relative: Self.torchTolerance))
    // The warm-up is linear: η₀·(f + (1 − f)·t/w).
    for t in 0..<5 {
      #expect(isClose(schedule.learningRate(at: t), 0.1 * (0.1 + 0.9 * Double(t) / 5), relative: 1e-14))
    }
  }

  @Test("learningRate(at:) equals the list, and the recursion agrees with the closed forms")
  func closedForms() {
    let recursive = CosineAnnealingLR(initial: 0.1, period: 100, minimum: 0.001)
    // The closed forms: η_min + (η₀ − η_min)·(1 + cos(πt/T))/2 and η₀·γ^⌊t/s⌋.
    let closed = { (t: Int) in 0.001 + (0.1 - 0.001) * (1 + cos(Double.pi * Double(t) / 100)) / 2 }
    let rates = recursive.learningRates(count: 101)
    for t in [0, 1, 37, 50, 99, 100] {
      #expect(recursive.learningRate(at: t) == rates[t])
      #expect(isClose(rates[t], closed(t), relative: Self.closedFormTolerance))
    }
    let step = StepLR(initial: 0.1, stepSize: 30)
    for t in [0, 29, 30, 65, 99] {
      #expect(isClose(step.learningRate(at: t), 0.1 * pow(0.1, Double(t / 30)), relative: Self.closedFormTolerance))
    }
    let exponential = ExponentialLR(initial: 0.1, gamma: 0.95)
    #expect(isClose(exponential.learningRate(at: 20), 0.1 * pow(0.95, 20), relative: Self.closedFormTolerance))
  }

  @Test("the training loop sets each epoch's rate from the schedule")
  func drivesTraining() {
    var generator = SeededGenerator(seed: 1)
    let features = Matrix.randomNormal(rows: 8, columns: 2, using: &generator)
    let data = Dataset(name: "t", features: features, labels: [0, 1, 0, 1, 0, 1, 0, 1], classCount: 2)
    let network = Sequential.multilayerPerceptron(
      sizes: [2, 3, 2], activation: .relu, initializer: .he, using: &generator)
    let optimizer = GradientDescent(learningRate: 1)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: optimizer)
    let schedule = LinearWarmup(epochs: 2, startFactor: 0.5, then: StepLR(initial: 0.1, stepSize: 2))
    let settings = TrainingSettings(epochs: 6, batchSize: 4, schedule: schedule)
    let history = trainer.fit(data, settings: settings, using: &generator)
    #expect(history.epochs.map(\.learningRate) == (0..<6).map(schedule.learningRate(at:)))
  }
}
