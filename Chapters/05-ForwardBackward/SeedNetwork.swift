import NeuralKit

/// The source article's §4 program — a numpy 10-5-1 sigmoid network trained by gradient descent on
/// MSE — written so that each of its errors can be repaired one at a time. Introduced in chapter 05.
///
/// As printed, the program computes `error = y − a2`, builds every gradient from it without σ′, sums
/// instead of averaging, and subtracts: gradient *ascent* on ½Σ(y − a₂)². Its target `y = X·W1 + b1` has
/// 5 columns for a 1-output network (a crash in `np.dot(error, W2.T)`); the "literal" run keeps the first
/// column only, the smallest change that lets it run.
struct SeedRepairs: OptionSet, Sendable, CaseIterable {
  let rawValue: Int
  init(rawValue: Int) { self.rawValue = rawValue }

  /// Build gradients from `a2 − y`, the derivative of ½Σ(a₂ − y)², so that `W −= lr·dW` descends.
  static let gradientSign = SeedRepairs(rawValue: 1 << 0)
  /// Multiply by σ′(z) = a(1 − a) at both layers (the chain rule through each sigmoid).
  static let sigmoidDerivative = SeedRepairs(rawValue: 1 << 1)
  /// Divide the summed gradients by m = len(y): the stated learning rate is then the real one.
  static let batchMean = SeedRepairs(rawValue: 1 << 2)
  /// A linear output unit: a sigmoid in (0, 1) cannot reach an unbounded regression target.
  static let linearOutput = SeedRepairs(rawValue: 1 << 3)
  /// Predict with the whole network, not the first layer alone.
  static let fullForwardPrediction = SeedRepairs(rawValue: 1 << 4)
  /// Generate the target from a separate teacher network (NeuralKit's ``TeacherNetwork``, the one chapter 06
  /// learns), not from the student's own starting weights.
  static let separateTeacher = SeedRepairs(rawValue: 1 << 5)

  static let allCases: [SeedRepairs] = [
    .gradientSign, .sigmoidDerivative, .batchMean, .linearOutput, .fullForwardPrediction, .separateTeacher,
  ]
  static let all = SeedRepairs(allCases)

  /// A short name for a figure's key.
  var label: String {
    switch self {
    case .gradientSign: "descend"
    case .sigmoidDerivative: "σ′"
    case .batchMean: "average"
    case .linearOutput: "linear output"
    case .fullForwardPrediction: "whole-network prediction"
    default: "teacher's target"
    }
  }
}

/// One run of the seed's program under a set of repairs.
struct SeedRun: Sendable {
  /// mean((y − a₂)²) before each epoch's update, then once after the last.
  var losses: [Double]
  /// Shape of what the program calls its prediction.
  var predictionShape: (rows: Int, columns: Int)
  /// MSE of the prediction against y when the shapes agree, else nil.
  var predictionLoss: Double?
}

/// The program's sizes and settings: 100 samples, 10 inputs, 5 hidden units, 1 output, lr 0.01, 1000 epochs.
struct SeedProgram: Sendable {
  var samples = 100, inputs = 10, hidden = 5, outputs = 1
  var learningRate = 0.01, epochs = 1000
  init() {}

