import Foundation
import NeuralKit
import TestSupport
import Testing

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A chapter run measured by the kernel: the child's own CPU time and peak resident memory (wait4).
struct MeasuredRun {
  let status: Int32
  let cpuSeconds: Double
  let wallSeconds: Double
  let maxResidentMegabytes: Double

  /// Runs `executable arguments…` with stdout and stderr discarded.
  static func run(_ executable: URL, _ arguments: [String]) -> MeasuredRun? {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    for descriptor in [STDOUT_FILENO, STDERR_FILENO] {
      posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", O_WRONLY, 0)
    }
    let argv = ([executable.path] + arguments).map { strdup($0) } + [nil]
    defer { for pointer in argv { free(pointer) } }
    var pid = pid_t()
    let started = Date()
    guard posix_spawn(&pid, executable.path, &actions, nil, argv, environ) == 0 else { return nil }
    var status: Int32 = 0, usage = rusage()
    guard wait4(pid, &status, 0, &usage) == pid else { return nil }
    let seconds = { (t: timeval) in Double(t.tv_sec) + Double(t.tv_usec) / 1e6 }
    #if os(Linux)
      let kilobytesPerUnit = 1.0  // Linux reports ru_maxrss in kilobytes
    #else
      let kilobytesPerUnit = 1.0 / 1024  // macOS in bytes
    #endif
    return MeasuredRun(
      status: (status >> 8) & 0xff, cpuSeconds: seconds(usage.ru_utime) + seconds(usage.ru_stime),
      wallSeconds: Date().timeIntervalSince(started),
      maxResidentMegabytes: Double(usage.ru_maxrss) * kilobytesPerUnit / 1024)
  }
}

/// Runs `ch08-techniques` at the default seed (rendered, measured) and at two other seeds, and checks its
/// results.json against torch, binomial bounds and what the page says.
@Suite("Chapter 08 · Training techniques", .serialized)
struct Chapter08Tests {
  static let directory = try? ChapterProcess.temporaryDirectory("ch08-techniques")
  static let measured = directory.flatMap {
    MeasuredRun.run(ChapterProcess.productsDirectory.appendingPathComponent("ch08-techniques"), ["--out", $0.path])
  }
  static let otherSeeds = [7, 2024].map { seed in
    (seed, ChapterRun.start("ch08-techniques", ["--seed", "\(seed)", "--no-render"]))
  }

  /// The default run's metrics, read with JSONDecoder: JSONSerialization (ChapterProcess.metrics) can
  /// misread the last bit of a number such as 0.010000000000000002, and the schedules compare exactly.
  func metrics() throws -> [String: Double] {
    struct Results: Decodable { let metrics: [String: Double] }
    let run = try #require(Self.measured)
    try #require(run.status == 0, "ch08-techniques exited \(run.status)")
    let file = try #require(Self.directory).appendingPathComponent("results.json")
    return try JSONDecoder().decode(Results.self, from: Data(contentsOf: file)).metrics
  }

