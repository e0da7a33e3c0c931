import Foundation

/// Chapter 04: one step of SGD with momentum, RMSprop and Adam, checked along a trajectory against numpy's
/// torch.optim-rule values (the fixture) and diagnosed against closed forms of the common mistakes.
let chapter04Exercises = [
  Exercise(
    "04-optimizers/momentum-step", "a step of gradient descent with momentum", file: "04-Optimizers/MomentumStep.swift",
    grade: gradeMomentumStep),
  Exercise(
    "04-optimizers/rmsprop-step", "a step of RMSprop", file: "04-Optimizers/RMSpropStep.swift", grade: gradeRMSpropStep),
  Exercise(
    "04-optimizers/adam-step", "a step of Adam with bias correction", file: "04-Optimizers/AdamStep.swift",
    grade: gradeAdamStep),
]

/// One optimizer step as the graders drive it: parameters, gradients and the 1-based step number; the
/// optimizer's state lives in the closure.
typealias StepRule = (inout [Double], [Double], Int) -> Void

/// The parameters after each of `steps` steps of `rule` on L(p) = Σ cᵢpᵢ²/2, whose gradient is c ⊙ p.
func trajectory(start: [Double], curvature: [Double], steps: Int, rule: StepRule) -> [[Double]] {
  var parameters = start
  return (1...steps).map { step in
    rule(&parameters, zip(curvature, parameters).map(*), step)
    return parameters
  }
}

/// Runs `rule` along the fixture case and compares each step with the fixture, after checking that the
/// closed form `reference` (the mistakes' correct twin) agrees with the fixture.
func expectTrajectory(
  _ name: String, rule: StepRule, reference: StepRule, mistakes: [(hint: String, rule: StepRule)], otherwise: String
) throws {
  let fixtureCase = try Fixture.load().optimizer(name)
  let run = { (rule: StepRule) in
    trajectory(start: fixtureCase.start, curvature: fixtureCase.curvature, steps: fixtureCase.trajectory.count, rule: rule)
  }
  let want = fixtureCase.trajectory
  guard Tolerance.fixture.accepts(run(reference).joined().map { $0 }, want.joined().map { $0 }) else {
    throw Mismatch("the grader's closed form for \(name) disagrees with its fixture: a bug in the course")
  }
  let got = run(rule)
  let wrongAnswers = mistakes.map { (hint: $0.hint, path: run($0.rule)) }
  for step in want.indices {
    try expectClose(
      got[step], want[step], .fixture, at: { "\(name), step \(step + 1), parameter \($0)" },
      mistakes: wrongAnswers.map { Mistake(hint: $0.hint, answer: $0.path[step]) }, otherwise: otherwise)
  }
}

// MARK: - Momentum

