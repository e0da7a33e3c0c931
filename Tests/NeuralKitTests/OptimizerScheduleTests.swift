import Foundation
import NeuralKit
import TestSupport
import Testing

@Suite("Learning-rate schedules")
struct OptimizerScheduleTests {
  /// The fixture's rates came from torch's recursion, which NeuralKit follows: a few ulps at most.
  static let torchTolerance = 1e-12

  @Test("step decay halves every 10 epochs, as torch's StepLR(step_size=10, gamma=0.5)")
  func stepDecay() throws {
    let schedule = StepLR(initial: 0.1, stepSize: 10, gamma: 0.5)
    #expect(schedule.learningRate(at: 0) == 0.1 && schedule.learningRate(at: 9) == 0.1)
    #expect(schedule.learningRate(at: 10) == 0.05 && schedule.learningRate(at: 25) == 0.025)
    let torch = try #require(try OptimizerTests.fixture().schedules["step"])
    #expect(isClose(torch.indices.map(schedule.learningRate), torch, relative: Self.torchTolerance))
  }

  @Test("cosine annealing from 0.1 to 0.001 over 20 epochs, as torch's CosineAnnealingLR")
  func cosine() throws {
    let schedule = CosineAnnealingLR(initial: 0.1, period: 20, minimum: 0.001)
    #expect(schedule.learningRate(at: 0) == 0.1)
    #expect(isClose(schedule.learningRate(at: 10), 0.0505, relative: 1e-14))  // halfway: the mean of the ends
    #expect(isClose(schedule.learningRate(at: 20), 0.001, relative: 1e-12))
    let torch = try #require(try OptimizerTests.fixture().schedules["cosine"])
    #expect(isClose(torch.indices.map(schedule.learningRate), torch, relative: Self.torchTolerance))
  }

  @Test("a schedule drives an optimizer's learning rate")
  func drivesOptimizer() {
    let optimizer: any Optimizer = GradientDescent(learningRate: 1)
    let theta = Parameter(Matrix(rows: 1, columns: 1, repeating: 0))
    let schedule = StepLR(initial: 1, stepSize: 1, gamma: 0.5)
    for epoch in 0..<3 {
      optimizer.learningRate = schedule.learningRate(at: epoch)
      theta.gradient = Matrix(rows: 1, columns: 1, repeating: -1)
      optimizer.step([theta])
    }
    #expect(theta.value[0, 0] == 1 + 0.5 + 0.25)
  }
}
