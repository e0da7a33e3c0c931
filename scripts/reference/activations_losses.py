"""Reference values for the activations and losses of chapters 02 and 03, from torch.nn.functional.

Produces four fixtures, all float64 on the CPU:
  Tests/NeuralKitTests/Fixtures/torch-activations-losses.json  value and derivative of every activation
      over a grid (autograd gives the derivative, kinks included), each loss and its gradient on seeded
      random inputs, and a few far-tail values computed with mpmath at 40 digits;
  Tests/ChapterTests/Fixtures/torch-chapter02.json  the chapter-02 results.json keys, as torch computes them;
  Tests/ChapterTests/Fixtures/torch-chapter03.json  the chapter-03 worked-example keys, as torch computes them;
  Tests/NeuralKitTests/Fixtures/torch-bce-probabilities.json  binary cross-entropy from probabilities and its
      gradient at the ends of [0, 1], where torch floors each logarithm at −100 and p(1 − p) at 1e-12.

Run from the repository root:
  /work/venv/bin/python scripts/reference/activations_losses.py
(needs numpy, torch and mpmath; any Python with those works). The Swift tests read the committed output
and never run Python.
"""
import json
import pathlib

import mpmath
import numpy as np
import torch
import torch.nn.functional as F

torch.set_default_dtype(torch.float64)

ACTIVATIONS = {
    "sigmoid": torch.sigmoid,
    "tanh": torch.tanh,
    "relu": F.relu,
    "leaky_relu": lambda x: F.leaky_relu(x, negative_slope=0.01),
    "elu": lambda x: F.elu(x, alpha=1.0),
    "softplus": F.softplus,
    "gelu": F.gelu,  # approximate='none': the exact erf form
    "silu": F.silu,
}
TABLE_X = [-3.0, -1.0, -0.5, 0.5, 1.0, 3.0]


def value_and_derivative(name, xs):
    x = torch.tensor(xs, requires_grad=True)
    y = ACTIVATIONS[name](x)
    (grad,) = torch.autograd.grad(y.sum(), x)
    return y.detach().tolist(), grad.tolist()


def key_number(x):
    return str(int(x)) if float(x).is_integer() else repr(x)


def activation_grid():
    # Kinks (0) included; |x| ≤ 5 keeps torch's softplus threshold (20) and its 1 + erf cancellation
    # (x ≪ 0 in GELU) out of the comparison. ±1000 checks saturation.
    xs = [float(v) for v in np.arange(-5.0, 5.0001, 0.25)] + [-1000.0, 1000.0]
    table = {"x": xs}
    for name in ACTIVATIONS:
        f, df = value_and_derivative(name, xs)
        table[name] = {"f": f, "df": df}
    return table


def far_tails():
    mpmath.mp.dps = 40
    return {
        "gelu@-10": float(-10 * mpmath.ncdf(-10)),
        "gelu@-30": float(-30 * mpmath.ncdf(-30)),
        "softplus@30": float(mpmath.log1p(mpmath.exp(30))),
        "softplus@-30": float(mpmath.log1p(mpmath.exp(-30))),
        "sigmoid@-40": float(1 / (1 + mpmath.exp(40))),
        "silu@-40": float(-40 / (1 + mpmath.exp(40))),
    }


def loss_with_grad(loss_fn, prediction, *rest):
    p = torch.tensor(prediction, requires_grad=True)
    loss = loss_fn(p, *rest)
    (grad,) = torch.autograd.grad(loss, p)
    return {"loss": loss.item(), "grad": grad.tolist()}


def losses(rng):
    y_hat = rng.normal(size=(3, 4)).tolist()
    y = rng.normal(size=(3, 4)).tolist()
    y_hat[0][0] = y[0][0] + 2.5  # one error beyond Huber's δ = 1 for sure
    target = torch.tensor(y)
    probabilities = rng.uniform(0.02, 0.98, size=(2, 5)).tolist()
    labels01 = rng.integers(0, 2, size=(2, 5)).astype(float).tolist()
    logits01 = (rng.normal(size=(2, 5)) * 4).tolist()
    logits01[1][4] = 1000.0  # far beyond σ's range: only the stable form survives
    logits = (rng.normal(size=(4, 5)) * 3).tolist()
    classes = rng.integers(0, 5, size=4).tolist()
    return {
        "regression": {
            "y_hat": y_hat, "y": y,
            "mse": loss_with_grad(F.mse_loss, y_hat, target),
            "mae": loss_with_grad(F.l1_loss, y_hat, target),
            "huber": loss_with_grad(lambda p, t: F.huber_loss(p, t, delta=1.0), y_hat, target),
        },
        "bce": {"p": probabilities, "y": labels01,
                **loss_with_grad(F.binary_cross_entropy, probabilities, torch.tensor(labels01))},
        "bce_logits": {"z": logits01, "y": labels01,
                       **loss_with_grad(F.binary_cross_entropy_with_logits, logits01, torch.tensor(labels01))},
        "ce": {"logits": logits, "labels": classes,
               **loss_with_grad(F.cross_entropy, logits, torch.tensor(classes))},
    }


