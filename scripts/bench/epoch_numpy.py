"""One training epoch at MNIST's shape in numpy, for comparison with the bench-epoch Swift executable.

A 784-256-10 ReLU network, softmax cross-entropy, Adam (lr 1e-3, torch's defaults and bias corrections),
He initialization, minibatches of 128 reshuffled from 60,000 random examples (pixels uniform in [0, 1),
labels uniform over 10 classes; numpy's generator, seed 2024), float64. Prints the best of --repeat epochs;
the last line, `numpy epoch_seconds T`, is read by `make bench`.

Run on one thread (unset OPENBLAS_CORETYPE / OPENBLAS_L2_SIZE where a machine sets them for old builds):
    env -u OPENBLAS_CORETYPE -u OPENBLAS_L2_SIZE OPENBLAS_NUM_THREADS=1 OMP_NUM_THREADS=1 \
        MKL_NUM_THREADS=1 python scripts/bench/epoch_numpy.py [--samples 60000] [--repeat 1]
"""

import argparse
import os
import time

for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402

SIZES = (784, 256, 10)
BATCH_SIZE = 128
LEARNING_RATE = 1e-3
BETA1, BETA2, EPSILON = 0.9, 0.999, 1e-8


def he_init(rng):
    params = []
    for fan_in, fan_out in zip(SIZES, SIZES[1:]):
        params += [rng.normal(0.0, np.sqrt(2.0 / fan_in), (fan_in, fan_out)), np.zeros((1, fan_out))]
    return params


def gradients(params, x, labels):
    w1, b1, w2, b2 = params
    z1 = x @ w1 + b1
    h = np.maximum(z1, 0.0)
    logits = h @ w2 + b2
    shifted = logits - logits.max(axis=1, keepdims=True)
    log_p = shifted - np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    n = x.shape[0]
    loss = -log_p[np.arange(n), labels].mean()
    delta2 = np.exp(log_p)
    delta2[np.arange(n), labels] -= 1.0
    delta2 /= n
    delta1 = (delta2 @ w2.T) * (z1 > 0)
    return loss, [x.T @ delta1, delta1.sum(axis=0, keepdims=True), h.T @ delta2, delta2.sum(axis=0, keepdims=True)]


class Adam:
    def __init__(self, params):
        self.m = [np.zeros_like(p) for p in params]
        self.v = [np.zeros_like(p) for p in params]
        self.t = 0

    def step(self, params, grads):
        self.t += 1
        step_size = LEARNING_RATE / (1 - BETA1 ** self.t)
        correction2 = np.sqrt(1 - BETA2 ** self.t)
        for p, g, m, v in zip(params, grads, self.m, self.v):
            m += (1 - BETA1) * (g - m)
            v *= BETA2
            v += (1 - BETA2) * g * g
            p -= step_size * m / (np.sqrt(v) / correction2 + EPSILON)


def epoch(params, optimizer, x, labels, rng):
    order = rng.permutation(len(x))
    loss = 0.0
    for start in range(0, len(x), BATCH_SIZE):
        rows = order[start:start + BATCH_SIZE]
        loss, grads = gradients(params, x[rows], labels[rows])
        optimizer.step(params, grads)
    return loss


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--samples", type=int, default=60_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()
    rng = np.random.default_rng(2024)
    x = rng.uniform(0.0, 1.0, (args.samples, SIZES[0]))
    labels = rng.integers(0, SIZES[-1], args.samples)
    params = he_init(rng)
    optimizer = Adam(params)
    print(f"{'-'.join(map(str, SIZES))} ReLU, softmax cross-entropy, Adam, batch {BATCH_SIZE}, "
          f"{args.samples} samples, float64, numpy {np.__version__}")
    best = float("inf")
    for run in range(1, args.repeat + 1):
        start = time.perf_counter()
        loss = epoch(params, optimizer, x, labels, rng)
        seconds = time.perf_counter() - start
        print(f"epoch {run}: {seconds:.3f} s (last batch loss {loss:.4f})")
        best = min(best, seconds)
    print(f"numpy epoch_seconds {best:.4f}")


if __name__ == "__main__":
    main()
