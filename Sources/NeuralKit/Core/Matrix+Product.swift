/// The matrix product, with either operand optionally transposed.
extension Matrix {
  /// The matrix product C = A·B with C[i, j] = Σₖ A[i, k]·B[k, j].
  ///
  /// `A.columns` must equal `B.rows`. Runs the blocked, register-tiled kernel (``MatmulAlgorithm/blocked``);
  /// ``matmulNaive(_:)`` and ``matmulReordered(_:)`` are the readable loops it replaces.
  public func matmul(_ other: Matrix) -> Matrix {
    Matrix.matmul(self, transposed: false, other, transposed: false)
  }

  /// op(A)·op(B), where op(X) is X or Xᵀ as the flags say, without forming any transpose.
  ///
  /// ```
  ///   C[i, j] = Σₖ op(A)[i, k]·op(B)[k, j]        op(X)[i, k] = X[k, i] when transposed
  /// ```
  ///
  /// Backpropagation through y = x·W needs ∂L/∂W = xᵀ·δ and ∂L/∂x = δ·Wᵀ: the two transposed forms.
  public static func matmul(_ a: Matrix, transposed aT: Bool, _ b: Matrix, transposed bT: Bool) -> Matrix {
    let (n, inner) = aT ? (a.columns, a.rows) : (a.rows, a.columns)
    let (innerB, m) = bT ? (b.columns, b.rows) : (b.rows, b.columns)
    precondition(
      inner == innerB,
      "matmul: shapes \(a.shapeDescription)\(aT ? "ᵀ" : "") and \(b.shapeDescription)\(bT ? "ᵀ" : "") "
        + "are not aligned")
    var result = [Double](repeating: 0, count: n * m)
    a.storage.withUnsafeBufferPointer { aBuffer in
      b.storage.withUnsafeBufferPointer { bBuffer in
        result.withUnsafeMutableBufferPointer { cBuffer in
          guard let aBase = aBuffer.baseAddress, let bBase = bBuffer.baseAddress,
            let cBase = cBuffer.baseAddress
          else { return }  // an empty operand: the product is all zeros
          MatmulKernel.multiply(
            m: n, n: m, k: inner,
            a: StridedOperand(aBase, columns: a.columns, transposed: aT),
            b: StridedOperand(bBase, columns: b.columns, transposed: bT), c: cBase)
        }
      }
    }
    return Matrix(rows: n, columns: m, storage: result)
  }

  /// AᵀB, for A k×n and B k×m: the weight gradient xᵀ·δ.
  public func transposedMatmul(_ other: Matrix) -> Matrix {
    Matrix.matmul(self, transposed: true, other, transposed: false)
  }

  /// ABᵀ, for A n×k and B m×k: the input gradient δ·Wᵀ.
  public func matmulTransposed(_ other: Matrix) -> Matrix {
    Matrix.matmul(self, transposed: false, other, transposed: true)
  }

  /// The product computed by `algorithm`; all three give the same matrix up to rounding.
  public func matmul(_ other: Matrix, using algorithm: MatmulAlgorithm) -> Matrix {
    switch algorithm {
    case .naive: matmulNaive(other)
    case .reordered: matmulReordered(other)
    case .blocked: matmul(other)
    }
  }

  /// The dot product of two equally long vectors, Σᵢ xᵢ·yᵢ.
  public static func dot(_ x: [Double], _ y: [Double]) -> Double {
    precondition(x.count == y.count, "dot: lengths \(x.count) and \(y.count) differ")
    var total = 0.0
    for i in x.indices { total += x[i] * y[i] }
    return total
  }
}

/// The three matrix-product loops the efficiency chapter compares.
public enum MatmulAlgorithm: String, CaseIterable, Sendable {
  /// i-j-k triple loop (``Matrix/matmulNaive(_:)``).
  case naive
  /// i-k-j loop, contiguous inner loop (``Matrix/matmulReordered(_:)``).
  case reordered
  /// Cache-blocked, packed, 6×8 SIMD register tile (``Matrix/matmul(_:)``).
  case blocked
}

extension Matrix {
  /// Which register tile this build of NeuralKit multiplies with, "AVX2+FMA 6×8" or "AVX-512 8×24"
  /// (scripts/swift-flags.sh chooses it per build host), and how many threads large products may use.
  public static var productKernelDescription: String {
    "\(MatmulMicrokernel.tileDescription), \(Parallelism.threads) thread\(Parallelism.threads == 1 ? "" : "s")"
  }
}

extension Matrix {
  /// The blocked product in Float: A (rows × inner) times B (inner × columns), both row-major `Float`
  /// arrays; the register tile holds 16 floats per lane where Double's holds 8. What a ``Trainer`` with
  /// ``Precision/float`` multiplies with; chapter 07 times it against the Double product.
  public static func floatProduct(_ a: [Float], _ b: [Float], rows: Int, inner: Int, columns: Int) -> [Float] {
    precondition(a.count == rows * inner && b.count == inner * columns, "floatProduct: operands do not match \(rows)×\(inner)·\(inner)×\(columns)")
    var result = [Float](repeating: 0, count: rows * columns)
    a.withUnsafeBufferPointer { a in
      b.withUnsafeBufferPointer { b in
        result.withUnsafeMutableBufferPointer { c in
          guard let a = a.baseAddress, let b = b.baseAddress, let c = c.baseAddress else { return }
          MatmulKernel.multiply(
            m: rows, n: columns, k: inner, a: StridedOperand(a, columns: inner, transposed: false),
            b: StridedOperand(b, columns: columns, transposed: false), c: c)
        }
      }
    }
    return result
  }
}
