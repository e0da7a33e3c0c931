/// A differentiable building block of a network.
///
/// Rows of a matrix are samples. `forward` computes the output for a batch and caches what `backward`
/// needs; `backward` takes ∂L/∂output, stores ∂L/∂(each parameter) in that parameter's `gradient`, and
/// returns ∂L/∂input for the layer before. Introduced in chapter 05.
public protocol Layer: AnyObject {
  /// The output for a batch of inputs (one sample per row); caches what `backward` needs.
  func forward(_ input: Matrix) -> Matrix
  /// Given ∂L/∂output for the last forward batch, sets every parameter's `gradient` and returns ∂L/∂input.
  func backward(_ outputGradient: Matrix) -> Matrix
  /// Like `backward`, but without forming ∂L/∂input (a default implementation runs `backward`).
  func backwardParameters(_ outputGradient: Matrix)
  /// The trainable parameters, in a fixed order (for a dense layer: W, then b); optimizers update them in
  /// place.
  var parameters: [Parameter] { get }
  /// Switches between training and evaluation behaviour, as torch's `module.train()` / `module.eval()`:
  /// ``BatchNorm`` and ``Dropout`` act differently in each, other layers ignore it (the default does
  /// nothing). Layers start in training mode. Introduced in chapter 08.
  func setTraining(_ training: Bool)
  /// What the output depends on besides the parameters, which no optimizer trains: torch's buffers
  /// (``BatchNorm``'s running mean and variance). Empty by default; a ``Checkpoint`` saves and restores
  /// them with the parameters.
  var buffers: [Matrix] { get set }
}

extension Layer {
  /// Sets every parameter's gradient without forming ∂L/∂input: for the first layer of a network, whose
  /// input is data. Layers that can skip that product override it; the default runs `backward`.
  public func backwardParameters(_ outputGradient: Matrix) {
    _ = backward(outputGradient)
  }

  /// Most layers compute the same thing in training and in evaluation.
  public func setTraining(_ training: Bool) {}

  /// Most layers have no buffers.
  public var buffers: [Matrix] {
    get { [] }
    set { precondition(newValue.isEmpty, "\(type(of: self)) has no buffers to restore") }
  }
}

/// A layer without parameters (activations).
public protocol ParameterFreeLayer: Layer {}

extension ParameterFreeLayer {
  public var parameters: [Parameter] { [] }
}
