import ExerciseKit
import NeuralKit

/// Exercise 06-mlp/accuracy: the fraction of examples a classifier gets right, from its logits.
///
/// ```
///   prediction of row i = argmaxⱼ logits[i, j]       on a tie, the first largest (as numpy's argmax)
///   accuracy = #{ i : prediction of row i = labels[i] } / n
/// ```
/// A fraction in [0, 1]; 0 for an empty batch (n = 0).
///
/// Check it: `make check CH=06`
public func accuracy(logits: Matrix, labels: [Int]) -> Double {
  return notImplemented()
}
