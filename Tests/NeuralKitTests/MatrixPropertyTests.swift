import NeuralKit
import PropertyBased
import TestSupport
import Testing

/// Shapes n×k · k×m and a seed for the entries: n up to 100 and k up to 300 cross the kernel's 96-row and
/// 256-deep blocks and its 6×8 register tile at sizes that are mostly no multiple of any of them, and
/// small products fall on the unblocked path (fewer than 4096 multiply-adds). Columns stay ≤ 40 so the
/// naive reference keeps a debug run to a second; the 2048-column block is covered by fixed shapes in
/// ``MatmulKernelTests``. A failure prints (n, k, m, seed).
let productShapes = zip(Gen.int(in: 0...100), Gen.int(in: 0...300), Gen.int(in: 0...40), Gen.uint64())

/// Entries are uniform in [−1, 1), drawn from the seed.
private func operands(_ n: Int, _ k: Int, _ m: Int, seed: UInt64) -> (a: Matrix, b: Matrix, c: Matrix) {
  (MatmulKernelTests.random(n, k, seed: seed), MatmulKernelTests.random(k, m, seed: seed &+ 1),
   MatmulKernelTests.random(k, m, seed: seed &+ 2))
}

/// The algebra every product obeys, on random shapes. Tolerances are the rounding bound of
/// ``MatmulKernelTests/expectWithinRounding(_:_:a:b:)``: two orders of summing k products differ by at most
/// 2γₖ·(|A|·|B|) elementwise, so a wrong index or a dropped term fails while rounding never does.
@Suite("Matrix properties")
struct MatrixPropertyTests {
  @Test("the blocked product agrees with the naive triple loop")
  func blockedMatchesNaive() async {
    await propertyCheck(count: 40, input: productShapes) { n, k, m, seed in
      let (a, b, _) = operands(n, k, m, seed: seed)
      MatmulKernelTests.expectWithinRounding(a.matmul(b), a.matmulNaive(b), a: a, b: b)
    }
  }

  @Test("(AB)ᵀ = BᵀAᵀ and (Aᵀ)ᵀ = A")
  func transposeOfProduct() async {
    await propertyCheck(count: 40, input: productShapes) { n, k, m, seed in
      let (a, b, _) = operands(n, k, m, seed: seed)
      #expect(a.transposed().transposed() == a)
      let bT = b.transposed(), aT = a.transposed()
      MatmulKernelTests.expectWithinRounding(bT.matmul(aT), a.matmul(b).transposed(), a: bT, b: aT)
    }
  }

  @Test("(A + B)C = AC + BC")
  func distributive() async {
    await propertyCheck(count: 40, input: productShapes) { n, k, m, seed in
      // Here A and B are n×k and C is k×m.
      let (a, c, _) = operands(n, k, m, seed: seed)
      let b = MatmulKernelTests.random(n, k, seed: seed &+ 3)
      let sum = a + b
      // Each side is within γₖ₊₁·(|A| + |B|)·|C| of the exact product (the sum A + B, or the final
      // addition, adds one rounding to the k of the product): together, the bound for k + 1 terms.
      let magnitude = (a.map(abs) + b.map(abs)).matmulNaive(c.map(abs))
      let gamma = Double(k + 1) * .ulpOfOne / 2 / (1 - Double(k + 1) * .ulpOfOne / 2)
      let difference = sum.matmul(c) - (a.matmul(c) + b.matmul(c))
      let within = zip(difference.storage, magnitude.storage).allSatisfy { abs($0) <= 2 * gamma * $1 }
      #expect(within, "largest difference \(difference.storage.map(abs).max() ?? 0)")
    }
  }

  @Test("AᵀB, ABᵀ and AᵀBᵀ equal the products of explicit transposes")
  func transposedProducts() async {
    await propertyCheck(count: 40, input: productShapes) { n, k, m, seed in
      let (a, b, _) = operands(n, k, m, seed: seed)
      let reference = a.matmulNaive(b)
      let aT = a.transposed(), bT = b.transposed()
      MatmulKernelTests.expectWithinRounding(aT.transposedMatmul(b), reference, a: a, b: b)
      MatmulKernelTests.expectWithinRounding(a.matmulTransposed(bT), reference, a: a, b: b)
      let both = Matrix.matmul(aT, transposed: true, bT, transposed: true)
      MatmulKernelTests.expectWithinRounding(both, reference, a: a, b: b)
    }
  }
}
