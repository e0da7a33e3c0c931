/// The path an optimizer takes on a ``TestFunction``: the start, then one point per step.
///
/// A run that blows up stops at the first step whose point or loss is not finite; that step is
/// ``divergedAtStep`` and the path keeps only the finite points before it.
public struct Trajectory: Sendable {
  public var xs: [Double]
  public var ys: [Double]
  /// `losses[t]` = f at point t (t = 0 is the start).
  public var losses: [Double]
  /// The step that produced a non-finite point or loss, or `nil` when every step stayed finite.
  public var divergedAtStep: Int?

  /// The last finite point and its loss.
  public var final: (x: Double, y: Double, loss: Double) {
    (xs[xs.count - 1], ys[ys.count - 1], losses[losses.count - 1])
  }

  /// Steps whose point is on the path (all requested steps unless the run diverged).
  public var stepsTaken: Int { xs.count - 1 }

  /// True when the run blew up or its loss is higher at the end than halfway through: on a quadratic that
  /// means the step size is past the stability limit, since a stable run only ever shrinks the loss.
  public var isGrowing: Bool {
    divergedAtStep != nil || losses[losses.count - 1] > losses[losses.count / 2]
  }
}

extension TestFunction {
  /// Runs `optimizer` for `steps` steps from `start` and records every point and loss.
  public func descend(from start: (x: Double, y: Double), using optimizer: some Optimizer, steps: Int) -> Trajectory {
    var path = Trajectory(xs: [start.x], ys: [start.y], losses: [value(start.x, start.y)])
    path.xs.reserveCapacity(steps + 1)
    path.ys.reserveCapacity(steps + 1)
    path.losses.reserveCapacity(steps + 1)
    let point = Parameter(Matrix(rowVector: [start.x, start.y]))
    for step in stride(from: 1, through: steps, by: 1) {
      let g = gradient(point.value[0, 0], point.value[0, 1])
      point.gradient = Matrix(rowVector: [g.x, g.y])
      optimizer.step([point])
      let (newX, newY) = (point.value[0, 0], point.value[0, 1])
      let loss = value(newX, newY)
      guard newX.isFinite, newY.isFinite, loss.isFinite else {
        path.divergedAtStep = step
        break
      }
      path.xs.append(newX)
      path.ys.append(newY)
      path.losses.append(loss)
    }
    return path
  }
}
