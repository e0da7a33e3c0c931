import NeuralKit
import TestSupport
import Testing

@Suite("Matrix")
struct MatrixTests {
  @Test("matmul matches a hand-computed 2×3 · 3×2 product")
  func productByHand() {
    let a = Matrix([[1, 2, 3], [4, 5, 6]])
    let b = Matrix([[7, 8], [9, 10], [11, 12]])
    // [1·7+2·9+3·11, 1·8+2·10+3·12; 4·7+5·9+6·11, 4·8+5·10+6·12]
    #expect(a.matmul(b) == Matrix([[58, 64], [139, 154]]))
  }

  @Test("matmul of a row by a column is the dot product; column by row is the outer product")
  func vectorProducts() {
    let row = Matrix(rowVector: [1, -2, 3]), column = Matrix(columnVector: [4, 5, -6])
    #expect(row.matmul(column) == Matrix([[4 - 10 - 18]]))
    #expect(column.matmul(row) == Matrix([[4, -8, 12], [5, -10, 15], [-6, 12, -18]]))
  }

  @Test("identity is neutral and empty shapes give empty or zero products")
  func identityAndEmpty() {
    let a = Matrix([[1.5, -2], [0.25, 4]])
    #expect(Matrix.identity(2).matmul(a) == a)
    #expect(a.matmul(.identity(2)) == a)
    let empty = Matrix(rows: 2, columns: 0).matmul(Matrix(rows: 0, columns: 3))
    #expect(empty == Matrix(rows: 2, columns: 3, repeating: 0))
  }

  @Test("transpose swaps indices and (AB)ᵀ = BᵀAᵀ")
  func transpose() {
    let a = Matrix([[1, 2, 3], [4, 5, 6]]), b = Matrix([[1, 0], [2, -1], [0, 3]])
    #expect(a.transposed() == Matrix([[1, 4], [2, 5], [3, 6]]))
    #expect(a.matmul(b).transposed() == b.transposed().matmul(a.transposed()))
  }

  @Test("elementwise arithmetic, scalars and map")
  func elementwise() {
    let a = Matrix([[1, 2], [3, 4]]), b = Matrix([[0.5, -1], [2, 8]])
    #expect(a + b == Matrix([[1.5, 1], [5, 12]]))
    #expect(a - b == Matrix([[0.5, 3], [1, -4]]))
    #expect(a * b == Matrix([[0.5, -2], [6, 32]]))
    #expect(a / b == Matrix([[2, -2], [1.5, 0.5]]))
    #expect(2 * a - 1 == Matrix([[1, 3], [5, 7]]))
    #expect(a.map { $0 * $0 } == Matrix([[1, 4], [9, 16]]))
    #expect(-a == Matrix([[-1, -2], [-3, -4]]))
  }

  @Test("row-vector broadcast adds the vector to every row")
  func broadcast() {
    let x = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(x.addingRowVector(Matrix(rowVector: [10, 20, 30])) == Matrix([[11, 22, 33], [14, 25, 36]]))
  }

  @Test("sums over rows give column sums, over columns row sums")
  func sums() {
    let x = Matrix([[1, 2, 3], [4, 5, 6]])
    #expect(x.sum(over: .rows) == Matrix(rowVector: [5, 7, 9]))
    #expect(x.sum(over: .columns) == Matrix(columnVector: [6, 15]))
    #expect(x.sum() == 21)
    #expect(x.mean() == 3.5)
  }

  @Test("subscripts read and write row-major storage")
  func subscripts() {
    var x = Matrix(rows: 2, columns: 3)
    x[1, 2] = 7
    #expect(x.storage == [0, 0, 0, 0, 0, 7])
    #expect(x.row(1) == [0, 0, 7])
    #expect(x.column(2) == [0, 7])
    #expect(x.shape == (2, 3) as (Int, Int))
  }
}

@Suite("Linear solve and curve fit")
struct LeastSquaresTests {
  @Test("Gaussian elimination solves a system that needs pivoting")
  func solve() throws {
    // Zero in the top-left corner: fails without pivoting. Solution x = (1, 2, 3).
    let a = Matrix([[0, 2, 1], [1, 1, 1], [2, 1, 0]])
    let x = try #require(solveLinearSystem(a, [7, 6, 4]))
    #expect(isClose(x, [1, 2, 3], relative: 1e-14, absolute: 1e-14))
    #expect(solveLinearSystem(Matrix([[1, 2], [2, 4]]), [1, 2]) == nil)
  }

  @Test("Levenberg–Marquardt recovers the parameters of an exact sigmoid")
  func fitsExactSigmoid() {
    let xs = linspace(0, 5, count: 41)
    let truth = [150.0, 2.5, 0.6]
    let ys = xs.map { truth[0] * sigmoid(($0 - truth[1]) / truth[2]) }
    let fit = fitLeastSquares(initial: [100, 2, 1]) { p in zip(xs, ys).map { p[0] * sigmoid(($0 - p[1]) / p[2]) - $1 } }
    #expect(isClose(fit, truth, relative: 1e-7))
  }
}
