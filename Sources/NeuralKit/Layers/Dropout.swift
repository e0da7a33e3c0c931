/// Inverted dropout (`torch.nn.Dropout`): in training each unit is dropped (set to 0) with probability p
/// and each survivor is scaled by 1/(1 − p); in evaluation the layer is the identity.
///
/// ```
///   training:    maskᵢ = 0 with probability p, else 1/(1 − p)      (one uniform draw per element)
///                y = x ⊙ mask,   ∂L/∂x = ∂L/∂y ⊙ mask              E[yᵢ] = xᵢ
///   evaluation:  y = x,          ∂L/∂x = ∂L/∂y
/// ```
/// Srivastava, Hinton, Krizhevsky, Sutskever & Salakhutdinov, "Dropout: a simple way to prevent neural
/// networks from overfitting", JMLR 2014. Scaling the survivors while training ("inverted" dropout) keeps
/// each unit's expected value, so evaluation needs no rescaling. The layer owns a ``SeededGenerator``:
/// the same seed drops the same units. Introduced in chapter 08.
public final class Dropout: ParameterFreeLayer {
  /// p, the probability of dropping a unit, in [0, 1).
  public let probability: Double
  /// Whether forward drops units (training) or passes its input through (evaluation).
  public private(set) var isTraining = true
  private var generator: SeededGenerator
  /// The last forward's mask (0 or 1/(1 − p) per element); `nil` when it passed its input through.
  private var mask: Matrix?

  /// A layer that drops with probability `probability` ∈ [0, 1), drawing from a generator seeded with `seed`.
  public init(probability: Double, seed: UInt64) {
    precondition(probability >= 0 && probability < 1, "Dropout needs a probability in [0, 1), got \(probability)")
    self.probability = probability
    generator = SeededGenerator(seed: seed)
  }

  // snippet: dropout
  public func forward(_ x: Matrix) -> Matrix {
    guard isTraining && probability > 0 else {  // evaluation: the identity
      mask = nil
      return x
    }
    let keep = 1 - probability
    let drawn = (0..<x.count).map { _ in generator.nextUniform() < probability ? 0 : 1 / keep }
    let mask = Matrix(rows: x.rows, columns: x.columns, storage: drawn)  // 0, or 1/(1 − p) for a survivor
    self.mask = mask
    return x * mask  // E[y] = p·0 + (1 − p)·x/(1 − p) = x
  }

  public func backward(_ outputGradient: Matrix) -> Matrix {
    guard let mask else { return outputGradient }
    return outputGradient * mask  // the same units dropped, the survivors scaled alike
  }
  // snippet end

  public func setTraining(_ training: Bool) {
    isTraining = training
  }
}
