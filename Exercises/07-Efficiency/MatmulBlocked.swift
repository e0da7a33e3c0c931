import ExerciseKit
import NeuralKit

/// Exercise 07-efficiency/matmul-blocked: the matrix product C = A·B computed tile by tile.
///
/// ```
///   for i0 in stride(0, n, blockSize), k0 in stride(0, k, blockSize), j0 in stride(0, m, blockSize):
///     for i in i0 ..< min(i0 + blockSize, n):
///       for k in k0 ..< min(k0 + blockSize, k):
///         for j in j0 ..< min(j0 + blockSize, m):  C[i, j] += A[i, k]·B[k, j]
/// ```
/// Each tile of B is reused for a whole tile of C while it is still in the cache. The last tile along a
/// dimension may be partial (7 rows in tiles of 4: 4 + 3). The result equals the plain product.
///
/// Check it: `make check CH=07`
public func matmulBlocked(_ a: Matrix, _ b: Matrix, blockSize: Int) -> Matrix {
  return notImplemented()
}
