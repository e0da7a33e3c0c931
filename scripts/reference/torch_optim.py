"""The seven update rules as torch.optim builds them, shared by the reference scripts beside this file.

Names as the course's OptimizerKind: gd, momentum, nesterov, adagrad, rmsprop, adam, adamw. Every
optimizer runs single-tensor (foreach=False), in float64, with torch's defaults except the ones named.
"""
import torch

torch.set_default_dtype(torch.float64)

KINDS = ["gd", "momentum", "nesterov", "adagrad", "rmsprop", "adam", "adamw"]


def make(kind, params, lr, weight_decay=None):
    """A fresh torch optimizer; weight_decay None means torch's default for adamw (0.01) and 0 elsewhere."""
    o = torch.optim
    wd = {} if weight_decay is None else {"weight_decay": weight_decay}
    if kind == "gd":
        return o.SGD(params, lr=lr, foreach=False, **wd)
    if kind == "momentum":
        return o.SGD(params, lr=lr, momentum=0.9, foreach=False, **wd)
    if kind == "nesterov":
        return o.SGD(params, lr=lr, momentum=0.9, nesterov=True, foreach=False, **wd)
    if kind == "adagrad":
        return o.Adagrad(params, lr=lr, foreach=False, **wd)
    if kind == "rmsprop":
        return o.RMSprop(params, lr=lr, foreach=False, **wd)
    if kind == "adam":
        return o.Adam(params, lr=lr, foreach=False, **wd)
    if kind == "adamw":
        return o.AdamW(params, lr=lr, foreach=False, **wd)
    raise ValueError(kind)
