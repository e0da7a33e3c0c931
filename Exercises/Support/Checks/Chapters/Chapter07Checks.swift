import NeuralKit

/// Chapter 07: a matrix product whose inner loop walks memory in order, a blocked (tiled) product, and the
/// operation count that turns a time into GFLOPS.
let chapter07Exercises = [
  Exercise(
    "07-efficiency/matmul-reordered", "the i-k-j matrix product (inner loop along rows)",
    file: "07-Efficiency/MatmulReordered.swift", grade: gradeMatmulReordered),
  Exercise(
    "07-efficiency/matmul-blocked", "a blocked (tiled) matrix product", file: "07-Efficiency/MatmulBlocked.swift",
    grade: gradeMatmulBlocked),
  Exercise(
    "07-efficiency/flop-count", "a product's operation count and its GFLOPS",
    file: "07-Efficiency/FlopCount.swift", grade: gradeFlopCount),
]

/// Rectangular shapes (a swapped index shows), 1×1, and empty inner or outer dimensions.
func productCases() -> [(name: String, a: Matrix, b: Matrix)] {
  var generator = SeededGenerator(seed: 7)
  let random = { (rows: Int, columns: Int) in Matrix.randomNormal(rows: rows, columns: columns, using: &generator) }
  return [
    ("3×4 · 4×5", random(3, 4), random(4, 5)),
    ("7×5 · 5×9", random(7, 5), random(5, 9)),
    ("1×1 · 1×1", Matrix([[3]]), Matrix([[-2]])),
    ("2×0 · 0×3 (all zeros)", Matrix(rows: 2, columns: 0), Matrix(rows: 0, columns: 3)),
    ("0×3 · 3×2 (no rows)", Matrix(rows: 0, columns: 3), random(3, 2)),
  ]
}

/// The product the learner would get by skipping the columns of B past the last full block of `blockSize`.
private func productOfFullBlocks(_ a: Matrix, _ b: Matrix, blockSize: Int) -> Matrix {
  var product = a.matmul(b)
  let full = b.columns - b.columns % blockSize
  for r in 0..<product.rows { for c in full..<product.columns { product[r, c] = 0 } }
  return product
}

private func gradeMatmulReordered(_ implementations: Implementations) throws {
  for (name, a, b) in productCases() {
    try expectClose(
      implementations.efficiency.matmulReordered(a, b), a.matmul(b), .reordered, named: "C for \(name)",
      otherwise: "for i { for k { let aik = A[i, k]; for j { C[i, j] += aik·B[k, j] } } }, C starting at zero")
  }
}

private func gradeMatmulBlocked(_ implementations: Implementations) throws {
  for (name, a, b) in productCases() {
    for blockSize in [1, 2, 3, 4, 16] {
      try expectClose(
        implementations.efficiency.matmulBlocked(a, b, blockSize), a.matmul(b), .reordered,
        named: "C for \(name), blocks of \(blockSize)",
        mistakes: [
          Mistake(
            hint: "the last block along a dimension may be partial: end each tile at min(start + blockSize, n)",
            answer: productOfFullBlocks(a, b, blockSize: blockSize))
        ],
        otherwise: "loop over tiles (i₀, k₀, j₀) in steps of blockSize, accumulate C[i, j] += A[i, k]·B[k, j] inside each tile")
    }
  }
}

private func gradeFlopCount(_ implementations: Implementations) throws {
  let efficiency = implementations.efficiency
  for (n, k, m) in [(2, 3, 4), (512, 512, 512), (4096, 1, 7), (0, 5, 5), (1000, 1000, 1000)] {
    try expectEqual(
      efficiency.matmulOperationCount(n, k, m), 2 * n * k * m, at: "operations of a \(n)×\(k) · \(k)×\(m) product",
      mistakes: [Mistake(hint: "each of the n·k·m terms is one multiply and one add: 2·n·k·m", answer: n * k * m)],
      otherwise: "an n×k by k×m product does n·m dot products of length k: 2·n·k·m operations")
  }
  for (operations, seconds) in [(2_000_000_000, 1.0), (268_435_456, 0.004), (0, 0.5)] {
    let want = Double(operations) / seconds / 1e9
    try expectClose(
      efficiency.gigaflops(operations, seconds), want, .reordered, at: "GFLOPS of \(operations) operations in \(seconds) s",
      mistakes: [
        Mistake(hint: "giga is 10⁹: divide operations per second by 1e9", answer: Double(operations) / seconds),
        Mistake(hint: "operations per second: divide by the time, don't multiply", answer: Double(operations) * seconds / 1e9),
      ],
      otherwise: "GFLOPS = operations / seconds / 10⁹")
  }
}