def chapter02():
    keys = {}
    for name in ACTIVATIONS:
        f, df = value_and_derivative(name, TABLE_X)
        for x, fx, dfx in zip(TABLE_X, f, df):
            keys[f"{name}.f@{key_number(x)}"] = fx
            keys[f"{name}.df@{key_number(x)}"] = dfx
    big = torch.tensor([-1000.0, 1000.0])
    keys["sigmoid.f@-1000"], keys["sigmoid.f@1000"] = torch.sigmoid(big).tolist()
    keys["softplus.f@-1000"], keys["softplus.f@1000"] = F.softplus(big).tolist()
    return keys


def chapter03():
    y = torch.tensor([1.0, 0.0, 2.0, -1.0])
    y_hat = [0.8, 0.1, 2.5, -0.7]
    mse = loss_with_grad(F.mse_loss, y_hat, y)
    ce = loss_with_grad(F.cross_entropy, [[2.0, 1.0, 0.1], [0.5, 2.5, -1.0]], torch.tensor([0, 1]))
    return {
        "mse": mse["loss"],
        "mse.grad@0": mse["grad"][0],
        "mae": F.l1_loss(torch.tensor(y_hat), y).item(),
        "huber": F.huber_loss(torch.tensor(y_hat), y, delta=1.0).item(),
        "bce": F.binary_cross_entropy(torch.tensor([0.9, 0.2, 0.6, 0.99]), torch.tensor([1.0, 0.0, 1.0, 0.0])).item(),
        "bce.from_logits@1000": F.binary_cross_entropy_with_logits(torch.tensor([1000.0]), torch.tensor([0.0])).item(),
        "ce": ce["loss"],
        **{f"ce.grad.r0.c{j}": ce["grad"][0][j] for j in range(3)},
        "ce.stable": F.cross_entropy(torch.tensor([[1000.0, 0.0, -1000.0]]), torch.tensor([2])).item(),
        "bce.probabilities.p_1e-15_y_1": F.binary_cross_entropy(torch.tensor([1e-15]), torch.tensor([1.0])).item(),
        "bce.probabilities.p_1_y_0": F.binary_cross_entropy(torch.tensor([1.0]), torch.tensor([0.0])).item(),
    }


BCE_EDGE_P = [0.0, 1e-300, 3.7e-44, 4e-44, 1e-17, 1e-15, 1e-7, 0.25, 0.5, 1 - 1e-7, 1 - 2**-53, 1.0]
BCE_EDGE_Y = [0.0, 0.5, 1.0]


def bce_edges():
    """Each (p, y) of a grid reaching the ends of [0, 1] alone (loss and gradient), then the whole grid as
    one mean-reduced batch."""
    cases = []
    for p in BCE_EDGE_P:
        for y in BCE_EDGE_Y:
            cases.append({"p": p, "y": y,
                          **loss_with_grad(F.binary_cross_entropy, [p], torch.tensor([y]))})
    ps = [c["p"] for c in cases]
    ys = [c["y"] for c in cases]
    batch = loss_with_grad(F.binary_cross_entropy, ps, torch.tensor(ys))
    return {"cases": cases, "batch": {"p": ps, "y": ys, **batch}}


def write(path, payload):
    path = pathlib.Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(payload, indent=1, sort_keys=True) + "\n")


if __name__ == "__main__":
    meta = {"torch": torch.__version__, "dtype": "float64"}
    rng = np.random.default_rng(2024)
    write("Tests/NeuralKitTests/Fixtures/torch-activations-losses.json",
          {**meta, "activations": activation_grid(), "far_tails": far_tails(), "losses": losses(rng)})
    write("Tests/ChapterTests/Fixtures/torch-chapter02.json", {**meta, "metrics": chapter02()})
    write("Tests/ChapterTests/Fixtures/torch-chapter03.json", {**meta, "metrics": chapter03()})
    write("Tests/NeuralKitTests/Fixtures/torch-bce-probabilities.json", {**meta, **bce_edges()})
