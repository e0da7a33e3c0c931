import NeuralKit
import NotebookKit

/// The small problems of the chapter, whose answers are known: XOR and two boundaries (§2.1), then the
/// seed's own example (§4).
struct ToyProblems {
  let seed: UInt64

  /// Noise σ on the teacher's targets: no model can beat σ² on fresh data.
  static let teacherNoise = 0.1

  // MARK: - 4 具体代码实例 · The seed's network, repaired end to end

  func seedExample(_ book: Notebook) {
    book.section("4", "具体代码实例", "Code example: the seed's 10-5-1 network, repaired end to end")
    book.text("The article's network, with every repair of chapter 05: a separate teacher network makes the targets, the output is linear, the gradient is that of the mean squared error. Training now uses minibatches of 32 and Adam (lr 0.01) for 200 epochs on 500 examples; 500 fresh examples test it.")
    book.formula("y = teacher(x) + ε,  ε ~ N(0, σ²),  σ = 0.1;   ŷ = σ(x·W₁ + b₁)·W₂ + b₂;   L = mean (ŷ − y)²",
                 tex: #"y = \mathrm{teacher}(x) + \varepsilon,\ \varepsilon \sim \mathcal N(0, \sigma^2);\quad \hat y = \sigma(x W_1 + b_1) W_2 + b_2;\quad L = \tfrac1n \sum (\hat y - y)^2"#)
    var generator = SeededGenerator(seed: seed)
    let noise = Self.teacherNoise
    let train = Dataset.teacherRegression(count: 500, noise: noise, using: &generator)
    let test = Dataset.teacherRegression(count: 500, noise: noise, using: &generator)
    let network = Sequential.multilayerPerceptron(sizes: [10, 5, 1], activation: .sigmoid, initializer: .xavier, using: &generator)
    let trainer = Trainer(network: network, loss: MeanSquaredErrorLoss(), optimizer: Adam(learningRate: 0.01))
    let history = trainer.fit(train, test: test, settings: TrainingSettings(epochs: 200, batchSize: 32), using: &generator)
    let final = history.last?.train.loss ?? .nan, testLoss = history.last?.test?.loss ?? .nan
    let baseline = test.targets.map { $0 - test.targets.mean() }.map { $0 * $0 }.mean()
    book.table(["", "MSE"], [
      ["predict the mean (no model)", baseline.fixed(4)],
      ["trained, training set", final.fixed(4)],
      ["trained, test set", testLoss.fixed(4)],
      ["noise floor σ²", (noise * noise).fixed(4)],
    ])
    book.metric("seed_example.final_loss", final)
    book.metric("seed_example.test_loss", testLoss)
    book.metric("seed_example.baseline_loss", baseline)
    book.result("test MSE \(testLoss.fixed(4)) against the noise floor σ² = \((noise * noise).fixed(4)): the student has found the teacher. Sigmoid units can copy the teacher's tanh units exactly, since tanh(z) = 2σ(2z) − 1.")
    var figure = Figures.curves("seed-loss", history: history)
    figure.panels[0].title = "The seed's 10-5-1 network on a teacher's targets (MSE)"
    figure.panels[0].annotations = [.horizontalLine(y: noise * noise, label: "noise floor σ² = 0.01")]
    book.figure(figure, caption: "Mean squared error by epoch on the training and test sets; the dashed line is the noise floor no model can beat on fresh data.")
  }

  // MARK: - 2.1 神经网络 · One hidden layer solves XOR

  func xor(_ book: Notebook) {
    book.section("2.1", "神经网络", "Neural networks: one hidden layer solves XOR")
    book.text("Chapter 01's perceptron draws one straight line, and no line separates XOR's classes. A hidden layer of 8 tanh units bends the boundary: 2-8-2, softmax cross-entropy, Adam (lr 0.05), all four points in every batch, 300 epochs.")
    var generator = SeededGenerator(seed: seed)
    let data = Dataset.xor()
    let network = Sequential.multilayerPerceptron(sizes: [2, 8, 2], activation: .tanh, initializer: .xavier, using: &generator)
    let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.05))
    let history = trainer.fit(data, settings: TrainingSettings(epochs: 300, batchSize: 4), using: &generator)
    let probabilities = softmax(trainer.predict(data.features)).column(1)
    book.table(["x₁", "x₂", "x₁ ⊕ x₂", "P(class 1)"], (0..<4).map {
      [data.features[$0, 0].fixed(0), data.features[$0, 1].fixed(0), "\(data.labels[$0])", probabilities[$0].fixed(4)]
    })
    let final = history.last?.train
    book.metric("xor.final_loss", final?.loss ?? .nan)
    book.metric("xor.accuracy", final?.accuracy ?? 0)
    book.result("loss \((final?.loss ?? .nan).significant(3)), \(Int((final?.accuracy ?? 0) * 4)) of 4 points right (the perceptron of chapter 01 gets at most 3)")
    let region = DecisionRegion(network: network, classCount: 2, x: -0.5...1.5, y: -0.5...1.5, resolution: 81)
    book.figure(Figures.boundary("xor-boundary", title: "XOR: P(class 1) of a 2-8-2 tanh network", region: region, data: data, pointSize: 2.5),
                caption: "The trained network's probability of class 1 over the plane (orange: class 1, blue: class 0) with the four XOR points: two bands, which no single line can draw.")
  }

  // MARK: - 2.1 神经网络 · Decision boundaries

  func boundaries(_ book: Notebook) {
    book.section("2.1", "神经网络", "Neural networks: decision boundaries on two moons and spirals")
    book.text("Two sets no line can split, 80 % for training and 20 % held out. Both networks use ReLU, He initialization, Adam (lr 0.01) and minibatches of 32.")
    var generator = SeededGenerator(seed: seed)
    let moons = Dataset.twoMoons(count: 1000, noise: 0.2, using: &generator)
    let spirals = Dataset.spirals(pointsPerClass: 300, noise: 0.2, using: &generator)
    var rows: [[String]] = []
    for (key, data, hidden, epochs) in [("moons", moons, [32, 32], 60), ("spirals", spirals, [64, 64], 150)] {
      let split = data.split(trainFraction: 0.8, using: &generator)
      let sizes = [2] + hidden + [data.classCount]
      let network = Sequential.multilayerPerceptron(sizes: sizes, activation: .relu, initializer: .he, using: &generator)
      let trainer = Trainer(network: network, loss: SoftmaxCrossEntropyLoss(), optimizer: Adam(learningRate: 0.01))
      let history = trainer.fit(split.train, test: split.test, settings: TrainingSettings(epochs: epochs, batchSize: 32), using: &generator)
      let (train, test) = (history.last?.train.accuracy ?? 0, history.last?.test?.accuracy ?? 0)
      book.metric("\(key).train_accuracy", train)
      book.metric("\(key).test_accuracy", test)
      rows.append([data.name, sizes.map(String.init).joined(separator: "-"), "\(epochs)", (100 * train).fixed(1) + " %", (100 * test).fixed(1) + " %"])
      let bounds = DecisionRegion.bounds(of: data.features, margin: 0.3)
      let region = DecisionRegion(network: network, classCount: data.classCount, x: bounds.x, y: bounds.y, resolution: 80)
      let what = data.classCount == 2 ? "P(class 1)" : "predicted class"
      book.figure(Figures.boundary("\(key)-boundary", title: "\(data.name): \(what), \(sizes.map(String.init).joined(separator: "-")) ReLU network", region: region, data: data, height: data.classCount == 2 ? 600 : 720),
                  caption: "\(data.name): the trained network's \(what) over the plane, with every point (training and test) in its class's colour.")
    }
    book.table(["data", "network", "epochs", "train accuracy", "test accuracy"], rows)
  }
}
