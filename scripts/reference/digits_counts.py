"""Counts the examples of each class in scikit-learn's copy of the UCI digits, and prints a few pixels.

The Swift tests state these numbers as constants (Tests/NeuralKitTests/DataLoaderTests.swift); this script
is how they were obtained, independently of NeuralKit's CSV reader, from scikit-learn's own gzipped file.

Run: /work/venv/bin/python scripts/reference/digits_counts.py
"""
import collections
import gzip
import os

import numpy as np
import sklearn.datasets

path = os.path.join(os.path.dirname(sklearn.datasets.__file__), "data", "digits.csv.gz")
with gzip.open(path) as handle:
    table = np.loadtxt(handle, delimiter=",")
labels = table[:, -1].astype(int)
print("shape", table.shape)
print("class counts", [collections.Counter(labels)[k] for k in range(10)])
print("sample 0 pixels", table[0, :64].astype(int).tolist(), "label", labels[0])
print("sample 1796 pixels", table[1796, :64].astype(int).tolist(), "label", labels[1796])
print("pixel sum", int(table[:, :64].sum()))
# Cross-check against scikit-learn's loader.
bunch = sklearn.datasets.load_digits()
assert (bunch.data == table[:, :64]).all() and (bunch.target == labels).all()
