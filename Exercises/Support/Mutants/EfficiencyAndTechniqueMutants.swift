import Checks
import Foundation
import NeuralKit

/// Chapter 07's wrong answers.
func efficiencyMutants() -> [Mutant] {
  [
    Mutant("07-efficiency/matmul-reordered", "k starting at 1", hint: "for i { for k {") {
      $0.efficiency.matmulReordered = { a, b in
        var c = Matrix(rows: a.rows, columns: b.columns)
        for i in 0..<a.rows {
          for k in 1..<max(a.columns, 1) { for j in 0..<b.columns { c[i, j] += a[i, k] * b[k, j] } }
        }
        return c
      }
    },
    Mutant("07-efficiency/matmul-blocked", "the last partial tile of columns skipped", hint: "may be partial") {
      $0.efficiency.matmulBlocked = { a, b, blockSize in
        var c = Matrix(rows: a.rows, columns: b.columns)
        let fullColumns = b.columns - b.columns % blockSize
        for j0 in stride(from: 0, to: fullColumns, by: blockSize) {
          for i in 0..<a.rows {
            for k in 0..<a.columns { for j in j0..<j0 + blockSize { c[i, j] += a[i, k] * b[k, j] } }
          }
        }
        return c
      }
    },
    Mutant("07-efficiency/flop-count", "n·k·m operations", hint: "one multiply and one add") {
      $0.efficiency.matmulOperationCount = { n, k, m in n * k * m }
    },
    Mutant("07-efficiency/flop-count", "FLOPS, not GFLOPS", hint: "giga is 10⁹") {
      $0.efficiency.gigaflops = { operations, seconds in Double(operations) / seconds }
    },
  ]
}

/// Chapter 08's wrong answers.
func techniqueMutants() -> [Mutant] {
  batchNormMutants() + dropoutMutants()
}

private func batchNormMutants() -> [Mutant] {
  [
    Mutant("08-techniques/batchnorm-forward", "the unbiased variance", hint: "biased variance") {
      $0.techniques.batchNormForward = { x, gamma, beta, epsilon in
        var y = x
        for c in 0..<x.columns {
          let column = x.column(c), n = Double(x.rows), mean = column.reduce(0, +) / n
          let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / (n - 1)
          for r in 0..<x.rows { y[r, c] = gamma[c] * (x[r, c] - mean) / (variance + epsilon).squareRoot() + beta[c] }
        }
        return y
      }
    },
    Mutant("08-techniques/batchnorm-backward", "μ and σ² taken as constants", hint: "μ and σ² depend on every input") {
      let backward = $0.techniques.batchNormBackward
      $0.techniques.batchNormBackward = { x, gamma, g, epsilon in
        let right = backward(x, gamma, g, epsilon)
        var frozen = g
        for c in 0..<x.columns {
          let column = x.column(c), n = Double(x.rows), mean = column.reduce(0, +) / n
          let variance = column.reduce(0) { $0 + ($1 - mean) * ($1 - mean) } / n
          for r in 0..<x.rows { frozen[r, c] = gamma[c] * g[r, c] / (variance + epsilon).squareRoot() }
        }
        return (frozen, right.gammaGradient, right.betaGradient)
      }
    },
    Mutant("08-techniques/batchnorm-backward", "∂L/∂β averaged", hint: "don't average") {
      let backward = $0.techniques.batchNormBackward
      $0.techniques.batchNormBackward = { x, gamma, g, epsilon in
        let right = backward(x, gamma, g, epsilon)
        return (right.inputGradient, right.gammaGradient, right.betaGradient.map { $0 / Double(x.rows) })
      }
    },
  ]
}

private func dropoutMutants() -> [Mutant] {
  let id = "08-techniques/inverted-dropout"
  return [
    Mutant(id, "kept values scaled by 1 − p", hint: "inverted dropout divides") { $0.techniques.dropout = faultyDropout(multiply: true) },
    Mutant(id, "p taken as the keep probability", hint: "p is the probability to drop") {
      $0.techniques.dropout = faultyDropout(keepWithP: true)
    },
    Mutant(id, "a mask in evaluation mode", hint: "in evaluation mode dropout is the identity") {
      $0.techniques.dropout = faultyDropout(maskInEvaluation: true)
    },
    Mutant(id, "0/0 at p = 1", hint: "with p = 1 every unit is dropped") { $0.techniques.dropout = faultyDropout(guardFullDrop: false) },
  ]
}

/// Inverted dropout with one of four mistakes.
private func faultyDropout(
  multiply: Bool = false, keepWithP: Bool = false, maskInEvaluation: Bool = false, guardFullDrop: Bool = true
) -> @Sendable (Matrix, Double, Bool, inout SeededGenerator) -> Matrix {
  { x, p, training, generator in
    guard training || maskInEvaluation, p > 0 else { return x }
    if guardFullDrop && p >= 1 { return Matrix(rows: x.rows, columns: x.columns) }
    var y: [Double] = []
    for value in x.storage {
      let kept = keepWithP ? generator.nextUniform() < p : generator.nextUniform() >= p
      y.append(kept ? (multiply ? value * (1 - p) : value / (1 - p)) : 0 * value / (1 - p))
    }
    return Matrix(rows: x.rows, columns: x.columns, storage: y)
  }
}
