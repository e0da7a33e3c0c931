import ExerciseKit
import NeuralKit

/// Exercise 07-efficiency/matmul-reordered: the matrix product C = A·B with a cache-friendly loop order.
///
/// ```
///   C[i, j] = Σₖ A[i, k]·B[k, j]        A: n×k, B: k×m, C: n×m
///
///   naive i-j-k:      for i { for j { for k { C[i,j] += A[i,k]·B[k,j] } } }   walks down B's columns
///   reordered i-k-j:  for i { for k { for j { C[i,j] += A[i,k]·B[k,j] } } }   walks along rows
/// ```
/// Matrices are stored row by row, so the i-k-j inner loop reads B and writes C in consecutive memory.
/// Write the i-k-j order, with C starting at zero. Empty dimensions are allowed (n×0 · 0×m is all zeros).
///
/// Check it: `make check CH=07`
public func matmulReordered(_ a: Matrix, _ b: Matrix) -> Matrix {
  return notImplemented()
}
