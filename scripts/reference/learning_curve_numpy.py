"""The digits recipe on less data: chapter 07's learning curve, from scratch in numpy, over 20 seeds.

For each training-set size n (the first n images of a seeded 80/20 split, tested on the whole 20 %), the
recipe of chapter 06 (64-64-10 ReLU, softmax cross-entropy, He initialization, Adam lr 1e-3 with torch's
defaults, minibatches of 32 reshuffled every epoch, float64) trains for as many epochs as it takes to make
at least the full recipe's 1,350 updates (30 epochs of 45 batches): ceil(1350 / ceil(n / 32)) epochs. A
small set then gets as many steps as the full one, so the curve measures data, not steps.

The splits, weights and shuffles come from numpy's generator, so the accuracies are this script's own;
chapter 07's test checks that the Swift run of each size lies within the spread of these 20 seeds:
    python scripts/reference/learning_curve_numpy.py > Tests/ChapterTests/Fixtures/numpy-learning-curve.json
"""

import json
import math
import os
import sys

for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mlp_numpy import DIGITS, Adam, evaluate, he_init, softmax_cross_entropy, train_epoch  # noqa: E402

SIZES = [50, 100, 200, 400, 800, None]  # None: the whole training split (1,437 images)
UPDATES = 30 * 45  # the full recipe: 30 epochs of ceil(1437 / 32) = 45 batches
BATCH = 32
SEEDS = range(20)


def epochs_for(n):
    """Epochs that make at least UPDATES updates on n images."""
    return math.ceil(UPDATES / math.ceil(n / BATCH))


def learning_curve(seed, x, y):
    rng = np.random.default_rng(seed)
    order = rng.permutation(len(y))
    n_test = int(np.ceil(0.2 * len(y)))
    train_all, test = order[: len(y) - n_test], order[len(y) - n_test:]
    initial = he_init([64, 64, 10], rng)
    accuracies = {}
    for size in SIZES:
        train = train_all if size is None else train_all[:size]
        params = [p.copy() for p in initial]
        optimizer = Adam(params, 1e-3)
        shuffles = np.random.default_rng([seed, len(train)])
        for _ in range(epochs_for(len(train))):
            permutation = shuffles.permutation(len(train))
            batches = [train[permutation[i:i + BATCH]] for i in range(0, len(train), BATCH)]
            train_epoch(params, optimizer, x, y, batches, "relu", softmax_cross_entropy)
        _, accuracy = evaluate(params, x[test], y[test], "relu", softmax_cross_entropy)
        accuracies["full" if size is None else f"n{size}"] = accuracy
    return accuracies


def main():
    raw = np.loadtxt(DIGITS, delimiter=",")
    x, y = raw[:, :-1] / 16.0, raw[:, -1].astype(np.int64)
    runs = [dict(seed=seed, test_accuracy=learning_curve(seed, x, y)) for seed in SEEDS]
    json.dump({"numpy": np.__version__,
               "recipe": "64-64-10 ReLU, softmax cross-entropy, He init, Adam 1e-3, batch 32, "
                         "first n images of an 80/20 split, ceil(1350 / ceil(n / 32)) epochs",
               "runs": runs}, sys.stdout, indent=1)
    print()


if __name__ == "__main__":
    main()
