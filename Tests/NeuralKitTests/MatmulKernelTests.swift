import NeuralKit
import TestSupport
import Testing

/// The blocked kernel against the naive triple loop, which is the reference.
///
/// Tolerance: any order of summing k products, with or without fused multiply-add, is within
/// γₖ·Σₖ|aᵢₖ||bₖⱼ| of the exact C[i, j], γₖ = k·u/(1 − k·u), u = ε/2 (Higham, *Accuracy and Stability of
/// Numerical Algorithms*, §3.1). Two such results differ by at most 2γₖ·Σ|a||b| ≈ k·ε·Σ|a||b|, element by
/// element; that bound is what we check, so a wrong index or a dropped term (an error of order |a||b|)
/// fails while rounding never does.
@Suite("Matmul kernels")
struct MatmulKernelTests {
  /// (rows of A, inner dimension, columns of B): tile and block edges (6×8 and 8×24 tiles, 96 rows,
  /// depth 256, 2048 columns), the edge strips (16, 8, 4, 2 and 1 columns; 8, 4, 2 and 1 rows), the
  /// training step's 32-row batches and 10-column outputs, vectors, and the small-product path.
  static let shapes: [(Int, Int, Int)] = [
    (1, 1, 1), (2, 3, 2), (6, 8, 8), (7, 5, 9), (16, 16, 16), (6, 300, 8), (13, 29, 31),
    (97, 260, 23), (200, 10, 17), (1, 300, 1), (1, 40, 257), (257, 40, 1), (5, 3, 2100), (48, 64, 64),
    (32, 64, 10), (64, 32, 10), (32, 10, 64), (8, 64, 24), (33, 7, 50), (15, 300, 47), (9, 11, 31),
  ]

  static func random(_ rows: Int, _ columns: Int, seed: UInt64) -> Matrix {
    var generator = SeededGenerator(seed: seed)
    return Matrix(
      rows: rows, columns: columns, storage: (0..<rows * columns).map { _ in generator.nextUniform(in: -1..<1) })
  }

  /// Checks |result − reference| ≤ 2γₖ·(|A|·|B|) elementwise, A n×k and B k×m the untransposed factors.
  static func expectWithinRounding(_ result: Matrix, _ reference: Matrix, a: Matrix, b: Matrix) {
    #expect(result.shape == reference.shape)
    let u = Double.ulpOfOne / 2, k = Double(a.columns)
    let gamma = k * u / (1 - k * u)
    let magnitude = a.map(abs).matmulNaive(b.map(abs))
    var worst = 0.0
    for index in result.storage.indices {
      let error = abs(result.storage[index] - reference.storage[index])
      let bound = 2 * gamma * magnitude.storage[index]
      worst = max(worst, bound > 0 ? error / bound : (error > 0 ? .infinity : 0))
    }
    #expect(worst <= 1, "error reaches \(worst) of the rounding bound")
  }

  @Test("blocked matmul agrees with the naive loop within k·ε·Σ|a||b|", arguments: shapes)
  func blockedMatchesNaive(shape: (Int, Int, Int)) {
    let (n, k, m) = shape
    let a = Self.random(n, k, seed: 1), b = Self.random(k, m, seed: 2)
    let reference = a.matmulNaive(b)
    Self.expectWithinRounding(a.matmul(b), reference, a: a, b: b)
    Self.expectWithinRounding(a.matmulReordered(b), reference, a: a, b: b)
  }

  @Test("transposed operands match products of explicit transposes", arguments: [false, true], [false, true])
  func transposedOperands(aT: Bool, bT: Bool) {
    // Row-major B and transposed A are read in place where whole 6×8 tiles reach, packed at the ragged
    // edges; these shapes put both kinds of sliver in one product, across several row and depth blocks.
    for (n, k, m) in [(97, 260, 23), (7, 5, 9), (1, 33, 9), (50, 1, 70), (32, 64, 10), (64, 32, 64), (200, 530, 17), (12, 300, 16)] {
      let a = Self.random(n, k, seed: 3), b = Self.random(k, m, seed: 4)
      let storedA = aT ? a.transposed() : a, storedB = bT ? b.transposed() : b
      let product = Matrix.matmul(storedA, transposed: aT, storedB, transposed: bT)
      Self.expectWithinRounding(product, a.matmulNaive(b), a: a, b: b)
    }
  }

  @Test("a product split across threads gives the same bits as one thread", arguments: [(300, 200, 150), (64, 300, 500)])
  func threadsChangeNoBits(shape: (Int, Int, Int)) {
    let (n, k, m) = shape
    let a = Self.random(n, k, seed: 12), b = Self.random(k, m, seed: 13)
    let before = Parallelism.threads
    defer { Parallelism.threads = before }
    Parallelism.threads = 1
    let one = a.matmul(b), oneT = a.transposed().transposedMatmul(b)
    Parallelism.threads = 3
    #expect(Self.differingElements(a.matmul(b), one) == 0)
    #expect(Self.differingElements(a.transposed().transposedMatmul(b), oneT) == 0)
    Self.expectWithinRounding(one, a.matmulNaive(b), a: a, b: b)
  }

