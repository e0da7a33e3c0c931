import Foundation
import NeuralKit
import NotebookKit

// MARK: - 3.4 优化算法的更新 · The standard runs on three surfaces

extension OptimizersChapter {
  func surfaceRuns(_ book: Notebook, _ run: StandardRun) {
    let f = run.function, name = f.rawValue
    book.subsection("\(name.capitalized): \(f.formula)")
    book.text("Start (\(run.start.x), \(run.start.y)), \(run.steps) steps; the minimum f = 0 is at (\(f.minimum.x), \(f.minimum.y)).")
    var paths: [(kind: OptimizerKind, path: Trajectory)] = []
    var rows: [[String]] = []
    for kind in OptimizerKind.allCases {
      let optimizer = run.optimizer(kind)
      let path = f.descend(from: run.start, using: optimizer, steps: run.steps)
      let end = path.final
      book.metric("\(name).\(kind.rawValue).final_x", end.x)
      book.metric("\(name).\(kind.rawValue).final_y", end.y)
      book.metric("\(name).\(kind.rawValue).final_loss", end.loss)
      rows.append([kind.rawValue, run.learningRate(kind).significant(3), end.x.fixed(6), end.y.fixed(6), end.loss.significant(4)])
      paths.append((kind, path))
    }
    book.table(["optimizer", "lr", "final x", "final y", "final f"], rows)
    if f == .quadratic { quadraticTheory(book, run) }
    figures(book, run, paths)
  }

  /// On the quadratic, GD multiplies each coordinate by a constant per step: the closed form to compare with.
  func quadraticTheory(_ book: Notebook, _ run: StandardRun) {
    let lr = run.learningRate(.gd), n = Double(run.steps)
    let x = run.start.x * pow(1 - 0.2 * lr, n), y = run.start.y * pow(1 - 4 * lr, n)
    book.result("GD closed form: x₅₀ = −5·(1 − 0.2·0.4)⁵⁰ = \(x.fixed(6)), y₅₀ = −2·(1 − 4·0.4)⁵⁰ = \(y.significant(3)), matching the table")
    book.text("Momentum, Nesterov, Adam and AdamW at lr 0.1 are still travelling after 50 steps; GD at lr 0.4 is 80% of the way to the largest stable step 2/4 = 0.5 and already close. Adam's first step moves each coordinate by exactly η (the bias correction makes m̂/√v̂ = ±1), so it heads diagonally, not down the gradient.")
  }

  func figures(_ book: Notebook, _ run: StandardRun, _ paths: [(kind: OptimizerKind, path: Trajectory)]) {
    let f = run.function, name = f.rawValue
    let markers = Figures.markers(start: run.start, minimum: f.minimum, titled: true)
    let lines = paths.map { Figures.path($0.kind.rawValue, $0.path.xs, $0.path.ys, color: Figures.color($0.kind)) }
    book.figure(Figure(name: "\(name)-paths", width: 1000, height: 720,
                       Figures.mapPanel("\(name.capitalized): \(f.formula)", f.value, run.view, floor: run.contourFloor, layers: lines + markers, key: .outside)),
                caption: "\(name.capitalized): every optimizer's path from the open circle; the star is the minimum. Contours are evenly spaced in log f.")
    book.figure(Figure(name: "\(name)-loss", Panel(
      title: "\(name.capitalized): loss against step", xLabel: "step", yLabel: "f (log scale)", logY: true, key: .outside,
      layers: paths.map { Figures.lossCurve($0.kind.rawValue, $0.path.losses, color: Figures.color($0.kind)) })),
      caption: "\(name.capitalized): f at every step, log scale.")
    let panels = paths.map { kind, path in
      Figures.mapPanel("\(kind.displayName), lr \(run.learningRate(kind).significant(3)): f = \(path.final.loss.significant(2))", f.value, run.view, floor: run.contourFloor,
                       layers: [Figures.path(nil, path.xs, path.ys, color: Figures.color(kind))]
                         + Figures.markers(start: run.start, minimum: f.minimum, titled: false), key: .hidden)
    }
    book.figure(Figure(name: "\(name)-panels", title: "\(name.capitalized): one panel per optimizer", rows: 2, columns: 4,
                       width: 1600, height: 740, panels: panels),
                caption: "\(name.capitalized): each optimizer alone, with its learning rate and final loss.")
  }

  // MARK: - 3.4 Which runs are chaotic

  static let sensitivityNudge = 1e-9  // far below any visible change, far above rounding (~1e-16 relative)
  static let chaoticSensitivity = 1e3  // smooth runs stay near 1; chaotic ones are in the millions

  func chaos(_ book: Notebook) {
    book.subsection("Which runs are chaotic")
    book.text("Nudge the start by 10⁻⁹ along x, then along y, rerun, and measure how far the end point moves per unit of nudge. A smooth run moves about as much as the nudge, or less; a chaotic run amplifies it by millions, and then rounding differences between two correct implementations (Swift and PyTorch order a few operations differently) grow the same way.")
    var rows: [[String]] = [], chaotic: [String] = []
    for run in StandardRun.all {
      var row = [run.function.rawValue]
      for kind in OptimizerKind.allCases {
        let sensitivity = run.function.startSensitivity(from: run.start, steps: run.steps, delta: Self.sensitivityNudge) { run.optimizer(kind) }
        book.metric("\(run.function.rawValue).\(kind.rawValue).sensitivity", sensitivity)
        row.append(sensitivity.significant(2))
        if sensitivity > Self.chaoticSensitivity { chaotic.append("\(kind.rawValue) on \(run.function.rawValue)") }
      }
      rows.append(row)
    }
    book.table(["‖Δend‖ / ‖Δstart‖"] + OptimizerKind.allCases.map(\.rawValue), rows)
    book.result("chaotic (amplification > \(Int(Self.chaoticSensitivity))): \(chaotic.isEmpty ? "none" : chaotic.joined(separator: ", "))")
    book.text("RMSprop keeps a constant η and divides g by its own running size, so near the minimum every step has length about η whatever the gradient: the point hops across the valley floor and which side it lands on depends on the last digits. The tests hold the smooth runs to torch.optim within a relative 10⁻⁹, and the chaotic ones to their first 500 steps (which agree with torch's to within an ulp or two before the hopping starts), their sensitivity and the size of their final loss.")
  }
}
