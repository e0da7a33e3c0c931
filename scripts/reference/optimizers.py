"""Reference values for NeuralKit's optimizers and learning-rate schedules, from torch.optim in float64.

Run:  /work/venv/bin/python scripts/reference/optimizers.py > Tests/NeuralKitTests/Fixtures/torch-optimizers.json

- "matrices": each optimizer for 5 steps on two parameter matrices W (2x3) and b (1x3) at once, with the
  loss L = sum(A * W**2) / 2 + sum(c * (b - 1)**2) / 2, so dL/dW = A * W and dL/db = c * (b - 1).
  Weight decay 0 and 0.1 (torch's meaning: L2 in the gradient, decoupled for AdamW).
- "schedules": StepLR(step_size=10, gamma=0.5) from lr 0.1 and CosineAnnealingLR(T_max=20, eta_min=0.001)
  from lr 0.1, the learning rate before each of 30 epochs.
"""
import json

import torch

from torch_optim import KINDS, make

A = [[1.0, 0.5, 2.0], [0.1, 3.0, 1.5]]
C = [[0.7, 2.5, 1.2]]
W0 = [[0.8, -1.2, 0.3], [2.0, -0.4, 1.1]]
B0 = [[0.0, 0.5, -2.0]]
LEARNING_RATE = 0.05
STEPS = 5


def matrix_run(kind, weight_decay):
    w = torch.tensor(W0, requires_grad=True)
    b = torch.tensor(B0, requires_grad=True)
    a, c = torch.tensor(A), torch.tensor(C)
    optimizer = make(kind, [w, b], LEARNING_RATE, weight_decay)
    for _ in range(STEPS):
        optimizer.zero_grad()
        loss = (a * w**2).sum() / 2 + (c * (b - 1) ** 2).sum() / 2
        loss.backward()
        optimizer.step()
    return {"w": w.detach().tolist(), "b": b.detach().tolist()}


def schedule(make_scheduler, epochs=30):
    p = torch.zeros(1, requires_grad=True)
    optimizer = torch.optim.SGD([p], lr=0.1)
    scheduler = make_scheduler(optimizer)
    rates = []
    for _ in range(epochs):
        rates.append(optimizer.param_groups[0]["lr"])
        optimizer.step()
        scheduler.step()
    return rates


def main():
    runs = {}
    for weight_decay in [0.0, 0.1]:
        for kind in KINDS:
            runs[f"{kind}@{weight_decay}"] = matrix_run(kind, weight_decay)
    result = {
        "torch": torch.__version__,
        "matrices": {"A": A, "C": C, "W0": W0, "B0": B0, "learning_rate": LEARNING_RATE, "steps": STEPS, "runs": runs},
        "schedules": {
            "step": schedule(lambda o: torch.optim.lr_scheduler.StepLR(o, step_size=10, gamma=0.5)),
            "cosine": schedule(lambda o: torch.optim.lr_scheduler.CosineAnnealingLR(o, T_max=20, eta_min=0.001)),
        },
    }
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