/// v ← μv + (1 − dampening)·g, p ← p − lr·v (sign −1) or p + lr·v (sign +1).
private func momentumRule(learningRate: Double, momentum: Double, dampening: Double = 0, sign: Double = -1) -> StepRule {
  var velocity: [Double] = []
  return { parameters, gradients, _ in
    if velocity.isEmpty { velocity = Array(repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      velocity[i] = momentum * velocity[i] + (1 - dampening) * gradients[i]
      parameters[i] += sign * learningRate * velocity[i]
    }
  }
}

private func gradeMomentumStep(_ implementations: Implementations) throws {
  let fixtureCase = try Fixture.load().optimizer("momentum")
  let lr = fixtureCase.learningRate, mu = try fixtureCase.value("momentum")
  var velocity: [Double] = []
  let learner: StepRule = { parameters, gradients, _ in
    if velocity.isEmpty { velocity = Array(repeating: 0, count: parameters.count) }
    implementations.optimizers.momentumStep(&parameters, gradients, &velocity, lr, mu)
  }
  try expectTrajectory(
    "momentum", rule: learner, reference: momentumRule(learningRate: lr, momentum: mu),
    mistakes: [
      ("step against the gradient: p ← p − lr·v", momentumRule(learningRate: lr, momentum: mu, sign: 1)),
      ("keep the velocity from step to step: v ← μv + g", momentumRule(learningRate: lr, momentum: 0)),
      ("torch's momentum adds the whole gradient: v ← μv + g, no (1 − μ) factor", momentumRule(learningRate: lr, momentum: mu, dampening: mu)),
    ],
    otherwise: "v ← μv + g, then p ← p − lr·v")
}

// MARK: - RMSprop

/// What the RMSprop mistakes change.
private struct RMSpropVariant {
  var epsilonInsideRoot = false
  var averaging = true
  var squareRoot = true
}

private func rmspropRule(learningRate: Double, decay: Double, epsilon: Double, _ variant: RMSpropVariant = .init()) -> StepRule {
  var average: [Double] = []
  return { parameters, gradients, _ in
    if average.isEmpty { average = Array(repeating: 0, count: parameters.count) }
    for i in parameters.indices {
      let g = gradients[i]
      average[i] = decay * average[i] + (variant.averaging ? 1 - decay : 1) * g * g
      let scale =
        variant.epsilonInsideRoot ? (average[i] + epsilon).squareRoot()
        : (variant.squareRoot ? average[i].squareRoot() : average[i]) + epsilon
      parameters[i] -= learningRate * g / scale
    }
  }
}

private func gradeRMSpropStep(_ implementations: Implementations) throws {
  for name in ["rmsprop", "rmsprop-tiny-gradients"] {
    let fixtureCase = try Fixture.load().optimizer(name)
    let lr = fixtureCase.learningRate, decay = try fixtureCase.value("alpha"), epsilon = try fixtureCase.value("eps")
    var average: [Double] = []
    let learner: StepRule = { parameters, gradients, _ in
      if average.isEmpty { average = Array(repeating: 0, count: parameters.count) }
      implementations.optimizers.rmspropStep(&parameters, gradients, &average, lr, decay, epsilon)
    }
    let rule = { (variant: RMSpropVariant) in rmspropRule(learningRate: lr, decay: decay, epsilon: epsilon, variant) }
    try expectTrajectory(
      name, rule: learner, reference: rule(.init()),
      mistakes: [
        ("ε goes outside the root: g/(√v + ε), as in torch.optim.RMSprop", rule(.init(epsilonInsideRoot: true))),
        ("average the squares: v ← αv + (1 − α)g²", rule(.init(averaging: false))),
        ("divide by the root mean square √v, not by v", rule(.init(squareRoot: false))),
      ],
      otherwise: "v ← αv + (1 − α)g², then p ← p − lr·g/(√v + ε)")
  }
}

// MARK: - Adam

/// What the Adam mistakes change.
private struct AdamVariant {
  var correctFirstMoment = true
  var correctSecondMoment = true
  var epsilonInsideRoot = false
  var stepOffset = 0
}

private func adamRule(_ fixtureCase: Fixture.OptimizerCase, _ variant: AdamVariant = .init()) throws -> StepRule {
  let lr = fixtureCase.learningRate, epsilon = try fixtureCase.value("eps")
  let beta1 = try fixtureCase.value("beta1"), beta2 = try fixtureCase.value("beta2")
  var m: [Double] = [], v: [Double] = []
  return { parameters, gradients, step in
    if m.isEmpty { (m, v) = (Array(repeating: 0, count: parameters.count), Array(repeating: 0, count: parameters.count)) }
    let t = Double(step + variant.stepOffset)
    for i in parameters.indices {
      m[i] = beta1 * m[i] + (1 - beta1) * gradients[i]
      v[i] = beta2 * v[i] + (1 - beta2) * gradients[i] * gradients[i]
      let mHat = variant.correctFirstMoment ? m[i] / (1 - pow(beta1, t)) : m[i]
      let vHat = variant.correctSecondMoment ? v[i] / (1 - pow(beta2, t)) : v[i]
      let scale = variant.epsilonInsideRoot ? (vHat + epsilon).squareRoot() : vHat.squareRoot() + epsilon
      parameters[i] -= lr * mHat / scale
    }
  }
}

private func gradeAdamStep(_ implementations: Implementations) throws {
  for name in ["adam", "adam-large-gradients"] {
    let fixtureCase = try Fixture.load().optimizer(name)
    let lr = fixtureCase.learningRate, epsilon = try fixtureCase.value("eps")
    let beta1 = try fixtureCase.value("beta1"), beta2 = try fixtureCase.value("beta2")
    var m: [Double] = [], v: [Double] = []
    let learner: StepRule = { parameters, gradients, step in
      if m.isEmpty { (m, v) = (Array(repeating: 0, count: parameters.count), Array(repeating: 0, count: parameters.count)) }
      implementations.optimizers.adamStep(&parameters, gradients, &m, &v, step, lr, beta1, beta2, epsilon)
    }
    try expectTrajectory(
      name, rule: learner, reference: try adamRule(fixtureCase),
      mistakes: [
        ("did you apply the bias correction? m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)", try adamRule(fixtureCase, .init(correctFirstMoment: false, correctSecondMoment: false))),
        ("correct the first moment too: m̂ = m/(1 − β₁ᵗ)", try adamRule(fixtureCase, .init(correctFirstMoment: false))),
        ("correct the second moment too: v̂ = v/(1 − β₂ᵗ)", try adamRule(fixtureCase, .init(correctSecondMoment: false))),
        ("ε goes outside the root: m̂/(√v̂ + ε)", try adamRule(fixtureCase, .init(epsilonInsideRoot: true))),
        ("the step number t starts at 1 for the first step: use it as given", try adamRule(fixtureCase, .init(stepOffset: 1))),
      ],
      otherwise: "m ← β₁m + (1 − β₁)g, v ← β₂v + (1 − β₂)g², p ← p − lr·m̂/(√v̂ + ε)")
  }
}
