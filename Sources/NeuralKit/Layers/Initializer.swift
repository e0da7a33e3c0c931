/// How a dense layer's weights start (biases start at zero).
///
/// ```
///   zeros           W = 0                                   every unit stays identical: symmetry is never broken
///   smallRandom(s)  Wᵢⱼ ~ N(0, s²)                          signals shrink layer by layer
///   xavier          Wᵢⱼ ~ U(−a, a),  a = √(6/(fan_in + fan_out))   Var W = 2/(fan_in + fan_out)
///   he              Wᵢⱼ ~ N(0, 2/fan_in)                    keeps ReLU activations' variance constant
/// ```
/// Glorot & Bengio, "Understanding the difficulty of training deep feedforward neural networks",
/// AISTATS 2010 (torch.nn.init.xavier_uniform_); He, Zhang, Ren & Sun, "Delving deep into rectifiers",
/// ICCV 2015 (torch.nn.init.kaiming_normal_, fan_in mode).
public enum Initializer: Sendable, Equatable {
  case zeros
  case smallRandom(standardDeviation: Double)
  case xavier
  case he

  /// The conventional small-random scale, 0.01.
  public static let small = Initializer.smallRandom(standardDeviation: 0.01)

  /// A fanIn × fanOut weight matrix.
  public func weights(fanIn: Int, fanOut: Int, using generator: inout SeededGenerator) -> Matrix {
    switch self {
    case .zeros:
      return Matrix(rows: fanIn, columns: fanOut)
    case .smallRandom(let s):
      return .randomNormal(rows: fanIn, columns: fanOut, standardDeviation: s, using: &generator)
    case .xavier:
      let a = (6 / Double(fanIn + fanOut)).squareRoot()
      return .randomUniform(rows: fanIn, columns: fanOut, in: -a..<a, using: &generator)
    case .he:
      return .randomNormal(rows: fanIn, columns: fanOut, standardDeviation: (2 / Double(fanIn)).squareRoot(), using: &generator)
    }
  }

  public var name: String {
    switch self {
    case .zeros: "zeros"
    case .smallRandom(let s): "small random (σ = \(s))"
    case .xavier: "Xavier/Glorot"
    case .he: "He"
    }
  }
}
