import Foundation

/// The reference values numpy computed (`scripts/reference/exercises_fixtures.py`), read from
/// `Fixtures/exercises.json`.
struct Fixture: Decodable {
  struct OptimizerCase: Decodable {
    let name: String
    let learningRate: Double
    let hyperparameters: [String: Double]
    let start: [Double]
    let curvature: [Double]
    /// The parameters after each step.
    let trajectory: [[Double]]
  }

  struct BatchNormCase: Decodable {
    let input, output, outputGradient, inputGradient: [[Double]]
    let gamma, beta, gammaGradient, betaGradient: [Double]
    let epsilon: Double
  }

  let optimizers: [OptimizerCase]
  let batchnorm: BatchNormCase

  /// The fixture, decoded; a missing or malformed file is the course's bug, reported as a failed check.
  static func load() throws -> Fixture {
    guard let url = Bundle.module.url(forResource: "Fixtures/exercises", withExtension: "json") else {
      throw Mismatch("the fixture Fixtures/exercises.json is missing from the Checks bundle")
    }
    let decoder = JSONDecoder()
    decoder.keyDecodingStrategy = .convertFromSnakeCase
    return try decoder.decode(Fixture.self, from: Data(contentsOf: url))
  }

  /// The optimizer case called `name`.
  func optimizer(_ name: String) throws -> OptimizerCase {
    guard let found = optimizers.first(where: { $0.name == name }) else {
      throw Mismatch("the fixture has no optimizer case \(name)")
    }
    return found
  }
}

extension Fixture.OptimizerCase {
  /// A hyperparameter the fixture must hold.
  func value(_ key: String) throws -> Double {
    guard let value = hyperparameters[key] else { throw Mismatch("fixture case \(name) lacks \(key)") }
    return value
  }
}
