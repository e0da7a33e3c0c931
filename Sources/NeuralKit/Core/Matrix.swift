/// A dense matrix of `Double`s stored row by row.
///
/// Element (i, j) lives at `storage[i * columns + j]`. Shapes are checked on every operation: a
/// mismatch is a programming error and stops with a precondition failure naming both shapes.
///
/// ```
///        ┌ a₀₀ a₀₁ a₀₂ ┐
///   A =  └ a₁₀ a₁₁ a₁₂ ┘     storage = [a₀₀, a₀₁, a₀₂, a₁₀, a₁₁, a₁₂]
/// ```
public struct Matrix: Equatable, Sendable {
  /// Number of rows.
  public let rows: Int
  /// Number of columns.
  public let columns: Int
  /// The elements, row-major. Only NeuralKit writes it whole, always with `rows × columns` elements;
  /// other code changes elements through the subscript or ``withUnsafeMutableElements(_:)``.
  public internal(set) var storage: [Double]

  /// A matrix from row-major storage; `storage.count` must equal `rows * columns`.
  public init(rows: Int, columns: Int, storage: [Double]) {
    precondition(rows >= 0 && columns >= 0, "Matrix shape must be non-negative, got \(rows)×\(columns)")
    precondition(
      storage.count == rows * columns,
      "Matrix \(rows)×\(columns) needs \(rows * columns) elements, got \(storage.count)")
    self.rows = rows
    self.columns = columns
    self.storage = storage
  }

  /// A matrix with every element equal to `value`.
  public init(rows: Int, columns: Int, repeating value: Double = 0) {
    self.init(rows: rows, columns: columns, storage: Array(repeating: value, count: rows * columns))
  }

  /// A matrix from nested rows, `[[1, 2], [3, 4]]`; every row must have the same length.
  public init(_ nested: [[Double]]) {
    let columns = nested.first?.count ?? 0
    for (index, row) in nested.enumerated() {
      precondition(row.count == columns, "Row \(index) has \(row.count) elements, expected \(columns)")
    }
    self.init(rows: nested.count, columns: columns, storage: nested.flatMap { $0 })
  }

  /// A 1×n matrix holding `values`.
  public init(rowVector values: [Double]) {
    self.init(rows: 1, columns: values.count, storage: values)
  }

  /// An n×1 matrix holding `values`.
  public init(columnVector values: [Double]) {
    self.init(rows: values.count, columns: 1, storage: values)
  }

  /// Runs `body` on the elements, row-major, without copying them.
  public func withUnsafeElements<R>(_ body: (UnsafeBufferPointer<Double>) throws -> R) rethrows -> R {
    try storage.withUnsafeBufferPointer(body)
  }

  /// Runs `body` on the elements, row-major, to change them in place (the count cannot change).
  public mutating func withUnsafeMutableElements<R>(_ body: (UnsafeMutableBufferPointer<Double>) throws -> R) rethrows -> R {
    try storage.withUnsafeMutableBufferPointer { try body($0) }
  }

  /// The n×n identity.
  public static func identity(_ n: Int) -> Matrix {
    var result = Matrix(rows: n, columns: n)
    for i in 0..<n { result[i, i] = 1 }
    return result
  }

  /// `(rows, columns)`.
  public var shape: (rows: Int, columns: Int) { (rows, columns) }

  /// The shape as text, `3×4`, for messages.
  public var shapeDescription: String { "\(rows)×\(columns)" }

  /// Number of elements.
  public var count: Int { storage.count }

  /// Element at row `row`, column `column`.
  public subscript(row: Int, column: Int) -> Double {
    get {
      precondition(indexIsValid(row, column), "Index (\(row), \(column)) out of range for \(shapeDescription)")
      return storage[row * columns + column]
    }
    set {
      precondition(indexIsValid(row, column), "Index (\(row), \(column)) out of range for \(shapeDescription)")
      storage[row * columns + column] = newValue
    }
  }

  /// Row `index` as an array.
  public func row(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < rows, "Row \(index) out of range for \(shapeDescription)")
    return Array(storage[index * columns..<(index + 1) * columns])
  }

  /// Calls `body` with row `index` in place, without copying it out (for per-row loops in hot code).
  @inlinable
  public func withRow<R>(_ index: Int, _ body: (UnsafeBufferPointer<Double>) -> R) -> R {
    precondition(index >= 0 && index < rows, "Row \(index) out of range for \(shapeDescription)")
    return storage.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[index * columns..<(index + 1) * columns])) }
  }

  /// Column `index` as an array.
  public func column(_ index: Int) -> [Double] {
    precondition(index >= 0 && index < columns, "Column \(index) out of range for \(shapeDescription)")
    return (0..<rows).map { storage[$0 * columns + index] }
  }

  /// The rows as nested arrays.
  public var nestedRows: [[Double]] { (0..<rows).map(row) }

  private func indexIsValid(_ row: Int, _ column: Int) -> Bool {
    row >= 0 && row < rows && column >= 0 && column < columns
  }
}

extension Matrix: CustomStringConvertible {
  public var description: String {
    "Matrix \(shapeDescription) " + nestedRows.map { "\($0)" }.joined(separator: ", ")
  }
}
