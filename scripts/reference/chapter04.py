"""Reference values for chapter 04's 21 standard runs, from torch.optim in float64 with autograd gradients.

Run:  /work/venv/bin/python scripts/reference/chapter04.py > Tests/ChapterTests/Fixtures/torch-chapter04.json

For each test function and optimizer (the chapter's table of starts, steps and learning rates): the final
point and loss, the point at a few checkpoint steps, and the start sensitivity: max over a nudge of the
start by 1e-9 along x and along y of |change of the final point| / 1e-9 (large means chaotic).

Then "extra" runs: GD at the best rate 2/(λ_min + λ_max) and momentum at Polyak's heavy-ball rates on the
quadratic; AdamW's gradient and second moment at the end of its Beale run; and runs with hyper-parameters set
as chapter 04's --momentum, --alpha, --beta1/--beta2, --eps and --weight-decay set them.
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


def final_state(f, start, steps, optimizer_of):
    """The end point, the gradient there, and the optimizer's state for the point."""
    p = torch.tensor(start, requires_grad=True)
    optimizer = optimizer_of([p])
    for _ in range(steps):
        optimizer.zero_grad()
        f(p[0], p[1]).backward()
        optimizer.step()
    optimizer.zero_grad()
    loss = f(p[0], p[1])
    loss.backward()
    state = {k: v.tolist() for k, v in optimizer.state[p].items() if torch.is_tensor(v) and v.numel() == 2}
    return {"final": p.detach().tolist(), "final_loss": loss.item(), "gradient": p.grad.tolist(), "state": state}


def extras():
    quadratic, start, steps, _ = FUNCTIONS["quadratic"]
    low, high = 0.2, 4.0
    kappa = high / low
    r = (math.sqrt(kappa) - 1) / (math.sqrt(kappa) + 1)
    heavy_lr, heavy_mu = 4 / (math.sqrt(high) + math.sqrt(low)) ** 2, r * r
    sgd = torch.optim.SGD
    result = {
        "quadratic_gd_optimal": {"lr": 2 / (low + high), **final_state(
            quadratic, start, steps, lambda ps: sgd(ps, lr=2 / (low + high), foreach=False))},
        "quadratic_momentum_tuned": {"lr": heavy_lr, "momentum": heavy_mu, **final_state(
            quadratic, start, steps, lambda ps: sgd(ps, lr=heavy_lr, momentum=heavy_mu, foreach=False))},
    }
    beale, beale_start, beale_steps, rates = FUNCTIONS["beale"]
    result["beale_adamw"] = final_state(beale, beale_start, beale_steps, lambda ps: make("adamw", ps, rates["adamw"]))
    rosenbrock, rosenbrock_start, _, _ = FUNCTIONS["rosenbrock"]
    o = torch.optim
    options = {
        "momentum_0.5": ("momentum", ["--momentum", "0.5"], lambda ps: o.SGD(ps, lr=1e-4, momentum=0.5, foreach=False)),
        "nesterov_0.5": ("nesterov", ["--momentum", "0.5"],
                         lambda ps: o.SGD(ps, lr=1e-4, momentum=0.5, nesterov=True, foreach=False)),
        # RMSprop with α = 0.9 hops across the valley within 200 steps (chaotic, like its standard run): 100 steps.
        "rmsprop_alpha_0.9": ("rmsprop", ["--alpha", "0.9"], lambda ps: o.RMSprop(ps, lr=2e-3, alpha=0.9, foreach=False),
                              100),
        "adam_betas": ("adam", ["--beta1", "0.8", "--beta2", "0.99"],
                       lambda ps: o.Adam(ps, lr=0.02, betas=(0.8, 0.99), foreach=False)),
        "adamw_decay_0.1": ("adamw", ["--weight-decay", "0.1"], lambda ps: o.AdamW(ps, lr=0.02, weight_decay=0.1, foreach=False)),
        "adagrad_eps": ("adagrad", ["--eps", "0.01"], lambda ps: o.Adagrad(ps, lr=0.5, eps=0.01, foreach=False)),
        "gd_decay_0.1": ("gd", ["--weight-decay", "0.1"], lambda ps: o.SGD(ps, lr=1e-3, weight_decay=0.1, foreach=False)),
    }
    result["options"] = {}
    for name, (kind, arguments, optimizer_of, *steps) in options.items():
        n = steps[0] if steps else 500
        result["options"][name] = {"optimizer": kind, "arguments": arguments, "steps": n,
                                   **final_state(rosenbrock, rosenbrock_start, n, optimizer_of)}
    return result


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
    result["extras"] = extras()
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