  /// torch's values for the chapter's keys (scripts/reference/batchnorm_schedules.py).
  static func torch() throws -> [String: Double] {
    struct Fixture: Decodable { let metrics: [String: Double] }
    let url = try #require(
      Bundle.module.url(forResource: "torch-chapter08", withExtension: "json", subdirectory: "Fixtures"))
    return try JSONDecoder().decode(Fixture.self, from: Data(contentsOf: url)).metrics
  }

  /// torch computes BatchNorm in another order of operations: a few ulps of order-one values.
  static let batchNormTolerance = 1e-12
  /// The schedules are the same operations in the same order, with the same libm cos: equal bits (one ulp
  /// of slack for a platform whose cos rounds differently).
  static let scheduleTolerance = 2.3e-16

  @Test("the BatchNorm worked example (training step, gradients, running statistics, evaluation) matches torch")
  func batchNormExample() throws {
    let m = try metrics(), torch = try Self.torch()
    let keys = torch.keys.filter { $0.hasPrefix("batchnorm.example.") }
    #expect(keys.count == 12 + 12 + 12 + 4 * 3)
    for key in keys {
      let value = try #require(m[key], "\(key) missing")
      let reference = try #require(torch[key])
      #expect(isClose(value, reference, relative: Self.batchNormTolerance, absolute: Self.batchNormTolerance), "\(key)")
    }
  }

  @Test("the learning rates of StepLR, CosineAnnealingLR and ExponentialLR equal torch's get_last_lr()")
  func schedules() throws {
    let m = try metrics(), torch = try Self.torch()
    let keys = torch.keys.filter { $0.hasPrefix("schedule.") }
    #expect(keys.count == 5 + 4 + 3)
    for key in keys {
      #expect(isClose(try #require(m[key]), try #require(torch[key]), relative: Self.scheduleTolerance), "\(key)")
    }
    // Closed forms, as a second oracle.
    #expect(isClose(try #require(m["schedule.step.lr_at_65"]), 0.1 * 0.1 * 0.1, relative: 1e-15))
    #expect(isClose(try #require(m["schedule.cosine.lr_at_50"]), 0.001 + 0.099 / 2, relative: 1e-14))
    #expect(isClose(try #require(m["schedule.exponential.lr_at_20"]), 0.1 * pow(0.95, 20), relative: 1e-14))
  }

  /// A binomial count lies within 5 standard deviations of its mean with probability 1 − 6e-7.
  static let binomialSigmas = 5.0

  @Test("dropout on 10⁶ ones: the mean and the fraction of zeros lie within binomial bounds")
  func dropout() throws {
    let m = try metrics(), n = 1e6, p = 0.5
    let zeros = try #require(m["dropout.zero_fraction"]), mean = try #require(m["dropout.mean"])
    #expect(abs(zeros - p) <= Self.binomialSigmas * (p * (1 - p) / n).squareRoot())
    // Every output is 0 or 1/(1 − p) = 2: the mean is 2·(1 − zero fraction), exactly.
    #expect(mean == 2 * (1 - zeros))
  }

  /// Each run's gaps: none, weight decay, dropout, early stopping.
  func gaps(_ m: [String: Double]) throws -> [Double] {
    try ["none", "weight_decay", "dropout", "early_stopping"].map { try #require(m["overfit.\($0).gap"]) }
  }

  @Test("overfitting: without regularization the gap is the largest, at the default seed and at two others")
  func gapsOrdered() throws {
    var all = [(42, try metrics())]
    for (seed, run) in Self.otherSeeds { all.append((seed, try #require(run).successfulMetrics())) }
    for (seed, m) in all {
      let g = try gaps(m)
      #expect(g[0] > g[1] && g[0] > g[2] && g[0] > g[3], "seed \(seed): gaps \(g)")
      // The unregularized network fits every training label, the wrong ones included.
      #expect(m["overfit.none.train_accuracy"] == 1, "seed \(seed)")
      // The gap is the difference of the two accuracies it is made of.
      let train = try #require(m["overfit.none.train_accuracy"])
      let validation = try #require(m["overfit.none.validation_accuracy"])
      let difference = train - validation
      #expect(isClose(g[0], difference, relative: 1e-15), "seed \(seed)")
    }
  }

  @Test("early stopping stops `patience` epochs after the epoch it keeps, which has the lowest validation loss")
  func earlyStopping() throws {
    let m = try metrics()
    let stopped = try #require(m["overfit.early_stopping.epoch"])
    let best = try #require(m["overfit.early_stopping.best_epoch"])
    let epochs = try #require(m["overfit.epochs"])
    #expect(stopped == best + 10 && stopped < epochs)
    let kept = try #require(m["overfit.early_stopping.validation_loss"])
    let none = try #require(m["overfit.none.validation_loss"])
    #expect(kept < none)
  }

  @Test("weight decay, as the page says: not every wrong label fitted, a lower validation loss at the end")
  func weightDecay() throws {
    let m = try metrics()
    let train = try #require(m["overfit.weight_decay.train_accuracy"])
    let decayed = try #require(m["overfit.weight_decay.validation_loss"])
    let none = try #require(m["overfit.none.validation_loss"])
    #expect(train < 1 && decayed < none)
  }

  @Test("eight sigmoid layers learn with BatchNorm; without, the loss stays near ln 10 (a uniform guess)")
  func deepNetworks() throws {
    let m = try metrics()
    let with = try #require(m["batchnorm.deep.with.loss_at_epoch_5"])
    let without = try #require(m["batchnorm.deep.without.loss_at_epoch_5"])
    #expect(with < 0.5 * log(10))
    #expect(abs(without - log(10)) < 0.05)
    let accuracy = try #require(m["batchnorm.deep.with.validation_accuracy"])
    #expect(accuracy > 0.9)
  }

  @Test("schedules: every run within a few validation images; the fastest decay ends with the highest training loss")
  func scheduleTraining() throws {
    let m = try metrics(), names = ["constant", "step", "cosine", "exponential", "warmup"]
    let accuracies = try names.map { try #require(m["schedule.\($0).validation_accuracy"]) }
    let losses = try names.map { try #require(m["schedule.\($0).final_train_loss"]) }
    #expect((accuracies.max() ?? 0) - (accuracies.min() ?? 0) <= 5.0 / 360 + 1e-12)
    #expect(losses[3] == losses.max() && losses[0] == losses.min())  // as the page reads them
  }

  @Test("the search beats torch's defaults on validation, and its best configuration scores ≥ 97 % on the test set")
  func search() throws {
    let m = try metrics()
    let best = try #require(m["search.best.validation_accuracy"])
    let defaults = try #require(m["search.default.validation_accuracy"])
    #expect(best >= defaults)
    let test = try #require(m["search.best.test_accuracy"])
    #expect(test >= 0.97)
    #expect(abs(test * 360 - (test * 360).rounded()) < 1e-9)  // a whole number of the 360 test images
    let lr = try #require(m["search.best.learning_rate"]), decay = try #require(m["search.best.weight_decay"])
    #expect((1e-4..<1e-1).contains(lr) && (1e-4..<1).contains(decay))
  }

  @Test("the whole chapter, figures included, takes under 20 s of CPU and under 200 MB resident")
  func limits() throws {
    let run = try #require(Self.measured)
    #expect(run.status == 0)
    #expect(run.cpuSeconds < 20, "CPU \(run.cpuSeconds) s, wall \(run.wallSeconds) s")
    #expect(run.maxResidentMegabytes < 200, "\(run.maxResidentMegabytes) MB")
  }
}
