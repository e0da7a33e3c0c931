import NeuralKit

/// Reference answer to `Exercises/03-Losses/MeanSquaredError.swift`: (1/n) Σ (ŷᵢ − yᵢ)².
public func meanSquaredError(prediction: Matrix, target: Matrix) -> Double {
  var total = 0.0
  for (yHat, y) in zip(prediction.storage, target.storage) { total += (yHat - y) * (yHat - y) }
  return total / Double(prediction.count)
}

/// 2(ŷ − y)/n.
public func meanSquaredErrorGradient(prediction: Matrix, target: Matrix) -> Matrix {
  let n = Double(prediction.count)
  let storage = zip(prediction.storage, target.storage).map { 2 * ($0 - $1) / n }
  return Matrix(rows: prediction.rows, columns: prediction.columns, storage: storage)
}
