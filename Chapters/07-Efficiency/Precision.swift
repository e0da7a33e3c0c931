import Foundation
import NeuralKit
import NotebookKit

/// The digits recipe trained in Float and in Double by the same precision-generic code.
struct PrecisionComparisonSection {
  let settings: EfficiencySettings
  let data: DigitsRecipe

  /// Matrix size for the Float/Double product speed: large enough to leave the L1 cache, quick to run.
  var productSize: Int { settings.quick ? 64 : 256 }

  // MARK: - Float or Double: speed and accuracy

  func run(_ book: Notebook) {
    book.subsection("Float or Double: speed and accuracy")
    book.text("A Double carries 53 significant bits (ε = 2⁻⁵² ≈ 2.2e-16), a Float 24 (ε = 2⁻²³ ≈ 1.2e-7) in half the bytes: twice as many numbers per cache line and per SIMD register (AVX2: 8 floats against 4 doubles). Training needs far less than Float's seven digits — gradient noise from minibatches is larger — so the question is what the halved size buys.")
    book.text("Both runs use `PrecisionNetwork`, one generic implementation of the digits recipe (\(DigitsRecipe.sizes().map(String.init).joined(separator: "-")) ReLU, softmax cross-entropy, Adam lr \(DigitsRecipe.learningRate), batches of \(DigitsRecipe.batchSize), \(settings.trainingEpochs) epochs), from the same initial weights (He, drawn in Double, rounded once for Float) and the same batch order. Its products are the plain i-k-j loop in either type; the library's `Trainer`, with the blocked Double kernel, runs the same recipe alongside.")
    let (network, generator) = data.start()
    let weights = network.denseLayers.map(\.weights.value), biases = network.denseLayers.map(\.bias.value)
    let settings = TrainingSettings(epochs: self.settings.trainingEpochs, batchSize: DigitsRecipe.batchSize)
    let trainer = DigitsRecipe.trainer(network)
    var trainerGenerator = generator
    let trainerSettings = TrainingSettings(epochs: settings.epochs, batchSize: settings.batchSize, evaluatesEveryEpoch: false)
    let trainerSeconds = timedFit(trainer, data.train, settings: trainerSettings, using: &trainerGenerator).seconds
    let trainerTest = trainer.evaluate(data.test), trainerTrain = trainer.evaluate(data.train)
    var runs: [Precision: PrecisionRun] = [:]
    for precision in Precision.allCases {
      var batchGenerator = generator
      runs[precision] = PrecisionComparison.train(precision, weights: weights, biases: biases, learningRate: DigitsRecipe.learningRate,
                                                  train: data.train, test: data.test, settings: settings, using: &batchGenerator)
    }
    guard let float = runs[.float], let double = runs[.double] else { return }
    report(book, float: float, double: double, trainer: (trainerTest, trainerTrain.loss, network.parameters.map(\.value)))
    speed(book, float: float, double: double, trainerSeconds: trainerSeconds, epochs: settings.epochs)
    book.figure(figure(float: float, double: double),
                caption: "Left: test accuracy by epoch in each precision (the curves lie on top of each other). Right: the absolute difference between the two runs' training losses after each epoch, on a log scale.")
  }

  func report(_ book: Notebook, float: PrecisionRun, double: PrecisionRun, trainer: (test: Evaluation, trainLoss: Double, parameters: [Matrix])) {
    let weightGap = maxAbsDifference(float.parameters, double.parameters)
    let trainerGap = maxAbsDifference(double.parameters, trainer.parameters)
    let lossGap = abs((float.history.last?.train.loss ?? 0) - (double.history.last?.train.loss ?? 0))
    for (name, run) in [("float", float), ("double", double)] {
      book.metric("precision.\(name).test_accuracy", run.history.last?.test?.accuracy ?? 0)
      book.metric("precision.\(name).test_loss", run.history.last?.test?.loss ?? 0)
      book.metric("precision.\(name).final_train_loss", run.history.last?.train.loss ?? 0)
    }
    book.metric("precision.trainer.test_accuracy", trainer.test.accuracy ?? 0)
    book.metric("precision.trainer.test_loss", trainer.test.loss)
    book.metric("precision.trainer.final_train_loss", trainer.trainLoss)
    book.metric("precision.float_vs_double.max_abs_weight_difference", weightGap)
    book.metric("precision.float_vs_double.final_train_loss_difference", lossGap)
    book.metric("precision.double_vs_trainer.max_abs_weight_difference", trainerGap)
    let percent = { (e: Evaluation?) in (100 * (e?.accuracy ?? 0)).fixed(2) + " %" }
    book.table(["run", "test accuracy", "test loss", "final train loss"], [
      ["Float (generic)", percent(float.history.last?.test), (float.history.last?.test?.loss ?? 0).fixed(6), (float.history.last?.train.loss ?? 0).fixed(6)],
      ["Double (generic)", percent(double.history.last?.test), (double.history.last?.test?.loss ?? 0).fixed(6), (double.history.last?.train.loss ?? 0).fixed(6)],
      ["Double (Trainer)", percent(trainer.test), trainer.test.loss.fixed(6), trainer.trainLoss.fixed(6)],
    ])
    book.result("Double generic against the library Trainer: largest |ΔW| = \(trainerGap.significant(2)) — the same algorithm, differing only in rounding (the blocked kernel fuses multiply and add).")
    book.result("Float against Double: largest |ΔW| = \(weightGap.significant(2)). Every Float operation rounds at ~1e-7 relative, and Adam magnifies some of it: it divides each gradient by its own running size √v̂, so a parameter whose gradient is nearly zero moves by up to η = 1e-3 per step in a direction set by rounding noise. Such weights drift apart by a few steps' worth; the ones that matter, with large steady gradients, do not: the final training losses differ by \(lossGap.significant(2)), \((100 * lossGap / max(double.history.last?.train.loss ?? 1, .leastNormalMagnitude)).significant(2)) % of their value.")
  }

