import Foundation
import NeuralKit
import NotebookKit

/// Samples per second and accuracy of the digits recipe at several batch sizes.
struct BatchSizes {
  let settings: EfficiencySettings
  let data: DigitsRecipe

  // MARK: - Batch size: throughput against progress per sample

  func run(_ book: Notebook) {
    book.subsection("Batch size: throughput against progress per sample")
    let epochs = settings.trainingEpochs
    book.text("A larger minibatch turns many small products into a few large ones, which run closer to the kernel's peak, and pays the per-step costs (optimizer pass, allocation) fewer times. But each update then averages more examples, and an epoch holds fewer updates. Every run below sees the same number of samples — \(epochs) epochs of \(data.train.count) images — with the library Trainer, the same initial weights, Adam at lr \(DigitsRecipe.learningRate).")
    var rows: [[String]] = [], speeds: [Double] = [], accuracies: [Double] = []
    for batchSize in settings.batchSizes.values {
      let start = data.start()
      var generator = start.generator
      let trainer = DigitsRecipe.trainer(start.network)
      let settings = TrainingSettings(epochs: epochs, batchSize: batchSize, evaluatesEveryEpoch: false)
      let seconds = timedFit(trainer, data.train, settings: settings, using: &generator).seconds
      let test = trainer.evaluate(data.test), updates = epochs * ((data.train.count + batchSize - 1) / batchSize)
      let samplesPerSecond = Double(epochs * data.train.count) / seconds
      book.metric("batch.b\(batchSize).test_accuracy", test.accuracy ?? 0)
      book.metric("batch.b\(batchSize).test_loss", test.loss)
      book.metric("batch.b\(batchSize).updates", Double(updates))
      book.timing("batch.b\(batchSize).samples_per_second", samplesPerSecond)
      rows.append(["\(batchSize)", "\(updates)", samplesPerSecond.fixed(0), (100 * (test.accuracy ?? 0)).fixed(2) + " %", test.loss.fixed(4)])
      speeds.append(samplesPerSecond)
      accuracies.append(test.accuracy ?? 0)
    }
    book.table(["batch size", "updates", "samples / s", "test accuracy", "test loss"], rows)
    book.result("Throughput rises with the batch size until the products are large enough to run near the kernel's speed; accuracy after a fixed number of samples falls once the batches are so large that too few updates remain — \(settings.trainingEpochs) epochs at the largest batch size are only \(rows.last?[1] ?? "?") steps of length ≈ η. Time to a given accuracy is the product of the two effects; batches of 32–128 are the usual compromise.")
    book.figure(figure(speeds: speeds, accuracies: accuracies),
                caption: "Left: training samples per second (log–log). Right: test accuracy after \(epochs) epochs at each batch size (log x).")
  }

  func figure(speeds: [Double], accuracies: [Double]) -> Figure {
    let sizes = settings.batchSizes.values.map(Double.init)
    let speed = Panel(title: "throughput", xLabel: "batch size", yLabel: "samples per second", logX: true, logY: true, key: .hidden, layers: [
      .series(Series(nil, x: sizes, y: speeds, style: .linesPoints, color: seriesColors[0], pointType: 7)),
    ])
    let accuracy = Panel(title: "test accuracy after the same samples", xLabel: "batch size", yLabel: "test accuracy (%)", logX: true, key: .hidden, layers: [
      .series(Series(nil, x: sizes, y: accuracies.map { 100 * $0 }, style: .linesPoints, color: seriesColors[1], pointType: 7)),
    ])
    return Figure(name: "batch-size", title: "Digits recipe at different batch sizes", rows: 1, columns: 2, width: 1200, height: 500, panels: [speed, accuracy])
  }
}
