import Foundation
import NeuralKit

/// Chapter 02: sigmoid, tanh, ReLU with their derivatives, and a softplus that neither overflows nor
/// rounds small values to 0.
let chapter02Exercises = [
  Exercise(
    "02-activations/sigmoid", "the sigmoid and its derivative, without overflow",
    file: "02-Activations/Sigmoid.swift", grade: gradeSigmoid),
  Exercise(
    "02-activations/tanh", "tanh and its derivative, without overflow", file: "02-Activations/HyperbolicTangent.swift",
    grade: gradeHyperbolicTangent),
  Exercise(
    "02-activations/relu", "ReLU and its derivative (0 at the kink)", file: "02-Activations/ReLU.swift",
    grade: gradeReLU),
  Exercise(
    "02-activations/softplus", "a numerically stable softplus ln(1 + eˣ)", file: "02-Activations/Softplus.swift",
    grade: gradeSoftplus),
]

/// Large inputs (where eˣ overflows), tiny ones (where 1 + u rounds to 1), the kink, and ordinary values.
let activationInputs: [Double] = [-1000, -710, -40, -20, -1, -1e-10, -0.0, 0, 1e-10, 0.5, 1, 3, 20, 40, 710, 1000]

/// Compares `got` with `want` at every input, naming the function and the input on a mismatch.
func expectFunction(
  _ name: String, _ got: RealFunction, _ want: (Double) -> Double, at inputs: [Double] = activationInputs,
  _ tolerance: Tolerance, mistakes: [Mistake<(Double) -> Double>], otherwise: String
) throws {
  for x in inputs {
    try expectClose(
      got(x), want(x), tolerance, at: "\(name)(\(String(format: "%g", x)))",
      mistakes: mistakes.map { Mistake(hint: $0.hint, answer: $0.answer(x)) }, otherwise: otherwise)
  }
}

private func gradeSigmoid(_ implementations: Implementations) throws {
  let activations = implementations.activations
  try expectFunction(
    "sigmoid", activations.sigmoid, NeuralKit.sigmoid, .stableFormula,
    mistakes: [
      Mistake(hint: "σ(x) = 1/(1 + e^(−x)): check the sign of the exponent") { 1 / (1 + exp($0)) },
      Mistake(hint: "eˣ/(1 + eˣ) overflows to ∞/∞ for large x: use 1/(1 + e^(−x)) when x ≥ 0") { exp($0) / (1 + exp($0)) },
    ],
    otherwise: "σ(x) = 1/(1 + e^(−x)); for x < 0 use eˣ/(1 + eˣ) so that nothing overflows")
  try expectFunction(
    "sigmoidDerivative", activations.sigmoidDerivative, NeuralKit.sigmoidDerivative, .stableFormula,
    mistakes: [
      Mistake(hint: "σ′(x) = σ(x)·(1 − σ(x)): apply it to σ(x), not to x") { $0 * (1 - $0) },
      Mistake(hint: "σ′(x) = σ(x)·(1 − σ(x)), with a minus") { NeuralKit.sigmoid($0) * (1 + NeuralKit.sigmoid($0)) },
    ],
    otherwise: "σ′(x) = σ(x)·(1 − σ(x))")
}

private func gradeHyperbolicTangent(_ implementations: Implementations) throws {
  let activations = implementations.activations
  try expectFunction(
    "hyperbolicTangent", activations.hyperbolicTangent, tanh, .reordered,
    mistakes: [
      Mistake(hint: "(eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) is ∞/∞ for |x| ≳ 710: use 2σ(2x) − 1, or 1 − 2/(e^(2x) + 1)") {
        (exp($0) - exp(-$0)) / (exp($0) + exp(-$0))
      }
    ],
    otherwise: "tanh x = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) = 2σ(2x) − 1")
  try expectFunction(
    "hyperbolicTangentDerivative", activations.hyperbolicTangentDerivative, NeuralKit.tanhDerivative, .reordered,
    mistakes: [
      Mistake(hint: "tanh′(x) = 1 − tanh²(x): did you square?") { 1 - tanh($0) },
      Mistake(hint: "tanh′(x) = 1 − tanh²(x), with a minus") { 1 + tanh($0) * tanh($0) },
      Mistake(hint: "tanh′(x) = 1 − tanh²(x): apply it to tanh(x), not to x") { 1 - $0 * $0 },
    ],
    otherwise: "tanh′(x) = 1 − tanh²(x)")
}

private func gradeReLU(_ implementations: Implementations) throws {
  let activations = implementations.activations
  try expectFunction(
    "relu", activations.relu, NeuralKit.relu, .exact,
    mistakes: [
      Mistake(hint: "relu(x) = max(0, x), not min") { min(0, $0) },
      Mistake(hint: "relu(x) is 0 for negative x, not |x|") { abs($0) },
    ],
    otherwise: "relu(x) = max(0, x)")
  try expectFunction(
    "reluDerivative", activations.reluDerivative, NeuralKit.reluDerivative, .exact,
    mistakes: [
      Mistake(hint: "relu′(0) is 0 here, as in PyTorch: the slope is 1 only for x > 0") { $0 >= 0 ? 1 : 0 },
      Mistake(hint: "the derivative is the slope (0 or 1), not the value max(0, x)") { max(0, $0) },
    ],
    otherwise: "relu′(x) = 1 if x > 0, else 0")
}

private func gradeSoftplus(_ implementations: Implementations) throws {
  try expectFunction(
    "softplus", implementations.activations.softplus, NeuralKit.softplus, .stableFormula,
    mistakes: [
      Mistake(hint: "eˣ overflows for x ≳ 709: rewrite ln(1 + eˣ) = max(x, 0) + log1p(e^(−|x|))") { log1p(exp($0)) },
      Mistake(hint: "1 + eˣ rounds to 1 when eˣ < ε ≈ 2e-16 (x ≲ −37): use log1p(u) for ln(1 + u)") { log(1 + exp($0)) },
      Mistake(hint: "for negative x, softplus(x) = log1p(eˣ) (≈ eˣ), not max(x, 0) + log1p(e^x)") { max($0, 0) + log1p(exp($0)) },
    ],
    otherwise: "softplus(x) = ln(1 + eˣ) = max(x, 0) + log1p(e^(−|x|))")
}
