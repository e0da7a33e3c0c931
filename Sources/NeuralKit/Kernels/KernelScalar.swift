import Foundation

/// A number type the kernels compute in: `Double`, the course's, or `Float` (a ``Trainer`` with
/// ``Precision/float``, chapter 07's comparison).
///
/// The widest lane is one 512-bit register's worth (8 doubles or 16 floats); the register tile is chosen
/// per type and per build (``MatmulMicrokernel``). The exponential and logarithm are the C library's in the
/// type's own precision (`exp`/`log` for Double, `expf`/`logf` for Float).
///
/// The kernels are generic over it and internal to NeuralKit, where the optimizer compiles one copy for
/// each type: code outside the module reaches them only through concrete entry points (a generic function
/// called across modules without specialization runs its arithmetic through witness tables, ~100× slower).
protocol KernelScalar: BinaryFloatingPoint, SIMDScalar, Sendable, Codable {
  associatedtype WideLane: SIMD where WideLane.Scalar == Self
  /// Rows and columns of the main register tile.
  static var rowsPerTile: Int { get }
  static var columnsPerTile: Int { get }
  static func exponential(_ x: Self) -> Self
  static func logarithm(_ x: Self) -> Self
}

extension Double: KernelScalar {
  typealias WideLane = SIMD8<Double>
  static var rowsPerTile: Int { MatmulMicrokernel.rowsPerTile }
  static var columnsPerTile: Int { MatmulMicrokernel.columnsPerTile }
  @inline(__always) static func exponential(_ x: Double) -> Double { Foundation.exp(x) }
  @inline(__always) static func logarithm(_ x: Double) -> Double { Foundation.log(x) }
}

extension Float: KernelScalar {
  typealias WideLane = SIMD16<Float>
  // Float runs the strip tile of ``MatmulMicrokernel/strip(_:rows:single:depth:a:b:c:rowStride:)`` with
  // 16-float lanes: 8 rows fill 8 zmm registers with AVX-512, 4 rows 8 of the 16 ymm ones otherwise.
  #if NEURALKIT_AVX512
    static var rowsPerTile: Int { 8 }
  #else
    static var rowsPerTile: Int { 4 }
  #endif
  static var columnsPerTile: Int { 16 }
  @inline(__always) static func exponential(_ x: Float) -> Float { Foundation.exp(x) }
  @inline(__always) static func logarithm(_ x: Float) -> Float { Foundation.log(x) }
}
