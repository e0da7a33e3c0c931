import Foundation
import NeuralKit
import NotebookKit

/// One training step cut into forward, loss, backward and optimizer.
struct StepTimes {
  let settings: EfficiencySettings
  let data: DigitsRecipe

  /// A network, its batches and the name it has on the page and in timings.json.
  struct Configuration {
    let key: String
    let label: String
    let trainer: Trainer
    let batches: [Batch]
    let steps: Int
  }

  // MARK: - Where one training step spends its time

  func run(_ book: Notebook) {
    book.subsection("Where one training step spends its time")
    book.text("Each phase of `Trainer.step` timed with the monotonic clock (`ContinuousClock`), summed over many steps after a few warm-up steps, divided by the number of steps. Two shapes: the digits recipe (64-64-10, batches of 32) and an MNIST-sized 784-256-10 network with batches of 128 on random pixels; the second once with the gradient of the data formed (`Sequential.backward`) and once without it (`Sequential.backwardParameters`, what `Trainer.step` runs).")
    let profiles = configurations().map { ($0, StepProfile.measure($0.trainer, batches: $0.batches, steps: $0.steps)) }
    var rows: [[String]] = []
    for (configuration, profile) in profiles {
      for (phase, seconds) in profile.phases { book.timing("step.\(configuration.key).\(phase)_seconds", seconds) }
      book.timing("step.\(configuration.key).total_seconds", profile.total)
      rows.append([configuration.label] + profile.phases.map { "\((1e6 * $0.seconds).fixed(1)) (\((100 * $0.seconds / profile.total).fixed(0)) %)" } + [(1e6 * profile.total).fixed(1)])
    }
    book.table(["network, batch", "forward µs", "loss µs", "backward µs", "optimizer µs", "step µs"], rows)
    explain(book, profiles.map(\.1))
    book.figure(figure(profiles.map { ($0.0.label, $0.1) }),
                caption: "Microseconds per training step by phase, for each network and batch size (note the different scales).")
  }

  /// A round kernel speed for the arithmetic-only estimate (the blocked kernel's, above, on mid-sized products).
  static let referenceGFLOPS = 40.0

  /// Floating-point operations of the products in one digits step as `Trainer.step` runs it: 2·b·in·out
  /// per layer forward, the same for Xᵀ·δ, and again for δ·Wᵀ in every layer but the first.
  var digitsFlops: Int {
    let layers = zip(DigitsRecipe.sizes(), DigitsRecipe.sizes().dropFirst()).map { 2 * DigitsRecipe.batchSize * $0 * $1 }
    return 2 * layers.reduce(0, +) + layers.dropFirst().reduce(0, +)
  }

  /// The lesson of the table, with this run's numbers: profiles of digits, wide, wide without ∂L/∂X.
  func explain(_ book: Notebook, _ profiles: [StepProfile]) {
    guard profiles.count == 3 else { return }
    let (digits, wide, skipping) = (profiles[0], profiles[1], profiles[2])
    book.text("Formed in full, backward costs about twice the forward pass (here \((wide.backward / wide.forward).fixed(1))× on the wide network): each layer needs two products, Xᵀ·δ for its weights and δ·Wᵀ for the layer below, where forward needs one. The first layer's δ·Wᵀ is the gradient with respect to the data, which nothing uses; `Trainer.step` skips it, which takes the wide network's backward pass from \((1e6 * wide.backward).fixed(0)) to \((1e6 * skipping.backward).fixed(0)) µs, about one forward pass (\((skipping.backward / skipping.forward).fixed(1))×; digits: \((digits.backward / digits.forward).fixed(1))×).")
    book.text("The optimizer is not free: Adam reads and writes four numbers per parameter (θ, g, m, v) with a square root and two divisions, once per step whatever the batch size, so small batches pay it more often per sample. The loss (a softmax over 10 logits) is negligible on the wide network. On the digits network every phase takes only microseconds, and fixed costs per call — allocating result matrices, going through the `Layer` protocol, short loops over 10 or 64 columns — are a large share: \((1e6 * digits.total).fixed(0)) µs per step, where its products, \((Double(digitsFlops) / 1e6).fixed(2)) million floating-point operations, would take \((Double(digitsFlops) / Self.referenceGFLOPS / 1e3).fixed(0)) µs at \(Int(Self.referenceGFLOPS)) GFLOPS.")
  }

  func configurations() -> [Configuration] {
    let digits = data.start()
    var generator = SeededGenerator(seed: data.seed)
    let steps = settings.profileSteps
    let wideData = Dataset.randomClassification(count: 128 * 8, features: 784, classes: 10, using: &generator)
    let wide = { (generator: inout SeededGenerator, formsInputGradient: Bool) -> Trainer in
      let trainer = DigitsRecipe.trainer(Sequential.multilayerPerceptron(sizes: [784, 256, 10], activation: .relu, initializer: .he, using: &generator))
      trainer.formsInputGradient = formsInputGradient
      return trainer
    }
    return [
      Configuration(key: "digits", label: "64-64-10, batch 32", trainer: DigitsRecipe.trainer(digits.network),
                    batches: data.train.batches(of: DigitsRecipe.batchSize), steps: steps.digits),
      Configuration(key: "mnist_shape", label: "784-256-10, batch 128", trainer: wide(&generator, true),
                    batches: wideData.batches(of: 128), steps: steps.wide),
      Configuration(key: "mnist_shape_no_input_gradient", label: "784-256-10, batch 128, no ∂L/∂X", trainer: wide(&generator, false),
                    batches: wideData.batches(of: 128), steps: steps.wide),
    ]
  }

  func figure(_ profiles: [(label: String, profile: StepProfile)]) -> Figure {
    // The optimizer of every configuration is Adam; its shorter name keeps the four tic labels apart.
    let phases = Trainer.Phase.allCases.map(\.rawValue).map { $0 == "optimizer" ? "Adam" : $0 }
    let panels = profiles.map { label, profile in
      var panel = Panel(title: label, yLabel: "µs per step", xRange: AxisRange(0.4, Double(phases.count) + 0.6), key: .hidden)
      let x = phases.indices.map { Double($0 + 1) }, y = profile.phases.map { 1e6 * $0.seconds }
      panel.layers = [
        .series(Series(nil, x: x, y: y, style: .boxes, color: seriesColors[0])),
        .labels(zip(x, y).map { PointLabel(x: $0, y: $1, text: $1 < 100 ? $1.fixed(1) : $1.fixed(0)) }),
      ]
      panel.yRange = AxisRange(0, (y.max() ?? 1) * 1.15)
      panel.xTicLabels = phases.enumerated().map { (Double($0.offset + 1), $0.element) }
      return panel
    }
    return Figure(name: "time-split", title: "Where one training step spends its time", rows: 1, columns: panels.count, width: 1350, height: 480, panels: panels)
  }
}
