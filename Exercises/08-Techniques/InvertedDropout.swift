import ExerciseKit
import NeuralKit

/// Exercise 08-techniques/inverted-dropout: dropout as it is used today (Srivastava et al. 2014, inverted).
///
/// ```
///   training:    yᵢ = 0 with probability p (dropped), else xᵢ / (1 − p)
///   evaluation:  y = x
/// ```
/// Dividing the kept units by 1 − p keeps the expected value of each unit unchanged, so evaluation needs
/// no rescaling. p = 0 drops nothing; p = 1 drops everything (return zeros, don't divide by 0). Draw one
/// uniform number per element from `generator` (`generator.nextUniform()` is in [0, 1)).
///
/// Check it: `make check CH=08`
public func dropout(
  _ input: Matrix, dropProbability: Double, training: Bool, generator: inout SeededGenerator
) -> Matrix {
  return notImplemented()
}
