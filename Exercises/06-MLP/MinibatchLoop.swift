import ExerciseKit

/// Exercise 06-mlp/minibatch-loop: the loop that trains a network in minibatches, epoch after epoch.
///
/// The model and its update are hidden behind `step`: it trains on the examples whose indices it is given
/// and returns their mean loss. The loop decides which examples go together:
///
/// ```
///   for epoch in 0..<epochs:
///     order = shuffledOrder(epoch)                      a permutation of 0..<exampleCount
///     cut order into consecutive batches of batchSize  (the last one may be smaller: keep it)
///     for each batch: loss_b = step(batch)
///     epoch loss = Σ_b loss_b·|b| / exampleCount        the mean over examples, not over batches
/// ```
/// Return the loss of each epoch. Ask `shuffledOrder` once per epoch, with the epoch's number.
///
/// Check it: `make check CH=06`
public func trainInMinibatches(
  exampleCount: Int, batchSize: Int, epochs: Int, shuffledOrder: (Int) -> [Int], step: ([Int]) -> Double
) -> [Double] {
  return notImplemented()
}