  @Test("AᵀB and ABᵀ conveniences are the flagged products")
  func conveniences() {
    let x = Self.random(40, 30, seed: 5), delta = Self.random(40, 20, seed: 6), w = Self.random(30, 20, seed: 7)
    let weightGradient = x.transposedMatmul(delta)  // 30×20
    let inputGradient = delta.matmulTransposed(w)  // 40×30
    Self.expectWithinRounding(weightGradient, x.transposed().matmulNaive(delta), a: x.transposed(), b: delta)
    Self.expectWithinRounding(inputGradient, delta.matmulNaive(w.transposed()), a: delta, b: w.transposed())
  }

  @Test("empty shapes: 0×k·k×m and n×k·k×0 are empty, n×0·0×m is all zeros", arguments: MatmulAlgorithm.allCases)
  func emptyShapes(algorithm: MatmulAlgorithm) {
    #expect(Matrix(rows: 0, columns: 4).matmul(Self.random(4, 3, seed: 8), using: algorithm).shape == (0, 3))
    #expect(Self.random(5, 4, seed: 9).matmul(Matrix(rows: 4, columns: 0), using: algorithm).shape == (5, 0))
    let zeros = Matrix(rows: 70, columns: 0).matmul(Matrix(rows: 0, columns: 90), using: algorithm)
    #expect(zeros == Matrix(rows: 70, columns: 90, repeating: 0))
    #expect(Matrix.matmul(Matrix(rows: 0, columns: 70), transposed: true, Matrix(rows: 0, columns: 9), transposed: false)
      == Matrix(rows: 70, columns: 9, repeating: 0))
  }

  /// Small integers: every product and partial sum is an integer below 2⁵³, so every order of summation,
  /// fused or not, is exact and all three loops must agree to the bit.
  @Test("integer matrices give bit-identical products from every algorithm", arguments: [(31, 70, 45), (100, 300, 9)])
  func integerProductsAreExact(shape: (Int, Int, Int)) {
    let (n, k, m) = shape
    let a = Self.random(n, k, seed: 10).map { ($0 * 8).rounded() }
    let b = Self.random(k, m, seed: 11).map { ($0 * 8).rounded() }
    let reference = a.matmulNaive(b)
    for algorithm in MatmulAlgorithm.allCases {
      #expect(Self.differingElements(a.matmul(b, using: algorithm), reference) == 0, "\(algorithm)")
    }
    #expect(Self.differingElements(a.transposed().transposedMatmul(b), reference) == 0)
    #expect(Self.differingElements(a.matmulTransposed(b.transposed()), reference) == 0)
  }

  /// How many elements differ (all of them when the shapes do), instead of printing whole matrices.
  static func differingElements(_ x: Matrix, _ y: Matrix) -> Int {
    guard x.shape == y.shape else { return max(x.count, y.count, 1) }
    return zip(x.storage, y.storage).filter { $0 != $1 }.count
  }

  @Test("misaligned shapes stop with a precondition failure")
  func misalignedShapes() async {
    await #expect(processExitsWith: .failure) {
      _ = Matrix(rows: 2, columns: 3).matmul(Matrix(rows: 2, columns: 3))
    }
  }
}

/// The Float product (a Float Trainer's, chapter 07's comparison) against the Double naive loop on the same
/// numbers: within Float's rounding, k·2⁻²³·Σ|a||b| by the same argument as Double's bound.
@Suite("Float matmul")
struct FloatMatmulTests {
  @Test("the Float product agrees with Double to Float's rounding", arguments: [(1, 1, 1), (32, 64, 10), (17, 300, 33), (130, 70, 260)])
  func floatProduct(shape: (Int, Int, Int)) {
    let (n, k, m) = shape
    let a = MatmulKernelTests.random(n, k, seed: 14).map { Double(Float($0)) }
    let b = MatmulKernelTests.random(k, m, seed: 15).map { Double(Float($0)) }
    let product = Matrix.floatProduct(a.storage.map { Float($0) }, b.storage.map { Float($0) }, rows: n, inner: k, columns: m)
    let reference = a.matmulNaive(b), magnitude = a.map(abs).matmulNaive(b.map(abs))
    let bound = Double(k + 1) * Double(Float.ulpOfOne)
    for index in reference.storage.indices {
      #expect(abs(Double(product[index]) - reference.storage[index]) <= bound * magnitude.storage[index])
    }
  }
}
