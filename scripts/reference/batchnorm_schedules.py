"""Reference values for chapter 08: torch.nn.BatchNorm1d and torch.optim.lr_scheduler, float64 on the CPU.

Produces two fixtures:
  Tests/NeuralKitTests/Fixtures/torch-batchnorm-schedules.json  BatchNorm1d on the chapter's worked example
      and on seeded random batches (training-mode output, input/gamma/beta gradients and running
      statistics after each step, evaluation-mode output and gradients), and the learning rate of every
      epoch under StepLR, ExponentialLR, CosineAnnealingLR (past T_max, so the restart branch is covered)
      and a linear warm-up (LinearLR inside SequentialLR);
  Tests/ChapterTests/Fixtures/torch-chapter08.json  the chapter-08 results.json keys that torch computes
      (batchnorm.example.*, schedule.*).

Run from the repository root:
  /work/venv-torch/bin/python scripts/reference/batchnorm_schedules.py
(needs torch; any Python with it works). The Swift tests read the committed output and never run Python.
"""
import json
import pathlib

import torch

torch.set_default_dtype(torch.float64)

# The worked example of chapter 08 (issue 16).
EXAMPLE_X = [[1, 2, 3], [4, 5, 6], [7, 8, 10], [-1, 0, 2]]
EXAMPLE_GAMMA = [1, 2, 0.5]
EXAMPLE_BETA = [0, 0.1, -1]
EXAMPLE_DY = [[1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1]]


def batchnorm_steps(gamma, beta, batches, upstreams, eval_x, eval_dy):
    """Training-mode steps on `batches` (each with its upstream gradient), then evaluation mode."""
    layer = torch.nn.BatchNorm1d(len(gamma))  # momentum 0.1, eps 1e-5
    with torch.no_grad():
        layer.weight.copy_(torch.tensor(gamma, dtype=torch.float64))
        layer.bias.copy_(torch.tensor(beta, dtype=torch.float64))
    steps = []
    layer.train()
    for x_rows, dy_rows in zip(batches, upstreams):
        x = torch.tensor(x_rows, dtype=torch.float64, requires_grad=True)
        layer.weight.grad = None
        layer.bias.grad = None
        y = layer(x)
        y.backward(torch.tensor(dy_rows, dtype=torch.float64))
        steps.append({
            "x": x_rows, "dy": dy_rows, "y": y.detach().tolist(), "dx": x.grad.tolist(),
            "dgamma": layer.weight.grad.tolist(), "dbeta": layer.bias.grad.tolist(),
            "running_mean": layer.running_mean.tolist(), "running_var": layer.running_var.tolist(),
        })
    layer.eval()
    x = torch.tensor(eval_x, dtype=torch.float64, requires_grad=True)
    layer.weight.grad = None
    layer.bias.grad = None
    y = layer(x)
    y.backward(torch.tensor(eval_dy, dtype=torch.float64))
    evaluation = {"x": eval_x, "dy": eval_dy, "y": y.detach().tolist(), "dx": x.grad.tolist(),
                  "dgamma": layer.weight.grad.tolist(), "dbeta": layer.bias.grad.tolist()}
    return {"gamma": gamma, "beta": beta, "steps": steps, "eval": evaluation}


def random_case(generator, rows, features, steps):
    def draw(r, c, scale=1.0, shift=0.0):
        return (torch.randn(r, c, generator=generator, dtype=torch.float64) * scale + shift).tolist()
    gamma = (torch.rand(features, generator=generator, dtype=torch.float64) + 0.5).tolist()
    beta = torch.randn(features, generator=generator, dtype=torch.float64).tolist()
    batches = [draw(rows, features, 3.0, 2.0) for _ in range(steps)]
    upstreams = [draw(rows, features) for _ in range(steps)]
    return batchnorm_steps(gamma, beta, batches, upstreams, draw(rows, features, 3.0, 2.0), draw(rows, features))


def learning_rates(make, epochs, base=0.1):
    """The rate used during each epoch: get_last_lr() before that epoch's scheduler.step()."""
    parameter = torch.nn.Parameter(torch.zeros(1))
    optimizer = torch.optim.SGD([parameter], lr=base)
    scheduler = make(optimizer)
    rates = []
    for _ in range(epochs):
        rates.append(scheduler.get_last_lr()[0])
        optimizer.step()
        scheduler.step()
    return rates


def schedules():
    s = torch.optim.lr_scheduler
    return {
        "step": learning_rates(lambda o: s.StepLR(o, step_size=30, gamma=0.1), 100),
        "exponential": learning_rates(lambda o: s.ExponentialLR(o, gamma=0.95), 100),
        # 250 epochs: past T_max = 100 the rate climbs back (the branch at t = T + 1) and falls again.
        "cosine": learning_rates(lambda o: s.CosineAnnealingLR(o, T_max=100, eta_min=0.001), 250),
        "warmup_cosine": learning_rates(lambda o: s.SequentialLR(o, [
            s.LinearLR(o, start_factor=0.1, total_iters=5),
            s.CosineAnnealingLR(o, T_max=95, eta_min=0.001)], milestones=[5]), 100),
    }


def chapter_keys(example, rates):
    keys = {}
    step = example["steps"][0]
    for name in ["y", "dx"]:
        for r, row in enumerate(step[name]):
            for c, value in enumerate(row):
                keys[f"batchnorm.example.{name}.{r}.{c}"] = value
    for name in ["dgamma", "dbeta", "running_mean", "running_var"]:
        for c, value in enumerate(step[name]):
            keys[f"batchnorm.example.{name}.{c}"] = value
    for r, row in enumerate(example["eval"]["y"]):
        for c, value in enumerate(row):
            keys[f"batchnorm.example.eval_y.{r}.{c}"] = value
    for name, epochs in [("step", [0, 29, 30, 65, 99]), ("cosine", [0, 37, 50, 99]), ("exponential", [0, 20, 99])]:
        for t in epochs:
            keys[f"schedule.{name}.lr_at_{t}"] = rates[name][t]
    return keys


def main():
    root = pathlib.Path(__file__).resolve().parents[2]
    example = batchnorm_steps(EXAMPLE_GAMMA, EXAMPLE_BETA, [EXAMPLE_X], [EXAMPLE_DY], EXAMPLE_X, EXAMPLE_DY)
    generator = torch.Generator().manual_seed(8)
    rates = schedules()
    library = {
        "torch_version": torch.__version__,
        "batchnorm": {"example": example, "random": random_case(generator, 6, 4, 3),
                      "two_rows": random_case(generator, 2, 3, 2)},
        "schedules": rates,
    }
    chapter = {"torch_version": torch.__version__, "metrics": chapter_keys(example, rates)}
    for path, content in [("Tests/NeuralKitTests/Fixtures/torch-batchnorm-schedules.json", library),
                          ("Tests/ChapterTests/Fixtures/torch-chapter08.json", chapter)]:
        (root / path).write_text(json.dumps(content, indent=1, sort_keys=True) + "\n")
        print("wrote", path)


if __name__ == "__main__":
    main()
