import NeuralKit

/// The chapter's table of experiments: for each surface, where to start, how long to run, and the learning
/// rate of each optimizer — picked by hand, a round rate that gets each rule visibly somewhere within the
/// budget without blowing up (the page says how, and which rates a sweep finds better).
struct StandardRun {
  let function: TestFunction
  let start: (x: Double, y: Double)
  let steps: Int
  let learningRates: [OptimizerKind: Double]
  /// The part of the plane the figures show.
  let view: (x: ClosedRange<Double>, y: ClosedRange<Double>)
  /// The lowest f the contours resolve (Rosenbrock's valley floor is too narrow for the grid below f ≈ 1).
  let contourFloor: Double

  static let all: [StandardRun] = [
    StandardRun(function: .quadratic, start: (-5, -2), steps: 50,
                learningRates: [.gd: 0.4, .momentum: 0.1, .nesterov: 0.1, .adagrad: 0.4, .rmsprop: 0.1, .adam: 0.1,
                                .adamw: 0.1],
                view: (-6...3, -3...3), contourFloor: 0.1),
    StandardRun(function: .rosenbrock, start: (-1.5, 2), steps: 2000,
                learningRates: [.gd: 1e-3, .momentum: 1e-4, .nesterov: 1e-4, .adagrad: 0.5, .rmsprop: 2e-3, .adam: 0.02,
                                .adamw: 0.02],
                view: (-2...2, -1...3), contourFloor: 1),
    StandardRun(function: .beale, start: (1, 1.5), steps: 2000,
                learningRates: [.gd: 1e-2, .momentum: 1e-3, .nesterov: 1e-3, .adagrad: 0.5, .rmsprop: 3e-3, .adam: 0.02,
                                .adamw: 0.02],
                view: (-0.5...4, -1...2), contourFloor: 0.1),
  ]

  static func named(_ function: TestFunction) -> StandardRun {
    all.first { $0.function == function } ?? all[0]
  }

  /// Every kind has a rate in the table above; the fallback is never used.
  func learningRate(_ kind: OptimizerKind) -> Double { learningRates[kind] ?? 0.01 }

  /// A fresh optimizer of `kind` at this table's learning rate, torch's defaults otherwise (AdamW: λ = 0.01).
  func optimizer(_ kind: OptimizerKind) -> any Optimizer { kind.make(learningRate: learningRate(kind)) }
}

/// The curvatures λ_min, λ_max of 0.1x² + 2y²: the eigenvalues of its Hessian, diag(0.2, 4). (Declared here, not
/// in main.swift, whose globals are set only when the top-level code reaches them.)
let quadraticCurvatures = (low: 0.2, high: 4.0)
