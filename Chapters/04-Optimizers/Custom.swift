import NeuralKit
import NotebookKit

// MARK: - 3.4 Your own run

extension OptimizersChapter {
  static let viewGrowthLimit = 10.0  // widen the map to a wandering path, but not beyond 10× the standard view

  func customExperiment(_ book: Notebook, _ custom: (run: StandardRun, kind: OptimizerKind, learningRate: Double, steps: Int, start: (x: Double, y: Double))) {
    let f = custom.run.function
    book.subsection("Your run: \(custom.kind.displayName) on \(f.rawValue), lr \(custom.learningRate), \(custom.steps) steps from (\(custom.start.x), \(custom.start.y))")
    let optimizer = custom.kind.make(learningRate: custom.learningRate)
    let path = f.descend(from: custom.start, using: optimizer, steps: custom.steps)
    let end = path.final
    if let step = path.divergedAtStep {
      book.metric("custom.diverged_at_step", Double(step))
      book.result("diverged: step \(step) produced a non-finite point or loss; the run stops there and the figure shows the \(path.stepsTaken) finite steps before it")
    }
    book.metric("custom.steps_taken", Double(path.stepsTaken))
    book.metric("custom.final_x", end.x)
    book.metric("custom.final_y", end.y)
    book.metric("custom.final_loss", end.loss)
    book.result("after \(path.stepsTaken) steps: (x, y) = (\(end.x.significant(8)), \(end.y.significant(8))), f = \(end.loss.significant(6))")
    let view = customView(custom.run.view, path)
    let color = Figures.color(custom.kind)
    let outcome = path.divergedAtStep.map { "diverged at step \($0)" } ?? "f = \(end.loss.significant(3))"
    let map = Figures.mapPanel("\(custom.kind.displayName) on \(f.rawValue), lr \(custom.learningRate): \(outcome)", f.value, view, floor: custom.run.contourFloor,
                               layers: [Figures.path(custom.kind.rawValue, path.xs, path.ys, color: color)]
                                 + Figures.markers(start: custom.start, minimum: f.minimum, titled: true), key: .bottomRight)
    let loss = Panel(title: "Loss against step", xLabel: "step", yLabel: "f (log scale)", logY: true, key: .hidden,
                     layers: [Figures.lossCurve(custom.kind.rawValue, path.losses, color: color)])
    book.figure(Figure(name: "custom", title: "Your run", rows: 1, columns: 2, width: 1400, height: 620, panels: [map, loss]),
                caption: "Your run: its path over the contours (finite points only) and its loss against step.")
  }

  /// The standard view, widened to hold the path when the path stays within a few views' size.
  func customView(_ view: (x: ClosedRange<Double>, y: ClosedRange<Double>), _ path: Trajectory) -> (x: ClosedRange<Double>, y: ClosedRange<Double>) {
    func widen(_ range: ClosedRange<Double>, _ values: [Double]) -> ClosedRange<Double> {
      let low = min(range.lowerBound, values.min() ?? range.lowerBound), high = max(range.upperBound, values.max() ?? range.upperBound)
      let span = range.upperBound - range.lowerBound
      return high - low <= Self.viewGrowthLimit * span ? low...high : range
    }
    return (widen(view.x, path.xs), widen(view.y, path.ys))
  }
}
