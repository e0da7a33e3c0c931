import Foundation

/// A range searched on a log scale: a learning rate from 10⁻⁴ to 10⁻¹ is as likely to land in
/// [10⁻⁴, 10⁻³] as in [10⁻², 10⁻¹].
///
/// ```
///   value = 10^u,   u ~ U(log₁₀ lower, log₁₀ upper)
/// ```
public struct LogUniformRange: Sendable, Equatable {
  public let lower: Double
  public let upper: Double

  public init(_ lower: Double, _ upper: Double) {
    precondition(lower > 0 && upper > lower && upper.isFinite, "LogUniformRange needs 0 < lower < upper < ∞")
    self.lower = lower
    self.upper = upper
  }

  /// One draw.
  public func sample(using generator: inout SeededGenerator) -> Double {
    pow(10, generator.nextUniform(in: log10(lower)..<log10(upper)))
  }
}

/// One configuration tried by a search, and its score.
public struct SearchTrial: Sendable, Equatable {
  /// One value per searched range, in the ranges' order.
  public let values: [Double]
  /// What the objective returned (higher is better: a validation accuracy).
  public let score: Double
}

/// Random search (Bergstra & Bengio, "Random search for hyper-parameter optimization", JMLR 2012): each
/// trial draws every hyper-parameter independently from its range and scores the configuration; the best
/// score wins. With the same number of trials it covers each single hyper-parameter far more densely than
/// a grid, which matters because a few of them usually decide the score.
///
/// All values are drawn first, in trial order, so a seed fixes the configurations whatever the objective
/// does. The objective should score on a validation set, never on the test set. Introduced in chapter 08.
public func randomSearch(
  trials: Int, ranges: [LogUniformRange], using generator: inout SeededGenerator, objective: ([Double]) -> Double
) -> [SearchTrial] {
  precondition(trials >= 1, "randomSearch needs at least one trial")
  let configurations = (0..<trials).map { _ in ranges.map { $0.sample(using: &generator) } }
  return configurations.map { SearchTrial(values: $0, score: objective($0)) }
}

extension Array where Element == SearchTrial {
  /// The trial with the highest score (the first of equals).
  public var best: SearchTrial? {
    self.max { $0.score < $1.score }  // max(by:) keeps the first of equals
  }
}
