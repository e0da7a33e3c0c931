"""A from-scratch numpy multilayer perceptron: the digits recipe of chapter 06, and a training fixture.

Two uses:

1. The speed and accuracy reference for chapter 06's recipe (64-64-10, ReLU, softmax cross-entropy,
   He initialization, Adam lr 1e-3 with torch's defaults, minibatches of 32 reshuffled every epoch,
   30 epochs, float64, whole training and test sets evaluated after every epoch, as NeuralKit's Trainer
   does). The pixels come from the repository's digits.csv divided by 16; the 80/20 split and the
   shuffles come from numpy's generator, so the accuracy is this script's own, not the chapter's:
       OPENBLAS_NUM_THREADS=1 python scripts/reference/mlp_numpy.py bench [--seeds 42 7 …] [--repeat 3]
   prints `numpy train_seconds T` (the best of --repeat runs of the first seed) and each seed's accuracy.
   `make bench-mlp` runs it beside the Swift chapter.

2. The accuracy the recipe reaches, over 20 seeds (numpy's own splits and initializations), as a fixture
   chapter 06's test compares the Swift run with:
       python scripts/reference/mlp_numpy.py accuracy > Tests/ChapterTests/Fixtures/numpy-digits-recipe.json

3. A fixture for the Swift Trainer: two tiny deterministic runs (fixed data, initial weights and batch
   order, two epochs) whose every number the Swift tests reproduce:
       python scripts/reference/mlp_numpy.py fixture > Tests/NeuralKitTests/Fixtures/numpy-mlp-training.json
   - classification: 4-5-3 ReLU, softmax cross-entropy, Adam lr 0.01 halved after each epoch
     (StepLR step 1, gamma 0.5), weight decay 1e-3 (torch Adam's L2 term), batches of 4.
   - regression: 3-4-2 sigmoid, mean squared error, SGD momentum 0.9 (torch), lr 0.1, batches of 3.
"""

import argparse
import json
import os
import sys
import time

for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402

REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIGITS = os.path.join(REPOSITORY, "Sources", "NeuralKit", "Data", "Resources", "digits.csv")


# ---- the network ---------------------------------------------------------------------------------

ACTIVATIONS = {
    "relu": (lambda z: np.maximum(z, 0.0), lambda z: (z > 0).astype(np.float64)),
    "sigmoid": (lambda z: 1.0 / (1.0 + np.exp(-z)),
                lambda z: (1.0 / (1.0 + np.exp(-z))) * (1.0 - 1.0 / (1.0 + np.exp(-z)))),
}


def forward(params, x, activation):
    """Returns the output and the cache of (input, pre-activation) of every layer."""
    f = ACTIVATIONS[activation][0]
    cache, a = [], x
    layers = len(params) // 2
    for layer in range(layers):
        w, b = params[2 * layer], params[2 * layer + 1]
        z = a @ w + b
        cache.append((a, z))
        a = f(z) if layer < layers - 1 else z
    return a, cache


def backward(params, cache, grad_out, activation):
    derivative = ACTIVATIONS[activation][1]
    grads = [None] * len(params)
    delta = grad_out
    for layer in reversed(range(len(params) // 2)):
        a, z = cache[layer]
        if layer < len(params) // 2 - 1:
            delta = delta * derivative(z)
        grads[2 * layer] = a.T @ delta
        grads[2 * layer + 1] = delta.sum(axis=0, keepdims=True)
        if layer > 0:
            delta = delta @ params[2 * layer].T
    return grads


def softmax_cross_entropy(logits, labels):
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_sum = np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    log_p = shifted - log_sum
    n = logits.shape[0]
    loss = -log_p[np.arange(n), labels].mean()
    grad = np.exp(log_p)
    grad[np.arange(n), labels] -= 1.0
    return loss, grad / n


def mean_squared_error(prediction, target):
    diff = prediction - target
    return (diff * diff).mean(), 2.0 * diff / diff.size


# ---- optimizers (torch.optim semantics, float64) ---------------------------------------------------

class Adam:
    def __init__(self, params, lr, weight_decay=0.0, betas=(0.9, 0.999), eps=1e-8):
        self.lr, self.wd, (self.b1, self.b2), self.eps = lr, weight_decay, betas, eps
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        step_size = self.lr / (1 - self.b1 ** self.t)
        correction2 = np.sqrt(1 - self.b2 ** self.t)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            if self.wd:
                g = g + self.wd * p
            m += (1 - self.b1) * (g - m)
            v *= self.b2
            v += (1 - self.b2) * g * g
            p -= step_size * m / (np.sqrt(v) / correction2 + self.eps)


class Momentum:
    def __init__(self, params, lr, momentum=0.9):
        self.lr, self.mu, self.buffers = lr, momentum, None

    def step(self, params, grads):
        if self.buffers is None:
            self.buffers = [g.copy() for g in grads]
        else:
            for buffer, g in zip(self.buffers, grads):
                buffer *= self.mu
                buffer += g
        for p, buffer in zip(params, self.buffers):
            p -= self.lr * buffer


# ---- training ----------------------------------------------------------------------------------

def evaluate(params, x, y, activation, loss):
    output, _ = forward(params, x, activation)
    value, _ = loss(output, y)
    accuracy = float((output.argmax(axis=1) == y).mean()) if y.ndim == 1 else None
    return float(value), accuracy


def train_epoch(params, optimizer, x, y, batches, activation, loss):
    for rows in batches:
        output, cache = forward(params, x[rows], activation)
        _, grad = loss(output, y[rows])
        optimizer.step(params, backward(params, cache, grad, activation))


def he_init(sizes, rng):
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        params.append(rng.standard_normal((fan_in, fan_out)) * np.sqrt(2.0 / fan_in))
        params.append(np.zeros((1, fan_out)))
    return params


def digits_recipe(seed, epochs=30, batch_size=32, lr=1e-3, hidden=64):
    raw = np.loadtxt(DIGITS, delimiter=",")
    x, y = raw[:, :-1] / 16.0, raw[:, -1].astype(np.int64)
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))
    n_test = int(np.ceil(0.2 * len(y)))
    train, test = order[: len(y) - n_test], order[len(y) - n_test:]
    params = he_init([64, hidden, 10], rng)
    optimizer = Adam(params, lr)
    start = time.perf_counter()
    history = []
    for _ in range(epochs):
        permutation = rng.permutation(len(train))
        batches = [train[permutation[i:i + batch_size]] for i in range(0, len(train), batch_size)]
        train_epoch(params, optimizer, x, y, batches, "relu", softmax_cross_entropy)
        history.append((evaluate(params, x[train], y[train], "relu", softmax_cross_entropy),
                        evaluate(params, x[test], y[test], "relu", softmax_cross_entropy)))
    seconds = time.perf_counter() - start
    return seconds, history


