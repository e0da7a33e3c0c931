import Foundation
import NeuralKit

/// Reference answer to `Exercises/03-Losses/CrossEntropyLoss.swift`: (1/n) Σᵢ [(m − z_y) + ln Σ e^(z − m)].
public func crossEntropyLoss(logits: Matrix, labels: [Int]) -> Double {
  var total = 0.0
  for (r, label) in labels.enumerated() {
    let row = logits.row(r)
    let m = row.max() ?? 0
    total += (m - row[label]) + log(row.reduce(0) { $0 + exp($1 - m) })
  }
  return total / Double(labels.count)
}
