import NeuralKit

/// How each activation is written: on the terminal (Unicode) and on the page (TeX).
struct ActivationFormula {
  let activation: Activation
  let label: String
  let value: String
  let derivative: String
  let valueTeX: String
  let derivativeTeX: String

  static let all: [ActivationFormula] = [
    ActivationFormula(
      activation: .sigmoid, label: "sigmoid σ",
      value: "σ(x) = 1 / (1 + e⁻ˣ)", derivative: "σ′(x) = σ(x)·(1 − σ(x))",
      valueTeX: #"\sigma(x) = \frac{1}{1 + e^{-x}}"#, derivativeTeX: #"\sigma'(x) = \sigma(x)\,(1 - \sigma(x))"#),
    ActivationFormula(
      activation: .tanh, label: "tanh",
      value: "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ) = 2σ(2x) − 1", derivative: "tanh′(x) = 1 − tanh²(x)",
      valueTeX: #"\tanh x = \frac{e^{x} - e^{-x}}{e^{x} + e^{-x}} = 2\sigma(2x) - 1"#, derivativeTeX: #"\tanh'(x) = 1 - \tanh^2 x"#),
    ActivationFormula(
      activation: .relu, label: "ReLU",
      value: "relu(x) = max(0, x)", derivative: "relu′(x) = 1 if x > 0, else 0   (0 at the kink, as PyTorch)",
      valueTeX: #"\mathrm{relu}(x) = \max(0, x)"#, derivativeTeX: #"\mathrm{relu}'(x) = [x > 0]"#),
    ActivationFormula(
      activation: .leakyReLU, label: "leaky ReLU (a = 0.01)",
      value: "f(x) = x if x > 0, else a·x", derivative: "f′(x) = 1 if x > 0, else a   (a at the kink)",
      valueTeX: #"f(x) = \begin{cases} x & x > 0 \\ a x & x \le 0 \end{cases}"#,
      derivativeTeX: #"f'(x) = \begin{cases} 1 & x > 0 \\ a & x \le 0 \end{cases}, \quad a = 0.01"#),
    ActivationFormula(
      activation: .elu, label: "ELU (α = 1)",
      value: "f(x) = x if x > 0, else α(eˣ − 1)", derivative: "f′(x) = 1 if x > 0, else α·eˣ",
      valueTeX: #"f(x) = \begin{cases} x & x > 0 \\ \alpha (e^{x} - 1) & x \le 0 \end{cases}"#,
      derivativeTeX: #"f'(x) = \begin{cases} 1 & x > 0 \\ \alpha e^{x} & x \le 0 \end{cases}, \quad \alpha = 1"#),
    ActivationFormula(
      activation: .softplus, label: "softplus",
      value: "softplus(x) = ln(1 + eˣ) = max(x, 0) + ln(1 + e^(−|x|))", derivative: "softplus′(x) = σ(x)",
      valueTeX: #"\mathrm{softplus}(x) = \ln(1 + e^{x}) = \max(x, 0) + \ln(1 + e^{-|x|})"#,
      derivativeTeX: #"\mathrm{softplus}'(x) = \sigma(x)"#),
    ActivationFormula(
      activation: .gelu, label: "GELU (exact)",
      value: "gelu(x) = x·Φ(x),   Φ(x) = ½(1 + erf(x/√2))", derivative: "gelu′(x) = Φ(x) + x·φ(x),   φ(x) = e^(−x²/2)/√(2π)",
      valueTeX: #"\mathrm{gelu}(x) = x\,\Phi(x), \quad \Phi(x) = \tfrac12\left(1 + \mathrm{erf}(x/\sqrt2)\right)"#,
      derivativeTeX: #"\mathrm{gelu}'(x) = \Phi(x) + x\,\varphi(x), \quad \varphi(x) = \frac{e^{-x^2/2}}{\sqrt{2\pi}}"#),
    ActivationFormula(
      activation: .silu, label: "SiLU / swish",
      value: "silu(x) = x·σ(x)", derivative: "silu′(x) = σ(x)·(1 + x·(1 − σ(x)))",
      valueTeX: #"\mathrm{silu}(x) = x\,\sigma(x)"#, derivativeTeX: #"\mathrm{silu}'(x) = \sigma(x)\,\bigl(1 + x\,(1 - \sigma(x))\bigr)"#),
  ]
}