def bench(arguments):
    best = float("inf")
    for _ in range(arguments.repeat):
        seconds, history = digits_recipe(arguments.seeds[0])
        best = min(best, seconds)
    print(f"numpy {np.__version__}, one thread; digits recipe 64-64-10, Adam 1e-3, batch 32, 30 epochs")
    for seed in arguments.seeds:
        _, history = digits_recipe(seed)
        (train_loss, train_acc), (_, test_acc) = history[-1]
        print(f"numpy seed {seed}: final train loss {train_loss:.4f}, train accuracy {train_acc:.4f}, "
              f"test accuracy {test_acc:.4f}")
    print(f"numpy train_seconds {best:.6f}")


def accuracy():
    runs = []
    for seed in range(20):
        _, history = digits_recipe(seed)
        (train_loss, train_acc), (test_loss, test_acc) = history[-1]
        runs.append({"seed": seed, "final_train_loss": train_loss, "train_accuracy": train_acc,
                     "final_test_loss": test_loss, "test_accuracy": test_acc})
    json.dump({"numpy": np.__version__,
               "recipe": "64-64-10 ReLU, softmax cross-entropy, He init, Adam 1e-3, batch 32, 30 epochs, 80/20 split",
               "runs": runs}, sys.stdout, indent=1)
    print()


# ---- the fixture ---------------------------------------------------------------------------------

def fixture_run(name, sizes, activation, loss, make_optimizer, lr_by_epoch, batch_size, x, y, rng):
    params = []
    for fan_in, fan_out in zip(sizes, sizes[1:]):
        params.append(rng.standard_normal((fan_in, fan_out)) * 0.5)
        params.append(rng.standard_normal((1, fan_out)) * 0.1)
    initial = [p.copy() for p in params]
    optimizer = make_optimizer(params)
    epochs = []
    for lr in lr_by_epoch:
        optimizer.lr = lr
        order = rng.permutation(len(x))
        batches = [order[i:i + batch_size].tolist() for i in range(0, len(x), batch_size)]
        train_epoch(params, optimizer, x, y, batches, activation, loss)
        value, accuracy = evaluate(params, x, y, activation, loss)
        epochs.append({"learning_rate": lr, "batches": batches, "loss": value, "accuracy": accuracy})
    return {
        "name": name, "sizes": sizes, "activation": activation, "batch_size": batch_size,
        "features": x.tolist(), "targets": y.tolist(),
        "initial_parameters": [p.tolist() for p in initial],
        "epochs": epochs,
        "final_parameters": [p.tolist() for p in params],
    }


def fixture():
    rng = np.random.default_rng(2024)
    x = rng.standard_normal((10, 4))
    labels = rng.integers(0, 3, size=10)
    classification = fixture_run(
        "classification", [4, 5, 3], "relu", softmax_cross_entropy,
        lambda params: Adam(params, 0.01, weight_decay=1e-3), [0.01, 0.005], 4, x, labels, rng)
    x2 = rng.standard_normal((7, 3))
    y2 = np.stack([np.sin(x2[:, 0]) + x2[:, 1], x2[:, 2] * x2[:, 0]], axis=1)
    regression = fixture_run(
        "regression", [3, 4, 2], "sigmoid", mean_squared_error,
        lambda params: Momentum(params, 0.1), [0.1, 0.1], 3, x2, y2, rng)
    json.dump({"numpy": np.__version__, "runs": [classification, regression]}, sys.stdout, indent=1)
    print()


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    bench_parser = commands.add_parser("bench")
    bench_parser.add_argument("--seeds", type=int, nargs="+", default=[42])
    bench_parser.add_argument("--repeat", type=int, default=3)
    commands.add_parser("accuracy")
    commands.add_parser("fixture")
    arguments = parser.parse_args()
    {"bench": lambda: bench(arguments), "accuracy": accuracy, "fixture": fixture}[arguments.command]()


if __name__ == "__main__":
    main()
