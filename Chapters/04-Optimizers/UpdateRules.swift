import NeuralKit

/// The seven rules as the page states them (the library's doc comments carry the same formulas).
struct UpdateRule {
  let name: String
  let summary: String
  let citation: String
  let unicode: String
  let tex: String

  static let all: [UpdateRule] = [
    UpdateRule(name: "GD", summary: "step against the gradient; on one sample or a minibatch it is SGD",
               citation: "Cauchy 1847; Robbins & Monro 1951",
               unicode: "θ ← θ − η·g",
               tex: #"\theta \leftarrow \theta - \eta\, g"#),
    UpdateRule(name: "Momentum", summary: "a velocity b accumulates past gradients, so steps grow along a consistent direction and cancel across a zig-zag",
               citation: "Polyak 1964",
               unicode: "b ← μ·b + g   (b = g on the first step),   θ ← θ − η·b,   μ = 0.9",
               tex: #"b \leftarrow \mu b + g \ (b_1 = g_1), \qquad \theta \leftarrow \theta - \eta\, b, \qquad \mu = 0.9"#),
    UpdateRule(name: "Nesterov", summary: "momentum that looks one velocity step ahead, written as torch does so the gradient is still taken at θ",
               citation: "Nesterov 1983; Sutskever et al. 2013",
               unicode: "b ← μ·b + g,   θ ← θ − η·(g + μ·b)",
               tex: #"b \leftarrow \mu b + g, \qquad \theta \leftarrow \theta - \eta\,(g + \mu b)"#),
    UpdateRule(name: "AdaGrad", summary: "each coordinate divided by the root of the sum of all its squared gradients: steep coordinates slow down, and every step shrinks like 1/√t",
               citation: "Duchi, Hazan & Singer 2011",
               unicode: "s ← s + g²,   θ ← θ − η·g / (√s + ε),   ε = 1e-10",
               tex: #"s \leftarrow s + g^2, \qquad \theta \leftarrow \theta - \eta\, \frac{g}{\sqrt{s} + \varepsilon}, \qquad \varepsilon = 10^{-10}"#),
    UpdateRule(name: "RMSprop", summary: "AdaGrad with a forgetting average; an adaptive step size, not momentum: no velocity is kept",
               citation: "Tieleman & Hinton 2012",
               unicode: "v ← α·v + (1 − α)·g²,   θ ← θ − η·g / (√v + ε),   α = 0.99, ε = 1e-8",
               tex: #"v \leftarrow \alpha v + (1-\alpha) g^2, \qquad \theta \leftarrow \theta - \eta\, \frac{g}{\sqrt{v} + \varepsilon}, \qquad \alpha = 0.99,\ \varepsilon = 10^{-8}"#),
    UpdateRule(name: "Adam", summary: "momentum's average of g over RMSprop's root-mean-square, both divided by 1 − βᵗ to undo their start at zero",
               citation: "Kingma & Ba 2015",
               unicode: "m ← β₁m + (1 − β₁)g,  v ← β₂v + (1 − β₂)g²,  θ ← θ − η·(m/(1 − β₁ᵗ)) / (√(v/(1 − β₂ᵗ)) + ε),  β = (0.9, 0.999), ε = 1e-8",
               tex: #"m \leftarrow \beta_1 m + (1-\beta_1) g, \quad v \leftarrow \beta_2 v + (1-\beta_2) g^2, \quad \theta \leftarrow \theta - \eta\, \frac{m/(1-\beta_1^t)}{\sqrt{v/(1-\beta_2^t)} + \varepsilon}, \quad \beta = (0.9, 0.999),\ \varepsilon = 10^{-8}"#),
    UpdateRule(name: "AdamW", summary: "Adam whose weight decay shrinks the weights directly instead of entering g (and √v)",
               citation: "Loshchilov & Hutter 2019",
               unicode: "θ ← θ·(1 − η·λ), then Adam's step,   λ = 0.01",
               tex: #"\theta \leftarrow \theta\,(1 - \eta\lambda), \ \text{then Adam's step}, \qquad \lambda = 0.01"#),
  ]
}
