import Checks
import Foundation
import NeuralKit

/// Chapter 03's wrong answers.
func lossMutants() -> [Mutant] {
  [
    Mutant("03-losses/mean-squared-error", "the sum, not the mean", hint: "divide the sum of squares by n") {
      $0.losses.meanSquaredError = { yHat, y in (yHat - y).storage.reduce(0) { $0 + $1 * $1 } }
    },
    Mutant("03-losses/mean-squared-error", "the gradient without its factor 2", hint: "forget the factor 2") {
      $0.losses.meanSquaredErrorGradient = { yHat, y in (yHat - y) / Double(yHat.count) }
    },
    Mutant("03-losses/mean-squared-error", "the gradient's sign flipped", hint: "the gradient points uphill") {
      $0.losses.meanSquaredErrorGradient = { yHat, y in (y - yHat) * (2 / Double(yHat.count)) }
    },
    Mutant("03-losses/softmax", "no maximum subtracted", hint: "subtract each row's maximum") {
      $0.losses.softmax = naiveSoftmax
    },
    Mutant("03-losses/cross-entropy-loss", "−ln of the naive softmax", hint: "e^1000 overflows") {
      $0.losses.crossEntropyLoss = { logits, labels in
        let p = naiveSoftmax(logits)
        return labels.enumerated().reduce(0) { $0 - log(p[$1.offset, $1.element]) } / Double(labels.count)
      }
    },
    Mutant("03-losses/cross-entropy-loss", "summed over the rows", hint: "average over the rows") {
      let loss = $0.losses.crossEntropyLoss
      $0.losses.crossEntropyLoss = { logits, labels in loss(logits, labels) * Double(labels.count) }
    },
    Mutant("03-losses/cross-entropy-gradient", "not divided by n", hint: "divide the gradient by n") {
      let gradient = $0.losses.crossEntropyGradient
      $0.losses.crossEntropyGradient = { logits, labels in gradient(logits, labels) * Double(labels.count) }
    },
    Mutant("03-losses/cross-entropy-gradient", "one-hot − softmax", hint: "softmax − one-hot, not one-hot − softmax") {
      let gradient = $0.losses.crossEntropyGradient
      $0.losses.crossEntropyGradient = { logits, labels in -gradient(logits, labels) }
    },
  ]
}

/// eᶻ/Σeᶻ row by row, as first written.
@Sendable func naiveSoftmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let total = logits.row(r).reduce(0) { $0 + exp($1) }
    for c in 0..<logits.columns { result[r, c] = exp(logits[r, c]) / total }
  }
  return result
}

/// Chapter 04's wrong answers.
func optimizerMutants() -> [Mutant] {
  [
    Mutant("04-optimizers/momentum-step", "dampened velocity v ← μv + (1 − μ)g", hint: "no (1 − μ) factor") {
      $0.optimizers.momentumStep = faultyMomentum(dampened: true)
    },
    Mutant("04-optimizers/momentum-step", "a step up the gradient", hint: "step against the gradient") {
      $0.optimizers.momentumStep = faultyMomentum(uphill: true)
    },
    Mutant("04-optimizers/rmsprop-step", "ε inside the root", hint: "ε goes outside the root") {
      $0.optimizers.rmspropStep = faultyRMSprop(epsilonInsideRoot: true)
    },
    Mutant("04-optimizers/rmsprop-step", "squares summed, not averaged", hint: "average the squares") {
      $0.optimizers.rmspropStep = faultyRMSprop(averaged: false)
    },
    Mutant("04-optimizers/adam-step", "no bias correction", hint: "did you apply the bias correction?") {
      $0.optimizers.adamStep = faultyAdam(biasCorrection: false)
    },
    Mutant("04-optimizers/adam-step", "ε inside the root", hint: "ε goes outside the root") {
      $0.optimizers.adamStep = faultyAdam(epsilonInsideRoot: true)
    },
  ]
}

/// Momentum with the velocity dampened by 1 − μ, or stepping up the gradient.
private func faultyMomentum(
  dampened: Bool = false, uphill: Bool = false
) -> @Sendable (inout [Double], [Double], inout [Double], Double, Double) -> Void {
  { p, g, v, lr, mu in
    for i in p.indices {
      v[i] = mu * v[i] + (dampened ? 1 - mu : 1) * g[i]
      p[i] += (uphill ? 1 : -1) * lr * v[i]
    }
  }
}

/// RMSprop with ε inside the square root, or with the squares summed instead of averaged.
private func faultyRMSprop(
  epsilonInsideRoot: Bool = false, averaged: Bool = true
) -> @Sendable (inout [Double], [Double], inout [Double], Double, Double, Double) -> Void {
  { p, g, v, lr, alpha, eps in
    for i in p.indices {
      v[i] = alpha * v[i] + (averaged ? 1 - alpha : 1) * g[i] * g[i]
      p[i] -= lr * g[i] / (epsilonInsideRoot ? (v[i] + eps).squareRoot() : v[i].squareRoot() + eps)
    }
  }
}

/// Adam without its bias correction, or with ε inside the square root.
private func faultyAdam(
  biasCorrection: Bool = true, epsilonInsideRoot: Bool = false
) -> @Sendable (inout [Double], [Double], inout [Double], inout [Double], Int, Double, Double, Double, Double) -> Void {
  { p, g, m, v, t, lr, beta1, beta2, eps in
    let correction1 = biasCorrection ? 1 - pow(beta1, Double(t)) : 1
    let correction2 = biasCorrection ? 1 - pow(beta2, Double(t)) : 1
    for i in p.indices {
      m[i] = beta1 * m[i] + (1 - beta1) * g[i]
      v[i] = beta2 * v[i] + (1 - beta2) * g[i] * g[i]
      let mHat = m[i] / correction1, vHat = v[i] / correction2
      p[i] -= lr * mHat / (epsilonInsideRoot ? (vHat + eps).squareRoot() : vHat.squareRoot() + eps)
    }
  }
}
