import ExerciseKit

/// Exercise 05-forward-backward/scalar-backward: reverse-mode automatic differentiation (micrograd's
/// `backward`) for graphs of `Scalar`s built with +, × and tanh.
///
/// After `backward(from: output)`, every node's `grad` holds ∂output/∂node:
///
/// ```
///   1. order the nodes so that each comes after all of its inputs (a topological order: depth-first,
///      appending a node after visiting its inputs; visit each node once)
///   2. set every node's grad to 0, then output.grad = 1
///   3. walk the order backwards; each node adds its grad times the local derivative to its inputs:
///        c = a + b:   a.grad += c.grad;            b.grad += c.grad
///        c = a · b:   a.grad += b.data · c.grad;   b.grad += a.data · c.grad
///        c = tanh a:  a.grad += (1 − c.data²) · c.grad
/// ```
/// Use +=: a node used twice (a·a) receives two contributions. A `Scalar` has `data`, `grad`, `inputs`
/// and `operation` (`.input`, `.add`, `.multiply`, `.tanh`). Graphs may be 500 nodes deep.
///
/// Check it: `make check CH=05`
public func backward(from output: Scalar) {
  return notImplemented()
}
