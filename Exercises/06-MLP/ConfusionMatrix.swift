import ExerciseKit

/// Exercise 06-mlp/confusion-matrix: count how often each class is predicted as each class.
///
/// ```
///   C[i][j] = #{ examples whose label is i and whose prediction is j }      classCount × classCount
/// ```
/// Row i sums to the number of examples of class i; the diagonal counts the right answers. Classes that
/// never occur keep rows of zeros.
///
/// Check it: `make check CH=06`
public func confusionMatrix(labels: [Int], predictions: [Int], classCount: Int) -> [[Int]] {
  return notImplemented()
}
