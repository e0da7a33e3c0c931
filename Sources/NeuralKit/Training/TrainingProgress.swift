import Foundation

/// The terminal line a training run updates after each epoch: epoch, loss, accuracy and time left.
///
/// ```
///   digits epoch 12/30 (40%) loss 0.0712 · train 98.1% · test 97.2% · 0.4 s left
/// ```
/// Time left is the mean epoch time so far times the epochs to go. Silent when stdout is not a terminal
/// (``ProgressLine``).
public struct TrainingProgress {
  private let line: ProgressLine
  private let totalEpochs: Int
  private let started = Date()

  public init(_ label: String, epochs: Int) {
    line = ProgressLine(label + " epoch")
    totalEpochs = epochs
  }

  public func update(_ record: EpochRecord) {
    let elapsed = Date().timeIntervalSince(started)
    let left = elapsed / Double(record.epoch) * Double(totalEpochs - record.epoch)
    var parts = ["loss \(record.train.loss.significant(4))"]
    if let accuracy = record.train.accuracy { parts.append("train \((100 * accuracy).fixed(1))%") }
    if let accuracy = record.test?.accuracy { parts.append("test \((100 * accuracy).fixed(1))%") }
    parts.append("\(left.fixed(1)) s left")
    line.update(record.epoch, of: totalEpochs, detail: parts.joined(separator: " · "))
  }

  public func finish() { line.finish() }
}
