import Foundation
import NeuralKit

/// A floating-point type the precision-generic network can train in: `Float` or `Double`.
///
/// `BinaryFloatingPoint` gives the arithmetic and the square root; the exponential and logarithm come from
/// the C library in the type's own precision (`expf`/`logf` for Float, `exp`/`log` for Double).
/// Introduced in chapter 07.
protocol TrainingScalar: BinaryFloatingPoint, SIMDScalar, Codable, Sendable {
  static func exponential(_ x: Self) -> Self
  static func logarithm(_ x: Self) -> Self
}

extension Float: TrainingScalar {
  static func exponential(_ x: Float) -> Float { Foundation.exp(x) }
  static func logarithm(_ x: Float) -> Float { Foundation.log(x) }
}

extension Double: TrainingScalar {
  static func exponential(_ x: Double) -> Double { Foundation.exp(x) }
  static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
}

/// A row-major matrix of `Float` or `Double`: the storage of the precision-generic network.
///
/// Its product is the i-k-j loop of ``Matrix/matmulReordered(_:)``: the same loop for both precisions,
/// which the compiler vectorizes with as many lanes as a register holds (AVX2: 4 doubles, 8 floats).
struct ScalarMatrix<Scalar: TrainingScalar>: Sendable, Equatable {
  let rows: Int
  let columns: Int
  var storage: [Scalar]

  init(rows: Int, columns: Int, storage: [Scalar]) {
    precondition(storage.count == rows * columns, "ScalarMatrix \(rows)×\(columns) needs \(rows * columns) elements")
    self.rows = rows
    self.columns = columns
    self.storage = storage
  }

  init(rows: Int, columns: Int) {
    self.init(rows: rows, columns: columns, storage: Array(repeating: 0, count: rows * columns))
  }

  /// A Double matrix rounded to this precision.
  init(_ matrix: Matrix) {
    self.init(rows: matrix.rows, columns: matrix.columns, storage: matrix.storage.map { Scalar($0) })
  }

  /// The elements as a Double ``Matrix`` (exact: every Float is a Double).
  var doubleMatrix: Matrix {
    Matrix(rows: rows, columns: columns, storage: storage.map { Double($0) })
  }

  /// The rows at `indices`, in that order.
  func gatheringRows(_ indices: [Int]) -> ScalarMatrix {
    var values = [Scalar]()
    values.reserveCapacity(indices.count * columns)
    for index in indices { values.append(contentsOf: storage[index * columns..<(index + 1) * columns]) }
    return ScalarMatrix(rows: indices.count, columns: columns, storage: values)
  }

  var transposed: ScalarMatrix {
    var result = ScalarMatrix(rows: columns, columns: rows)
    for r in 0..<rows {
      for c in 0..<columns { result.storage[c * rows + r] = storage[r * columns + c] }
    }
    return result
  }

  /// Each row plus the 1×columns `vector`: Y = X + 1·b.
  func addingRowVector(_ vector: ScalarMatrix) -> ScalarMatrix {
    var result = self
    for r in 0..<rows {
      for c in 0..<columns { result.storage[r * columns + c] += vector.storage[c] }
    }
    return result
  }

  /// The 1×columns sums over the rows, in row order: ∂L/∂b = Σ_rows ∂L/∂Y.
  func columnSums() -> ScalarMatrix {
    var result = ScalarMatrix(rows: 1, columns: columns)
    for r in 0..<rows {
      for c in 0..<columns { result.storage[c] += storage[r * columns + c] }
    }
    return result
  }
}

extension ScalarMatrix {
  /// op(A)·B with op(A) = A or Aᵀ, C[i, j] = Σₚ op(A)[i, p]·B[p, j] summed in increasing p.
  ///
  /// ```
  ///   A·B:    for i { for p { C[i, :] += A[i, p]·B[p, :] } }
  ///   Aᵀ·B:   for p { for i { C[i, :] += A[p, i]·B[p, :] } }     (A walked row by row, no transpose formed)
  /// ```
  /// Both inner loops run along contiguous rows of B and C.
  static func product(_ a: ScalarMatrix, transposed aT: Bool = false, _ b: ScalarMatrix) -> ScalarMatrix {
    let (n, inner) = aT ? (a.columns, a.rows) : (a.rows, a.columns)
    precondition(
      inner == b.rows,
      "product: shapes \(a.rows)×\(a.columns)\(aT ? "ᵀ" : "") and \(b.rows)×\(b.columns) are not aligned")
    let m = b.columns
    var result = [Scalar](repeating: 0, count: n * m)
    a.storage.withUnsafeBufferPointer { aBuffer in
      b.storage.withUnsafeBufferPointer { bBuffer in
        result.withUnsafeMutableBufferPointer { cBuffer in
          guard let a = aBuffer.baseAddress, let b = bBuffer.baseAddress, let c = cBuffer.baseAddress else { return }
          for outer in 0..<(aT ? inner : n) {
            for middle in 0..<(aT ? n : inner) {
              let (i, p) = aT ? (middle, outer) : (outer, middle)
              let aip = a[aT ? p &* n &+ i : i &* inner &+ p]
              let bRow = b + p &* m
              let cRow = c + i &* m
              for j in 0..<m { cRow[j] += aip * bRow[j] }
            }
          }
        }
      }
    }
    return ScalarMatrix(rows: n, columns: m, storage: result)
  }
}