  func speed(_ book: Notebook, float: PrecisionRun, double: PrecisionRun, trainerSeconds: Double, epochs: Int) {
    var generator = SeededGenerator(seed: data.seed)
    let gflops = Precision.allCases.map { PrecisionComparison.productGFLOPS($0, n: productSize, budget: settings.measurementBudget, using: &generator) }
    let perEpoch = [float.trainSeconds, double.trainSeconds, trainerSeconds].map { $0 / Double(epochs) }
    for (name, seconds) in zip(["float", "double", "trainer"], perEpoch) { book.timing("precision.\(name).seconds_per_epoch", seconds) }
    for (precision, value) in zip(Precision.allCases, gflops) { book.timing("precision.\(precision.rawValue).product_gflops@\(productSize)", value) }
    book.table(["", "Float (generic)", "Double (generic)", "Double (Trainer, blocked kernel)"], [
      ["ms per epoch (\(data.train.count) images)"] + perEpoch.map { (1e3 * $0).fixed(2) },
      ["i-k-j product \(productSize)×\(productSize), GFLOPS", gflops[0].fixed(1), gflops[1].fixed(1), "—"],
    ])
    book.result("Float trains \((perEpoch[1] / perEpoch[0]).fixed(2))× as fast as Double in the same generic code, and its i-k-j product runs \((gflops[0] / gflops[1]).fixed(2))× as fast: each AVX2 instruction does 8 float operations instead of 4 and each cache line brings 16 numbers instead of 8. The digits network is tiny (64×64 weights, batches of 32), so per-step overheads (allocation, softmax, gathering batches) take much of an epoch and the gain is smaller than 2×. The library's Double Trainer with its blocked kernel is a separate comparison: a better algorithm can matter more than a smaller type.")
  }

  func figure(float: PrecisionRun, double: PrecisionRun) -> Figure {
    let epochs = double.history.epochs.map { Double($0.epoch) }
    let accuracy = Panel(title: "test accuracy", xLabel: "epoch", yLabel: "accuracy (%)", key: .bottomRight, layers: [
      .series(Series("Double", x: epochs, y: double.history.testAccuracies.map { 100 * $0 }, color: seriesColors[0], lineWidth: 4)),
      .series(Series("Float", x: epochs, y: float.history.testAccuracies.map { 100 * $0 }, color: seriesColors[1], dashType: 2)),
    ])
    let lossGap = zip(float.history.trainLosses, double.history.trainLosses).map { max(abs($0 - $1), Double.leastNormalMagnitude) }
    let gap = Panel(title: "training loss, Float against Double", xLabel: "epoch", yLabel: "|loss(Float) − loss(Double)|", logY: true, key: .hidden, layers: [
      .series(Series(nil, x: epochs, y: lossGap, style: .linesPoints, color: seriesColors[2], pointType: 7, pointSize: 0.6)),
    ])
    return Figure(name: "precision", title: "Digits recipe in Float and in Double", rows: 1, columns: 2, width: 1200, height: 500, panels: [accuracy, gap])
  }

  func maxAbsDifference(_ a: [Matrix], _ b: [Matrix]) -> Double {
    zip(a, b).map { zip($0.storage, $1.storage).map { abs($0 - $1) }.max() ?? 0 }.max() ?? 0
  }
}
