/// Elementwise arithmetic, broadcasting, reductions and `map`.
extension Matrix {
  /// Stops with a message naming both shapes unless `self` and `other` have the same shape.
  @inlinable
  func requireSameShape(_ other: Matrix, _ operation: String) {
    precondition(
      rows == other.rows && columns == other.columns,
      "\(operation): shapes \(shapeDescription) and \(other.shapeDescription) differ")
  }

  /// Applies `transform` to every element.
  @inlinable
  public func map(_ transform: (Double) throws -> Double) rethrows -> Matrix {
    let result = try [Double](unsafeUninitializedCapacity: storage.count) { buffer, initialized in
      try storage.withUnsafeBufferPointer { source in
        for i in 0..<source.count { (buffer.baseAddress.unsafelyUnwrapped + i).initialize(to: try transform(source[i])) }
      }
      initialized = storage.count
    }
    return Matrix(rows: rows, columns: columns, storage: result)
  }

  /// Combines two same-shaped matrices element by element.
  @inlinable
  public func zipMap(_ other: Matrix, _ operation: String = "zipMap", _ combine: (Double, Double) -> Double) -> Matrix {
    requireSameShape(other, operation)
    var result = storage
    result.withUnsafeMutableBufferPointer { lhs in
      other.storage.withUnsafeBufferPointer { rhs in
        for i in 0..<lhs.count { lhs[i] = combine(lhs[i], rhs[i]) }
      }
    }
    return Matrix(rows: rows, columns: columns, storage: result)
  }

  /// Elementwise A + B, A − B, A ⊙ B and A ⊘ B of same-shaped matrices: (A ∘ B)ᵢⱼ = Aᵢⱼ ∘ Bᵢⱼ.
  public static func + (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, "+", +) }
  public static func - (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, "-", -) }
  /// Elementwise (Hadamard) product; the matrix product is ``matmul(_:)``.
  public static func * (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, "*", *) }
  public static func / (lhs: Matrix, rhs: Matrix) -> Matrix { lhs.zipMap(rhs, "/", /) }

  /// A matrix and a scalar c, element by element: (A ∘ c)ᵢⱼ = Aᵢⱼ ∘ c.
  public static func + (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 + rhs } }
  public static func - (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 - rhs } }
  public static func * (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 * rhs } }
  public static func / (lhs: Matrix, rhs: Double) -> Matrix { lhs.map { $0 / rhs } }
  public static func * (lhs: Double, rhs: Matrix) -> Matrix { rhs.map { lhs * $0 } }
  public static prefix func - (operand: Matrix) -> Matrix { operand.map { -$0 } }

  /// A ← A + B and A ← A − B.
  public static func += (lhs: inout Matrix, rhs: Matrix) { lhs = lhs + rhs }
  public static func -= (lhs: inout Matrix, rhs: Matrix) { lhs = lhs - rhs }

  /// The elementwise square root √aᵢⱼ (IEEE, correctly rounded; NaN for a negative element).
  public func squareRoot() -> Matrix { map { $0.squareRoot() } }

  /// Adds a 1×columns row vector to every row (numpy's broadcasting of `X + b`).
  public func addingRowVector(_ vector: Matrix) -> Matrix {
    var result = self
    result.addRowVector(vector)
    return result
  }

  /// Adds a 1×columns row vector to every row, in place: no copy of a matrix nobody else holds.
  public mutating func addRowVector(_ vector: Matrix) {
    precondition(
      vector.rows == 1 && vector.columns == columns,
      "addingRowVector: shapes \(shapeDescription) and \(vector.shapeDescription) do not broadcast")
    let (rows, columns) = (rows, columns)
    storage.withUnsafeMutableBufferPointer { result in
      vector.storage.withUnsafeBufferPointer { vector in
        for r in 0..<rows {
          for c in 0..<columns { result[r * columns + c] += vector[c] }
        }
      }
    }
  }

  /// The column of the largest element of each row (the first one on ties): a classifier's prediction.
  public func rowArgmax() -> [Int] {
    (0..<rows).map { r in
      var best = 0
      for c in 1..<max(columns, 1) where storage[r * columns + c] > storage[r * columns + best] { best = c }
      return best
    }
  }

  /// The axis a reduction collapses.
  public enum Axis: Sendable {
    /// Collapse the rows: the result is 1×columns (numpy `axis=0`).
    case rows
    /// Collapse the columns: the result is rows×1 (numpy `axis=1`).
    case columns
  }

  /// Sums over `axis`: `.rows` gives column sums (1×columns), `.columns` row sums (rows×1).
  public func sum(over axis: Axis) -> Matrix {
    switch axis {
    case .rows:
      var result = [Double](repeating: 0, count: columns)
      result.withUnsafeMutableBufferPointer { result in
        storage.withUnsafeBufferPointer { storage in
          for r in 0..<rows {
            for c in 0..<columns { result[c] += storage[r * columns + c] }
          }
        }
      }
      return Matrix(rowVector: result)
    case .columns:
      return Matrix(columnVector: (0..<rows).map { r in
        storage[r * columns..<(r + 1) * columns].reduce(0, +)
      })
    }
  }

  /// The sum of every element.
  public func sum() -> Double { storage.reduce(0, +) }

  /// The mean of every element (NaN for an empty matrix).
  public func mean() -> Double { sum() / Double(count) }

  /// The transpose, Aᵀ with Aᵀ[j, i] = A[i, j].
  public func transposed() -> Matrix {
    var result = [Double](repeating: 0, count: count)
    for r in 0..<rows {
      for c in 0..<columns { result[c * rows + r] = storage[r * columns + c] }
    }
    return Matrix(rows: columns, columns: rows, storage: result)
  }
}
