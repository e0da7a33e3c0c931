import NeuralKit
import Testing

/// Every way the library multiplies two matrices, by name.
private let products: [(String, @Sendable (Matrix, Matrix) -> Matrix)] = [
  ("blocked", { $0.matmul($1) }), ("naive", { $0.matmulNaive($1) }), ("reordered", { $0.matmulReordered($1) }),
  ("AᵀB", { $0.transposed().transposedMatmul($1) }), ("ABᵀ", { $0.matmulTransposed($1.transposed()) }),
  ("AᵀBᵀ", { Matrix.matmul($0.transposed(), transposed: true, $1.transposed(), transposed: true) }),
]

/// Empty and 1×1 matrices through products, reductions, transposes and a dense layer.
@Suite("Matrices at the edges")
struct EdgeMatrixTests {
  @Test(
    "a product with an empty inner or outer dimension has the right shape and is all zeros",
    arguments: [(0, 3, 4), (2, 0, 3), (3, 4, 0), (0, 0, 0), (1, 0, 1)])
  func emptyProducts(n: Int, k: Int, m: Int) {
    let a = Matrix(rows: n, columns: k, repeating: 2), b = Matrix(rows: k, columns: m, repeating: 3)
    for (name, product) in products {
      #expect(product(a, b) == Matrix(rows: n, columns: m), "\(name)")
    }
  }

  @Test("1×1 products multiply the two numbers, for every kernel")
  func oneByOneProducts() {
    for (name, product) in products {
      #expect(product(Matrix([[3]]), Matrix([[-4]])) == Matrix([[-12]]), "\(name)")
      #expect(product(Matrix([[1e300]]), Matrix([[1e300]])) == Matrix([[.infinity]]), "\(name): overflow is +∞")
    }
  }

  @Test("empty reductions: the sum is 0, the mean NaN (as numpy), sums over an axis keep their shape")
  func emptyReductions() {
    let empty = Matrix(rows: 0, columns: 3)
    #expect(empty.sum() == 0 && empty.mean().isNaN)
    #expect(empty.sum(over: .rows) == Matrix(rows: 1, columns: 3))
    #expect(empty.sum(over: .columns) == Matrix(rows: 0, columns: 1))
    #expect(empty.transposed() == Matrix(rows: 3, columns: 0) && empty.transposed().transposed() == empty)
    #expect(empty + empty == empty && empty.map { $0 + 1 } == empty)
    #expect(empty.addingRowVector(Matrix(rowVector: [1, 2, 3])) == empty)
    #expect(Matrix([[7]]).mean() == 7 && Matrix([[7]]).transposed() == Matrix([[7]]))
  }

  @Test("an empty batch flows through a dense layer: empty outputs, zero parameter gradients")
  func emptyBatchThroughDense() {
    let dense = Dense(weights: Matrix([[1, 2], [3, 4], [5, 6]]), bias: Matrix([[1, -1]]))
    #expect(dense.forward(Matrix(rows: 0, columns: 3)) == Matrix(rows: 0, columns: 2))
    #expect(dense.backward(Matrix(rows: 0, columns: 2)) == Matrix(rows: 0, columns: 3))
    #expect(dense.parameters.map(\.gradient) == [Matrix(rows: 3, columns: 2), Matrix(rows: 1, columns: 2)])
  }
}
