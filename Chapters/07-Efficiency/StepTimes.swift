import Foundation
import NeuralKit

/// One training step cut into forward, loss, backward and optimizer.
struct StepTimes {
  let settings: EfficiencySettings
  let data: DigitsSetup

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
    book.text("Each phase of `Trainer.step` timed with the monotonic clock (`ContinuousClock`), summed over many steps after a few warm-up steps, divided by the number of steps. Two shapes: the digits recipe (64-64-10, batches of 32) and an MNIST-sized 784-256-10 network with batches of 128 on random pixels; the second once more with the first layer's input gradient switched off (`Sequential.computesInputGradient = false`).")
    let profiles = configurations().map { ($0, StepProfile.measure($0.trainer, batches: $0.batches, steps: $0.steps)) }
    var rows: [[String]] = []
    for (configuration, profile) in profiles {
      for (phase, seconds) in profile.phases { book.timing("step.\(configuration.key).\(phase)_seconds", seconds) }
      book.timing("step.\(configuration.key).total_seconds", profile.total)
      rows.append([configuration.label] + profile.phases.map { "\((1e6 * $0.seconds).fixed(1)) (\((100 * $0.seconds / profile.total).fixed(0)) %)" } + [(1e6 * profile.total).fixed(1)])
    }
    book.table(["network, batch", "forward µs", "loss µs", "backward µs", "optimizer µs", "step µs"], rows)
    book.text("Backward costs about twice the forward pass: each layer needs two products (Xᵀ·δ for the weights and δ·Wᵀ for the layer below) where forward needs one. The first layer's δ·Wᵀ is the gradient with respect to the data, which nothing uses; skipping it saves a third of the backward pass when the input is 784 pixels wide. The optimizer is not free either: Adam reads and writes four numbers per parameter (θ, g, m, v) with a square root and two divisions, once per step whatever the batch size, so small batches pay it more often per sample. The loss (a softmax over 10 logits) is negligible on the wide network; on the digits network every phase takes only tens of microseconds, and fixed costs per call — allocating result matrices, going through the `Layer` protocol, short loops over 10 columns — become a visible share.")
    book.figure(figure(profiles.map { ($0.0.label, $0.1) }),
                caption: "Microseconds per training step by phase, for each network and batch size (note the different scales).")
  }

  func configurations() -> [Configuration] {
    let digits = data.start()
    var generator = SeededGenerator(seed: data.seed)
    let steps = settings.profileSteps
    let wideData = Dataset.randomClassification(count: 128 * 8, features: 784, classes: 10, using: &generator)
    let wide = { (skipInputGradient: Bool, generator: inout SeededGenerator) -> Trainer in
      let network = Sequential.multilayerPerceptron(sizes: [784, 256, 10], activation: .relu, initializer: .he, using: &generator)
      network.computesInputGradient = !skipInputGradient
      return DigitsSetup.trainer(network)
    }
    return [
      Configuration(key: "digits", label: "64-64-10, batch 32", trainer: DigitsSetup.trainer(digits.network),
                    batches: data.train.batches(of: DigitsSetup.batchSize), steps: steps.digits),
      Configuration(key: "mnist_shape", label: "784-256-10, batch 128", trainer: wide(false, &generator),
                    batches: wideData.batches(of: 128), steps: steps.wide),
      Configuration(key: "mnist_shape_no_input_gradient", label: "784-256-10, batch 128, no ∂L/∂X", trainer: wide(true, &generator),
                    batches: wideData.batches(of: 128), steps: steps.wide),
    ]
  }

  func figure(_ profiles: [(label: String, profile: StepProfile)]) -> Figure {
    // The optimizer of every configuration is Adam; its shorter name keeps the four tic labels apart.
    let phases = StepProfile().phases.map { $0.name == "optimizer" ? "Adam" : $0.name }
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
