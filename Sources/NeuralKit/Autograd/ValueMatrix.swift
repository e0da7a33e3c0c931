import Foundation

/// A matrix of autograd ``Value``s: enough matrix algebra to run a small network through the scalar
/// engine and read every parameter's gradient back. Slow (one graph node per scalar operation) and meant
/// only for checking hand-written layers. Introduced in chapter 05.
public struct ValueMatrix {
  public let rows: Int
  public let columns: Int
  public var values: [Value]

  /// Leaf values holding the elements of `matrix` (their gradients fill in on `backward()`).
  public init(_ matrix: Matrix) {
    rows = matrix.rows
    columns = matrix.columns
    values = matrix.storage.map { Value($0) }
  }

  init(rows: Int, columns: Int, values: [Value]) {
    precondition(values.count == rows * columns, "ValueMatrix \(rows)×\(columns) needs \(rows * columns) values")
    self.rows = rows
    self.columns = columns
    self.values = values
  }

  public subscript(row: Int, column: Int) -> Value { values[row * columns + column] }

  /// The data as a plain matrix.
  public var data: Matrix { Matrix(rows: rows, columns: columns, storage: values.map(\.data)) }
  /// The gradients as a plain matrix (after `backward()` on a value computed from these).
  public var grad: Matrix { Matrix(rows: rows, columns: columns, storage: values.map(\.grad)) }

  /// The product, each element Σₖ aᵢₖ·bₖⱼ built from scalar nodes.
  public func matmul(_ other: ValueMatrix) -> ValueMatrix {
    precondition(columns == other.rows, "matmul: shapes \(rows)×\(columns) and \(other.rows)×\(other.columns) are not aligned")
    var result: [Value] = []
    for i in 0..<rows {
      for j in 0..<other.columns {
        result.append((1..<columns).reduce(self[i, 0] * other[0, j]) { $0 + self[i, $1] * other[$1, j] })
      }
    }
    return ValueMatrix(rows: rows, columns: other.columns, values: result)
  }

  /// Adds a 1×columns row of values to every row.
  public func addingRowVector(_ bias: ValueMatrix) -> ValueMatrix {
    precondition(
      bias.rows == 1 && bias.columns == columns,
      "addingRowVector: shapes \(rows)×\(columns) and \(bias.rows)×\(bias.columns) do not broadcast")
    return ValueMatrix(rows: rows, columns: columns, values: values.indices.map { values[$0] + bias.values[$0 % columns] })
  }

  /// Applies a scalar operation to every element.
  public func map(_ transform: (Value) -> Value) -> ValueMatrix {
    ValueMatrix(rows: rows, columns: columns, values: values.map(transform))
  }

  /// ½ Σ (t − o)² against plain targets.
  public func halfSumOfSquares(_ target: Matrix) -> Value {
    precondition(
      rows == target.rows && columns == target.columns,
      "halfSumOfSquares: shapes \(rows)×\(columns) and \(target.shapeDescription) differ")
    return zip(values, target.storage).map { ($0 - $1).power(2) }.reduce(Value(0), +) * 0.5
  }

  /// Mean over rows of −log softmax(row)[label], each through log-sum-exp with the row's maximum
  /// subtracted (a constant, so it changes no gradient).
  public func softmaxCrossEntropy(labels: [Int]) -> Value {
    precondition(labels.count == rows, "softmaxCrossEntropy: logits \(rows)×\(columns) but \(labels.count) labels")
    let perRow = (0..<rows).map { i -> Value in
      let row = (0..<columns).map { self[i, $0] }
      let shift = row.map(\.data).max() ?? 0
      let sumExp = row.map { ($0 - shift).exp() }.reduce(Value(0), +)
      return sumExp.log() + shift - row[labels[i]]
    }
    return perRow.reduce(Value(0), +) / Double(rows)
  }
}
