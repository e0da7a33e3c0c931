/// Rosenblatt's perceptron: a single neuron with a step activation, trained by the perceptron rule.
///
/// ```
///   ŷ = 1 if w·x + b > 0 else 0
///   w ← w + η(t − ŷ)x,    b ← b + η(t − ŷ)
/// ```
/// Rosenblatt, "The perceptron: a probabilistic model for information storage and organization in the
/// brain", Psychological Review 65 (1958). Introduced in chapter 01.
public struct Perceptron: Sendable {
  public var weights: [Double]
  public var bias: Double

  /// A perceptron with every weight and the bias at zero.
  public init(inputs: Int) {
    weights = Array(repeating: 0, count: inputs)
    bias = 0
  }

  // snippet: perceptron-predict
  /// The step output for one input: ŷ = 1 if w·x + b > 0, else 0.
  public func predict(_ x: [Double]) -> Double {
    Matrix.dot(weights, x) + bias > 0 ? 1 : 0
  }
  // snippet end

  /// Fraction of `samples` classified as `targets` says.
  public func accuracy(_ samples: [[Double]], _ targets: [Double]) -> Double {
    let correct = zip(samples, targets).filter { predict($0) == $1 }.count
    return Double(correct) / Double(samples.count)
  }

  /// What training did.
  public struct TrainingRecord: Sendable {
    /// Passes up to and including the first pass with no mistake; `nil` if no pass was mistake-free.
    public var epochsToConverge: Int?
    /// Mistakes in each pass.
    public var mistakesPerEpoch: [Int]
  }

  /// Runs the perceptron rule over `samples` in order, pass after pass, until a pass makes no mistake or
  /// `maxEpochs` passes are done.
  public mutating func train(
    _ samples: [[Double]], _ targets: [Double], learningRate: Double, maxEpochs: Int
  ) -> TrainingRecord {
    var record = TrainingRecord(epochsToConverge: nil, mistakesPerEpoch: [])
    for epoch in 1...maxEpochs {
      var mistakes = 0
      for (x, t) in zip(samples, targets) {
        // snippet: perceptron-update
        let error = t - predict(x)
        guard error != 0 else { continue }
        mistakes += 1
        for i in weights.indices { weights[i] += learningRate * error * x[i] }
        bias += learningRate * error
        // snippet end
      }
      record.mistakesPerEpoch.append(mistakes)
      if mistakes == 0 {
        record.epochsToConverge = epoch
        break
      }
    }
    return record
  }
}
