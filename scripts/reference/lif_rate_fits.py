"""Reference fits for chapter 01: a sigmoid, a ReLU and a softplus through the LIF neuron's rate curve.

The data are the chapter's own: the number of spikes in 1 s of the forward-Euler leaky integrate-and-fire
neuron (V_rest = V_reset = −65 mV, V_th = −50 mV, τ_m = 10 ms, R_m = 10 MΩ, t_ref = 2 ms, dt = 0.1 ms)
at the 51 currents 0, 0.1, …, 5 nA, simulated here again step by step. Each model is fitted by
scipy.optimize.least_squares (trust-region reflective, tolerances at their tightest), independently of
NeuralKit's Levenberg–Marquardt:

  sigmoid    r(I) = r_max · σ((I − I½)/s)
  relu       r(I) = g · max(0, I − I₀)
  softplus   r(I) = g · s · ln(1 + e^((I − I₀)/s)),  s = 0.1 nA fixed (left free, s → 0: the ReLU)

Writes Tests/ChapterTests/Fixtures/scipy-chapter01.json: each fit's parameters and its RMS error in Hz.
Run from the repository root with any Python that has numpy and scipy:
  python3 scripts/reference/lif_rate_fits.py
"""
import json
import pathlib

import numpy as np
from scipy.optimize import least_squares
from scipy.special import expit


def spike_count(current, duration=1000.0, dt=0.1):
    """The chapter's Euler loop, operation for operation."""
    steps = int(round(duration / dt))
    refractory_steps = int(round(2.0 / dt))
    v, refractory_left, spikes = -65.0, 0, 0
    for _ in range(steps):
        if refractory_left > 0:
            refractory_left -= 1
            v = -65.0
        else:
            v += dt / 10.0 * (-(v - -65.0) + 10.0 * current)
            if v >= -50.0:
                spikes += 1
                v = -65.0
                refractory_left = refractory_steps
    return spikes / (duration / 1000)


currents = np.array([0.0 + i * (5.0 / 50) if i < 50 else 5.0 for i in range(51)])
rates = np.array([spike_count(c) for c in currents])

SOFTNESS = 0.1
MODELS = {
    "sigmoid": (lambda p, i: p[0] * expit((i - p[1]) / p[2]), [rates.max(), 2.0, 0.5]),
    "relu": (lambda p, i: p[0] * np.maximum(0.0, i - p[1]), [50.0, 1.5]),
    "softplus": (lambda p, i: p[0] * SOFTNESS * np.logaddexp(0.0, (i - p[1]) / SOFTNESS), [50.0, 1.5]),
}

result = {"rates_hz": rates.tolist()}
for name, (model, start) in MODELS.items():
    fit = least_squares(lambda p: model(p, currents) - rates, start, method="trf",
                        xtol=1e-15, ftol=1e-15, gtol=1e-15, max_nfev=100000)
    rmse = float(np.sqrt(np.mean(fit.fun ** 2)))
    result[name] = {"parameters": fit.x.tolist(), "rmse_hz": rmse}
    print(name, fit.x, rmse)

out = pathlib.Path("Tests/ChapterTests/Fixtures/scipy-chapter01.json")
out.write_text(json.dumps(result, indent=2) + "\n")
print("wrote", out)
