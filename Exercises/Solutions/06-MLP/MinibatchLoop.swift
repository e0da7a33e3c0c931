/// Reference answer to `Exercises/06-MLP/MinibatchLoop.swift`.
public func trainInMinibatches(
  exampleCount: Int, batchSize: Int, epochs: Int, shuffledOrder: (Int) -> [Int], step: ([Int]) -> Double
) -> [Double] {
  (0..<epochs).map { epoch in
    let order = shuffledOrder(epoch)
    var total = 0.0
    for start in stride(from: 0, to: exampleCount, by: batchSize) {
      let batch = Array(order[start..<min(start + batchSize, exampleCount)])
      total += step(batch) * Double(batch.count)
    }
    return total / Double(exampleCount)
  }
}
