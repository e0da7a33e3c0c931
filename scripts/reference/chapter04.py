"""Reference values for chapter 04's 21 standard runs, from torch.optim in float64 with autograd gradients.

Run:  /work/venv/bin/python scripts/reference/chapter04.py > Tests/ChapterTests/Fixtures/torch-chapter04.json

For each test function and optimizer (the chapter's table of starts, steps and learning rates): the final
point and loss, the point at a few checkpoint steps, and the start sensitivity: max over a nudge of the
start by 1e-9 along x and along y of |change of the final point| / 1e-9 (large means chaotic).
"""
import json
import math

import torch

from torch_optim import KINDS, make

FUNCTIONS = {
    "quadratic": (lambda x, y: 0.1 * x**2 + 2 * y**2, (-5.0, -2.0), 50,
                  dict(gd=0.4, momentum=0.1, nesterov=0.1, adagrad=0.4, rmsprop=0.1, adam=0.1, adamw=0.1)),
    "rosenbrock": (lambda x, y: (1 - x) ** 2 + 100 * (y - x**2) ** 2, (-1.5, 2.0), 2000,
                   dict(gd=1e-3, momentum=1e-4, nesterov=1e-4, adagrad=0.5, rmsprop=2e-3, adam=0.02, adamw=0.02)),
    "beale": (lambda x, y: (1.5 - x + x * y) ** 2 + (2.25 - x + x * y**2) ** 2 + (2.625 - x + x * y**3) ** 2,
              (1.0, 1.5), 2000,
              dict(gd=1e-2, momentum=1e-3, nesterov=1e-3, adagrad=0.5, rmsprop=3e-3, adam=0.02, adamw=0.02)),
}
CHECKPOINTS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000]
NUDGE = 1e-9


def run(f, start, steps, kind, lr):
    """The point after each checkpoint step and at the end."""
    p = torch.tensor(start, requires_grad=True)
    optimizer = make(kind, [p], lr)
    points = {}
    for step in range(1, steps + 1):
        optimizer.zero_grad()
        f(p[0], p[1]).backward()
        optimizer.step()
        if step in CHECKPOINTS:
            points[str(step)] = p.detach().tolist()
    return p.detach().tolist(), points


def main():
    result = {"torch": torch.__version__, "nudge": NUDGE, "runs": {}}
    for name, (f, start, steps, rates) in FUNCTIONS.items():
        runs = {}
        for kind in KINDS:
            final, checkpoints = run(f, start, steps, kind, rates[kind])
            moved = [run(f, (start[0] + NUDGE, start[1]), steps, kind, rates[kind])[0],
                     run(f, (start[0], start[1] + NUDGE), steps, kind, rates[kind])[0]]
            runs[kind] = {
                "learning_rate": rates[kind],
                "final_x": final[0],
                "final_y": final[1],
                "final_loss": f(torch.tensor(final[0]), torch.tensor(final[1])).item(),
                "sensitivity": max(math.dist(final, m) for m in moved) / NUDGE,
                "checkpoints": checkpoints,
            }
        result["runs"][name] = {"start": list(start), "steps": steps, "optimizers": runs}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
