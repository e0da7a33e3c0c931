"""PyTorch (CPU, one thread) versions of the three `make bench` measurements, float64.

    python scripts/bench/torch_cpu.py matmul   → `torch 512 GFLOPS x`      (best of repeated 512×512 products)
    python scripts/bench/torch_cpu.py digits   → `torch train_seconds T`   (chapter 06's digits recipe)
    python scripts/bench/torch_cpu.py epoch    → `torch epoch_seconds T`   (784-256-10, batch 128, 60,000 samples)

The digits recipe: 64-64-10 ReLU, softmax cross-entropy, Adam lr 1e-3, He (kaiming normal) weights, zero
biases, minibatches of 32 reshuffled every epoch, 30 epochs, the whole training and test sets evaluated
after every epoch, as NeuralKit's Trainer and scripts/reference/mlp_numpy.py do; best of --repeat runs.
The epoch: the recipe of scripts/bench/epoch_numpy.py in torch.
"""

import argparse
import os
import time

for variable in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(variable, "1")

import numpy as np  # noqa: E402
import torch  # noqa: E402

torch.set_num_threads(1)
torch.set_default_dtype(torch.float64)
REPOSITORY = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
DIGITS = os.path.join(REPOSITORY, "Sources", "NeuralKit", "Data", "Resources", "digits.csv")


def matmul(_):
    a, b = torch.rand(512, 512) * 2 - 1, torch.rand(512, 512) * 2 - 1
    a @ b
    best, total, runs = float("inf"), 0.0, 0
    while runs < 3 or total < 1.0:
        start = time.perf_counter()
        a @ b
        elapsed = time.perf_counter() - start
        best, total, runs = min(best, elapsed), total + elapsed, runs + 1
    print(f"torch 512 GFLOPS {2 * 512**3 / best / 1e9:.3f}")


def network(sizes, generator):
    layers = []
    for index, (fan_in, fan_out) in enumerate(zip(sizes, sizes[1:])):
        layer = torch.nn.Linear(fan_in, fan_out)
        torch.nn.init.kaiming_normal_(layer.weight, nonlinearity="relu", generator=generator)
        torch.nn.init.zeros_(layer.bias)
        layers.append(layer)
        if index < len(sizes) - 2:
            layers.append(torch.nn.ReLU())
    return torch.nn.Sequential(*layers)


def train_epoch(model, optimizer, x, y, batch_size, generator):
    order = torch.randperm(len(x), generator=generator)
    for start in range(0, len(x), batch_size):
        rows = order[start:start + batch_size]
        optimizer.zero_grad()
        torch.nn.functional.cross_entropy(model(x[rows]), y[rows]).backward()
        optimizer.step()


def evaluate(model, x, y):
    with torch.no_grad():
        output = model(x)
        return float(torch.nn.functional.cross_entropy(output, y)), float((output.argmax(1) == y).double().mean())


def digits_run(seed):
    raw = np.loadtxt(DIGITS, delimiter=",")
    x, y = torch.from_numpy(raw[:, :-1] / 16.0), torch.from_numpy(raw[:, -1].astype(np.int64))
    generator = torch.Generator().manual_seed(seed)
    order = torch.randperm(len(y), generator=generator)
    n_test = int(np.ceil(0.2 * len(y)))
    train, test = order[: len(y) - n_test], order[len(y) - n_test:]
    model = network([64, 64, 10], generator)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    start = time.perf_counter()
    for _ in range(30):
        train_epoch(model, optimizer, x[train], y[train], 32, generator)
        evaluate(model, x[train], y[train])
        test_result = evaluate(model, x[test], y[test])
    return time.perf_counter() - start, test_result


def digits(arguments):
    best = float("inf")
    for _ in range(arguments.repeat):
        seconds, (_, accuracy) = digits_run(42)
        best = min(best, seconds)
    print(f"torch {torch.__version__}, one thread; digits recipe, test accuracy {accuracy:.4f}")
    print(f"torch train_seconds {best:.6f}")


def epoch(arguments):
    generator = torch.Generator().manual_seed(2024)
    x = torch.rand(arguments.samples, 784, generator=generator)
    y = torch.randint(0, 10, (arguments.samples,), generator=generator)
    model = network([784, 256, 10], generator)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    best = float("inf")
    for _ in range(arguments.repeat):
        start = time.perf_counter()
        train_epoch(model, optimizer, x, y, 128, generator)
        best = min(best, time.perf_counter() - start)
    print(f"torch epoch_seconds {best:.4f}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("matmul").set_defaults(run=matmul)
    digits_parser = commands.add_parser("digits")
    digits_parser.add_argument("--repeat", type=int, default=3)
    digits_parser.set_defaults(run=digits)
    epoch_parser = commands.add_parser("epoch")
    epoch_parser.add_argument("--samples", type=int, default=60_000)
    epoch_parser.add_argument("--repeat", type=int, default=1)
    epoch_parser.set_defaults(run=epoch)
    arguments = parser.parse_args()
    arguments.run(arguments)


if __name__ == "__main__":
    main()
