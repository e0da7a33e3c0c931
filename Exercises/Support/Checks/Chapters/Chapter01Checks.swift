import Foundation
import NeuralKit

/// Chapter 01: a neuron's output, one perceptron update, a perceptron trained to convergence.
let chapter01Exercises = [
  Exercise(
    "01-neurons/neuron-output", "a neuron's output f(w·x + b)", file: "01-Neurons/NeuronOutput.swift",
    grade: gradeNeuronOutput),
  Exercise(
    "01-neurons/perceptron-update", "one step of the perceptron learning rule",
    file: "01-Neurons/PerceptronUpdate.swift", grade: gradePerceptronUpdate),
  Exercise(
    "01-neurons/perceptron-training", "train a perceptron pass after pass until it makes no mistake",
    file: "01-Neurons/PerceptronTraining.swift", grade: gradePerceptronTraining),
]

/// The step function of Rosenblatt's perceptron: 1 above 0, else 0.
@Sendable func step(_ z: Double) -> Double { z > 0 ? 1 : 0 }

private func gradeNeuronOutput(_ implementations: Implementations) throws {
  let neuronOutput = implementations.neurons.neuronOutput
  let identity: RealFunction = { $0 }
  let cases: [(name: String, weights: [Double], bias: Double, input: [Double], activation: RealFunction)] = [
    ("identity", [0.5, -1, 2], 0.25, [1, 2, 3], identity),
    ("sigmoid", [0.5, -1, 2], 0.25, [1, 2, 3], { NeuralKit.sigmoid($0) }),
    ("tanh", [0.3, 0.8], -1, [-2, 0.5], { tanh($0) }),
    ("step", [1, 1], -1.5, [1, 1], step),
    ("zero input", [4, -7], 0.5, [0, 0], { NeuralKit.sigmoid($0) }),
    ("no inputs", [], -2, [], identity),
  ]
  for (name, w, b, x, f) in cases {
    let z = zip(w, x).reduce(0) { $0 + $1.0 * $1.1 }
    try expectClose(
      neuronOutput(w, b, x, f), f(z + b), .reordered, at: "\(name) neuron",
      mistakes: [
        Mistake(hint: "did you add the bias b before the activation?", answer: f(z)),
        Mistake(hint: "add the bias inside the activation: f(w·x + b), not f(w·x) + b", answer: f(z) + b),
        Mistake(hint: "apply f once, to the whole sum w·x + b", answer: zip(w, x).reduce(b) { $0 + f($1.0 * $1.1) }),
        Mistake(hint: "did you apply the activation f?", answer: z + b),
      ],
      otherwise: "the output is f(Σᵢ wᵢxᵢ + b)")
  }
}

private func gradePerceptronUpdate(_ implementations: Implementations) throws {
  let update = implementations.neurons.perceptronUpdate
  let learningRate = 0.5
  let cases: [(name: String, weights: [Double], bias: Double, input: [Double], target: Double)] = [
    ("a missed positive (t = 1, ŷ = 0)", [0.2, -0.5], 0, [1, 1], 1),
    ("a missed negative (t = 0, ŷ = 1)", [0.2, 0.5], 0.1, [1, 2], 0),
    ("a correct positive", [1, 1], 0, [1, 2], 1),
    ("a correct negative", [1, 1], -4, [1, 2], 0),
    ("w·x + b exactly 0 (ŷ = 0) with t = 1", [1, -1], 0, [2, 2], 1),
  ]
  for (name, w, b, x, t) in cases {
    var weights = w, bias = b
    update(&weights, &bias, x, t, learningRate)
    let z = zip(w, x).reduce(b) { $0 + $1.0 * $1.1 }
    let want = perceptronRule(w, b, x, error: t - step(z), learningRate)
    try expectClose(
      weights + [bias], want, .reordered,
      at: { $0 < w.count ? "\(name), weight \($0)" : "\(name), bias" },
      mistakes: [
        Mistake(hint: "the rule adds η(t − ŷ)x: check the sign of the error", answer: perceptronRule(w, b, x, error: step(z) - t, learningRate)),
        Mistake(hint: "did you update the bias too (b ← b + η(t − ŷ))?", answer: Array(perceptronRule(w, b, x, error: t - step(z), learningRate).dropLast()) + [b]),
        Mistake(hint: "use the step output ŷ = [w·x + b > 0] in the error, not the sum w·x + b", answer: perceptronRule(w, b, x, error: t - z, learningRate)),
        Mistake(hint: "ŷ is 1 only when w·x + b > 0: at exactly 0 the perceptron says 0", answer: perceptronRule(w, b, x, error: t - (z >= 0 ? 1 : 0), learningRate)),
      ],
      otherwise: "w ← w + η(t − ŷ)x and b ← b + η(t − ŷ), with ŷ = 1 if w·x + b > 0 else 0")
  }
}

/// [w + η·error·x, b + η·error].
private func perceptronRule(_ w: [Double], _ b: Double, _ x: [Double], error: Double, _ learningRate: Double) -> [Double] {
  zip(w, x).map { $0 + learningRate * error * $1 } + [b + learningRate * error]
}

private func gradePerceptronTraining(_ implementations: Implementations) throws {
  let train = implementations.neurons.trainPerceptron
  let square: [[Double]] = [[0, 0], [0, 1], [1, 0], [1, 1]]
  let cases: [(name: String, samples: [[Double]], targets: [Double])] = [
    ("AND", square, [0, 0, 0, 1]),
    ("OR", square, [0, 1, 1, 1]),
    ("NAND", square, [1, 1, 1, 0]),
    ("XOR (not separable: stops after maxEpochs)", square, [0, 1, 1, 0]),
    ("three inputs", [[1, 0, 2], [0, 1, -1], [2, 2, 0], [-1, 0, 1], [0, -2, 1]], [1, 0, 1, 0, 0]),
  ]
  let learningRate = 0.1, maxEpochs = 25
  for (name, samples, targets) in cases {
    let got = train(samples, targets, learningRate, maxEpochs)
    let want = referencePerceptronTraining(samples: samples, targets: targets, learningRate: learningRate, maxEpochs: maxEpochs)
    try expectEqual(
      got.epochs, want.epochs, at: "\(name), passes",
      mistakes: [
        Mistake(hint: "count the final pass that makes no mistake too", answer: want.epochs - 1),
        Mistake(hint: "stop after the first pass that makes no mistake", answer: maxEpochs),
      ],
      otherwise: "pass over the samples in order and stop after the first pass with no mistake")
    try expectClose(
      got.weights + [got.bias], want.weights + [want.bias], .reordered,
      at: { $0 < want.weights.count ? "\(name), weight \($0)" : "\(name), bias" },
      otherwise: "start from zero weights and bias, and update after every sample, in order")
  }
}
