"""Reference values for the exercises' graders (Exercises/Support/Checks/Fixtures/exercises.json), in numpy float64.

Run:  python3 scripts/reference/exercises_fixtures.py > Exercises/Support/Checks/Fixtures/exercises.json

- "optimizers": SGD with momentum, RMSprop and Adam written out with torch.optim's update rules and
  defaults (SGD: dampening 0, no nesterov; RMSprop: v <- alpha*v + (1-alpha)*g^2, eps outside the sqrt;
  Adam: bias-corrected, eps outside the sqrt), on the separable quadratic L(p) = sum(c * p^2) / 2, so the
  gradient is c * p. One component of c is 0 (its gradient is 0 at every step). Extra cases: RMSprop with
  gradients of order 1e-10 (where eps inside or outside the sqrt differ by orders of magnitude) and Adam
  with gradients of order 1e6 (its step stays of order lr whatever the gradient's scale).
- "batchnorm": BatchNorm in training mode on a 6x4 batch whose last column is constant (variance 0, so
  eps matters): the output y = gamma * (x - mean) / sqrt(var + eps) + beta with the biased variance, and
  for an output gradient G the gradients of L = sum(G * y) with respect to x, gamma and beta. The input
  gradient's closed form is checked here against central differences before it is written.
"""
import json

import numpy as np

STEPS = 8
START = [0.8, -1.2, 0.3, 2.0, -0.4, 1.1]
CURVATURE = [1.0, 0.5, 2.0, 0.1, 3.0, 0.0]


def momentum(p, g, state, lr, momentum=0.9):
    state["v"] = momentum * state.get("v", 0.0) + g
    return p - lr * state["v"]


def rmsprop(p, g, state, lr, alpha=0.99, eps=1e-8):
    state["v"] = alpha * state.get("v", 0.0) + (1 - alpha) * g * g
    return p - lr * g / (np.sqrt(state["v"]) + eps)


def adam(p, g, state, lr, beta1=0.9, beta2=0.999, eps=1e-8):
    t = state["t"] = state.get("t", 0) + 1
    state["m"] = beta1 * state.get("m", 0.0) + (1 - beta1) * g
    state["v"] = beta2 * state.get("v", 0.0) + (1 - beta2) * g * g
    m_hat = state["m"] / (1 - beta1**t)
    v_hat = state["v"] / (1 - beta2**t)
    return p - lr * m_hat / (np.sqrt(v_hat) + eps)


def trajectory(rule, lr, curvature, **hyper):
    p, c, state, path = np.array(START), np.array(curvature), {}, []
    for _ in range(STEPS):
        p = rule(p, c * p, state, lr, **hyper)
        path.append(p.tolist())
    return path


def optimizer_cases():
    tiny = [1e-10 * c for c in CURVATURE]
    huge = [1e6 * c for c in CURVATURE]
    cases = [
        ("momentum", momentum, 0.05, CURVATURE, {"momentum": 0.9}),
        ("rmsprop", rmsprop, 0.01, CURVATURE, {"alpha": 0.99, "eps": 1e-8}),
        ("rmsprop-tiny-gradients", rmsprop, 0.01, tiny, {"alpha": 0.99, "eps": 1e-8}),
        ("adam", adam, 0.05, CURVATURE, {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}),
        ("adam-large-gradients", adam, 0.05, huge, {"beta1": 0.9, "beta2": 0.999, "eps": 1e-8}),
    ]
    return [
        {"name": name, "learning_rate": lr, "hyperparameters": hyper, "start": START, "curvature": curvature,
         "trajectory": trajectory(rule, lr, curvature, **hyper)}
        for name, rule, lr, curvature, hyper in cases
    ]


def batchnorm_forward(x, gamma, beta, eps):
    mean = x.mean(axis=0)
    var = x.var(axis=0)  # biased (ddof=0), as BatchNorm in training mode
    x_hat = (x - mean) / np.sqrt(var + eps)
    return gamma * x_hat + beta, x_hat, var


def batchnorm_backward(x, gamma, g, eps):
    _, x_hat, var = batchnorm_forward(x, gamma, 0.0, eps)
    n = x.shape[0]
    dgamma = (g * x_hat).sum(axis=0)
    dbeta = g.sum(axis=0)
    dx = gamma / np.sqrt(var + eps) / n * (n * g - dbeta - x_hat * dgamma)
    return dx, dgamma, dbeta


def central_difference_input_gradient(x, gamma, beta, g, eps, h=1e-6):
    grad = np.zeros_like(x)
    for index in np.ndindex(x.shape):
        plus, minus = x.copy(), x.copy()
        plus[index] += h
        minus[index] -= h
        loss = lambda z: (g * batchnorm_forward(z, gamma, beta, eps)[0]).sum()
        grad[index] = (loss(plus) - loss(minus)) / (2 * h)
    return grad


def batchnorm_case():
    rng = np.random.default_rng(17)
    x = rng.normal(size=(6, 4)) * [1.0, 3.0, 0.2, 1.0] + [0.0, 5.0, -1.0, 0.0]
    x[:, 3] = 0.7  # a constant feature: variance 0
    gamma = np.array([1.5, 0.5, -2.0, 1.0])
    beta = np.array([0.1, -0.3, 0.0, 2.0])
    g = rng.normal(size=(6, 4))
    eps = 1e-5
    y, _, _ = batchnorm_forward(x, gamma, beta, eps)
    dx, dgamma, dbeta = batchnorm_backward(x, gamma, g, eps)
    numeric = central_difference_input_gradient(x, gamma, beta, g, eps)
    assert np.allclose(dx, numeric, rtol=1e-5, atol=1e-6), "closed-form BatchNorm gradient disagrees"
    return {"input": x.tolist(), "gamma": gamma.tolist(), "beta": beta.tolist(), "epsilon": eps,
            "output": y.tolist(), "output_gradient": g.tolist(), "input_gradient": dx.tolist(),
            "gamma_gradient": dgamma.tolist(), "beta_gradient": dbeta.tolist()}


def main():
    result = {"numpy": np.__version__, "steps": STEPS, "optimizers": optimizer_cases(), "batchnorm": batchnorm_case()}
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()