  /// Runs the program with `repairs`, drawing W1, W2, X (and a teacher) from `seed` in that order.
  func run(repairs: SeedRepairs, seed: UInt64) -> SeedRun {
    var generator = SeededGenerator(seed: seed)
    var w1 = Matrix.randomNormal(rows: inputs, columns: hidden, using: &generator)
    var b1 = Matrix(rows: 1, columns: hidden)
    var w2 = Matrix.randomNormal(rows: hidden, columns: outputs, using: &generator)
    var b2 = Matrix(rows: 1, columns: outputs)
    let x = Matrix.randomNormal(rows: samples, columns: inputs, using: &generator)
    let y = target(x, w1: w1, b1: b1, repairs: repairs)
    let m = Double(samples)
    var losses: [Double] = []
    for _ in 0..<epochs {
      let a1 = x.matmul(w1).addingRowVector(b1).map(sigmoid)
      let z2 = a1.matmul(w2).addingRowVector(b2)
      let a2 = repairs.contains(.linearOutput) ? z2 : z2.map(sigmoid)
      losses.append(meanSquaredError(a2, y))
      var error = repairs.contains(.gradientSign) ? a2 - y : y - a2
      if repairs.contains(.sigmoidDerivative) && !repairs.contains(.linearOutput) { error = error * a2.map { $0 * (1 - $0) } }
      if repairs.contains(.batchMean) { error = error / m }
      let dW2 = a1.transposed().matmul(error), db2 = error.sum(over: .rows)
      var d1 = error.matmul(w2.transposed())
      if repairs.contains(.sigmoidDerivative) { d1 = d1 * a1.map { $0 * (1 - $0) } }
      let dW1 = x.transposed().matmul(d1), db1 = d1.sum(over: .rows)
      w1 -= learningRate * dW1
      b1 -= learningRate * db1
      w2 -= learningRate * dW2
      b2 -= learningRate * db2
    }
    let hiddenOut = x.matmul(w1).addingRowVector(b1).map(sigmoid)
    let z2 = hiddenOut.matmul(w2).addingRowVector(b2)
    let output = repairs.contains(.linearOutput) ? z2 : z2.map(sigmoid)
    losses.append(meanSquaredError(output, y))
    let prediction = repairs.contains(.fullForwardPrediction) ? output : hiddenOut
    return SeedRun(losses: losses, predictionShape: prediction.shape,
                   predictionLoss: prediction.shape == y.shape ? meanSquaredError(prediction, y) : nil)
  }

  /// The literal target's first column, or the teacher's output: ``TeacherNetwork``, a fixed 10-5-1 tanh
  /// network with its own seed, the one chapter 06 trains on.
  private func target(_ x: Matrix, w1: Matrix, b1: Matrix, repairs: SeedRepairs) -> Matrix {
    guard repairs.contains(.separateTeacher) else {
      let literal = x.matmul(w1).addingRowVector(b1)
      return Matrix(columnVector: literal.column(0))
    }
    return TeacherNetwork()(x)
  }

  // snippet: seed-program-repaired
  /// The program with all six repairs, written out plainly: the MSE before each epoch's update, then after
  /// the last. (`run(repairs: .all, seed:)` gives the same numbers; a test holds them equal.)
  func repaired(seed: UInt64) -> [Double] {
    var generator = SeededGenerator(seed: seed)
    var w1 = Matrix.randomNormal(rows: inputs, columns: hidden, using: &generator), b1 = Matrix(rows: 1, columns: hidden)
    var w2 = Matrix.randomNormal(rows: hidden, columns: outputs, using: &generator), b2 = Matrix(rows: 1, columns: outputs)
    let x = Matrix.randomNormal(rows: samples, columns: inputs, using: &generator)  // 100×10
    let y = TeacherNetwork()(x)  // 100×1, from a separate teacher (6)
    var losses: [Double] = []
    for _ in 0..<epochs {
      let a1 = x.matmul(w1).addingRowVector(b1).map(sigmoid)  // 100×5
      let a2 = a1.matmul(w2).addingRowVector(b2)  // 100×1, a linear output for regression (4)
      losses.append(meanSquaredError(a2, y))
      let delta2 = (a2 - y) / Double(samples)  // ∂L/∂a2 from a2 − y (1), averaged (3): 100×1
      let delta1 = delta2.matmul(w2.transposed()) * a1.map { $0 * (1 - $0) }  // δ2·W2ᵀ ⊙ σ′ (2): 100×5
      w2 -= learningRate * a1.transposed().matmul(delta2)  // a1ᵀ·δ2: 5×1
      b2 -= learningRate * delta2.sum(over: .rows)
      w1 -= learningRate * x.transposed().matmul(delta1)  // Xᵀ·δ1: 10×5
      b1 -= learningRate * delta1.sum(over: .rows)
    }
    let prediction = x.matmul(w1).addingRowVector(b1).map(sigmoid).matmul(w2).addingRowVector(b2)  // whole network (5)
    losses.append(meanSquaredError(prediction, y))
    return losses
  }
  // snippet end
}
