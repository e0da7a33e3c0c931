import Foundation
import NeuralKit

/// Reference answer to `Exercises/03-Losses/Softmax.swift`: e^(z − m)/Σ e^(z − m) row by row.
public func softmax(_ logits: Matrix) -> Matrix {
  var result = logits
  for r in 0..<logits.rows {
    let row = logits.row(r)
    let m = row.max() ?? 0
    let exponentials = row.map { exp($0 - m) }
    let total = exponentials.reduce(0, +)
    for c in 0..<logits.columns { result[r, c] = exponentials[c] / total }
  }
  return result
}
