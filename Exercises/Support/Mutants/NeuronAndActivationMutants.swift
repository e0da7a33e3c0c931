import Checks
import Foundation

/// Chapter 01's wrong answers.
func neuronMutants() -> [Mutant] {
  [
    Mutant("01-neurons/neuron-output", "the bias left out", hint: "did you add the bias b") {
      $0.neurons.neuronOutput = { w, _, x, f in f(dot(w, x)) }
    },
    Mutant("01-neurons/neuron-output", "the bias added after the activation", hint: "f(w·x) + b") {
      $0.neurons.neuronOutput = { w, b, x, f in f(dot(w, x)) + b }
    },
    Mutant("01-neurons/perceptron-update", "the error's sign flipped", hint: "check the sign of the error") {
      $0.neurons.perceptronUpdate = { w, b, x, t, rate in
        let error = (dot(w, x) + b > 0 ? 1 : 0) - t
        for i in w.indices { w[i] += rate * error * x[i] }
        b += rate * error
      }
    },
    Mutant("01-neurons/perceptron-update", "the bias never updated", hint: "did you update the bias too") {
      $0.neurons.perceptronUpdate = { w, b, x, t, rate in
        let error = t - (dot(w, x) + b > 0 ? 1 : 0)
        for i in w.indices { w[i] += rate * error * x[i] }
      }
    },
    Mutant("01-neurons/perceptron-update", "ŷ = 1 at exactly 0", hint: "at exactly 0 the perceptron says 0") {
      $0.neurons.perceptronUpdate = { w, b, x, t, rate in
        let error = t - (dot(w, x) + b >= 0 ? 1 : 0)
        for i in w.indices { w[i] += rate * error * x[i] }
        b += rate * error
      }
    },
    Mutant("01-neurons/perceptron-training", "the mistake-free pass not counted", hint: "count the final pass") {
      let train = $0.neurons.trainPerceptron
      $0.neurons.trainPerceptron = { samples, targets, rate, maxEpochs in
        let result = train(samples, targets, rate, maxEpochs)
        return (result.weights, result.bias, result.epochs == maxEpochs ? maxEpochs : result.epochs - 1)
      }
    },
  ]
}

/// Chapter 02's wrong answers.
func activationMutants() -> [Mutant] {
  [
    Mutant("02-activations/sigmoid", "eˣ/(1 + eˣ) everywhere", hint: "overflows to ∞/∞") {
      $0.activations.sigmoid = { exp($0) / (1 + exp($0)) }
    },
    Mutant("02-activations/sigmoid", "σ′ applied to x", hint: "apply it to σ(x), not to x") {
      $0.activations.sigmoidDerivative = { $0 * (1 - $0) }
    },
    Mutant("02-activations/tanh", "the textbook quotient", hint: "is ∞/∞ for |x| ≳ 710") {
      $0.activations.hyperbolicTangent = { (exp($0) - exp(-$0)) / (exp($0) + exp(-$0)) }
    },
    Mutant("02-activations/tanh", "1 − tanh without the square", hint: "did you square?") {
      $0.activations.hyperbolicTangentDerivative = { 1 - tanh($0) }
    },
    Mutant("02-activations/relu", "relu′(0) = 1", hint: "relu′(0) is 0 here") {
      $0.activations.reluDerivative = { $0 >= 0 ? 1 : 0 }
    },
    Mutant("02-activations/softplus", "ln(1 + eˣ) as written", hint: "use log1p") {
      $0.activations.softplus = { log(1 + exp($0)) }
    },
    Mutant("02-activations/softplus", "log1p(eˣ), still overflowing", hint: "eˣ overflows for x ≳ 709") {
      $0.activations.softplus = { log1p(exp($0)) }
    },
  ]
}
