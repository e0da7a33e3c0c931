"""Reference values for chapter 02: gradients through a deep MLP at initialization, and log σ far out.

The network is the chapter's, built again from the same random numbers: NeuralKit's SplitMix64 generator
and Marsaglia's polar method are reimplemented below, so the weights here are bit for bit the chapter's.
For each activation f in (sigmoid, tanh, relu), a generator seeded with 42 draws, in this order:
  X: 256×64 standard normal inputs, T: 256×64 standard normal targets (row by row),
  W₁ … W₂₀: 64×64 each, Xavier uniform U(−a, a), a = √(6/128), for sigmoid and tanh,
            He normal N(0, 2/64) for relu; biases zero.
Forward: a⁰ = X, zˡ = aˡ⁻¹Wˡ, aˡ = f(zˡ) for l < 20, ŷ = z²⁰ (a linear output); loss = mean((ŷ − T)²).
torch.autograd then gives every ∂L/∂Wˡ, independently of NeuralKit's hand-written backward pass.

Recorded per activation: the Frobenius norm of each layer's weight gradient, the ratio first ÷ last, and
the measured gain of each hidden layer, n·Var(w)·mean(f′(zˡ)²) with n·Var(w) = 1 (Xavier, 64 in and 64 out)
or 2 (He). Also torch.nn.functional.logsigmoid at −1000 and −40 (ln σ(−40) = ln(1 − σ(40))).

Writes Tests/ChapterTests/Fixtures/torch-chapter02-vanishing.json. Run from the repository root:
  /work/venv-torch/bin/python scripts/reference/vanishing_gradients.py
(any Python with torch works). The Swift tests read the committed output and never run Python.
"""
import json
import math
import pathlib

import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)
MASK = (1 << 64) - 1
WIDTH, DEPTH, BATCH, SEED = 64, 20, 256, 42


class SplitMix64:
    def __init__(self, seed):
        self.state = seed & MASK
        self.spare = None

    def next(self):
        self.state = (self.state + 0x9E3779B97F4A7C15) & MASK
        z = self.state
        z = ((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9) & MASK
        z = ((z ^ (z >> 27)) * 0x94D049BB133111EB) & MASK
        return z ^ (z >> 31)

    def uniform(self):
        return (self.next() >> 11) * 2.0 ** -53

    def normal(self):
        if self.spare is not None:
            spare, self.spare = self.spare, None
            return spare
        while True:
            u = 2 * self.uniform() - 1
            v = 2 * self.uniform() - 1
            s = u * u + v * v
            if 0 < s < 1:
                factor = math.sqrt(-2 * math.log(s) / s)
                self.spare = v * factor
                return u * factor

    def normal_matrix(self, rows, columns, std=1.0):
        return torch.tensor([[0 + std * self.normal() for _ in range(columns)] for _ in range(rows)])

    def uniform_matrix(self, rows, columns, lower, upper):
        return torch.tensor([[lower + (upper - lower) * self.uniform() for _ in range(columns)] for _ in range(rows)])


ACTIVATIONS = {
    "sigmoid": (torch.sigmoid, "xavier"),
    "tanh": (torch.tanh, "xavier"),
    "relu": (F.relu, "he"),
}

metrics = {}
layers = {}
for name, (f, init) in ACTIVATIONS.items():
    rng = SplitMix64(SEED)
    x = rng.normal_matrix(BATCH, WIDTH)
    t = rng.normal_matrix(BATCH, WIDTH)
    weights = []
    for _ in range(DEPTH):
        if init == "xavier":
            a = math.sqrt(6 / (WIDTH + WIDTH))
            w = rng.uniform_matrix(WIDTH, WIDTH, -a, a)
        else:
            w = rng.normal_matrix(WIDTH, WIDTH, std=math.sqrt(2 / WIDTH))
        weights.append(w.requires_grad_(True))
    gain_scale = 1.0 if init == "xavier" else 2.0  # n·Var(w)
    h, gains = x, []
    for index, w in enumerate(weights):
        z = h @ w
        if index < DEPTH - 1:
            zz = z.detach().requires_grad_(True)
            slope = torch.autograd.grad(f(zz).sum(), zz)[0]  # f′(z) by autograd
            gains.append(gain_scale * float((slope ** 2).mean()))
            h = f(z)
        else:
            h = z
    loss = ((h - t) ** 2).mean()
    loss.backward()
    norms = [float(w.grad.norm()) for w in weights]
    layers[name] = {"gradient_norms": norms, "measured_gains": gains}
    metrics[f"vanishing.{name}.first_to_last_gradient"] = norms[0] / norms[-1]
    metrics[f"vanishing.{name}.measured_gain.first"] = gains[0]
    metrics[f"vanishing.{name}.measured_gain.last"] = gains[-1]
    print(name, norms[0] / norms[-1], gains[0], gains[-1])

for x in (-1000.0, -40.0):
    metrics[f"logsigmoid.f@{int(x)}"] = float(F.logsigmoid(torch.tensor(x)))

out = pathlib.Path("Tests/ChapterTests/Fixtures/torch-chapter02-vanishing.json")
out.write_text(json.dumps({"metrics": metrics, "layers": layers}, indent=2) + "\n")
print("wrote", out)
