import NeuralKit
import NotebookKit

/// Trains `model` with the library's loop and returns its history with the seconds spent in the updates
/// alone: the hooks read the clock around each epoch's updates, so evaluations are not counted.
func timedFit(
  _ model: some Trainable, _ train: Dataset, test: Dataset? = nil, settings: TrainingSettings,
  using generator: inout SeededGenerator
) -> (history: TrainingHistory, seconds: Double) {
  let clock = ContinuousClock()
  var seconds = 0.0
  var started = clock.now
  let history = model.fit(
    train, test: test, settings: settings, using: &generator,
    hooks: TrainingHooks(
      updatesWillStart: { _ in started = clock.now },
      updatesDidEnd: { _ in seconds += Stopwatch.seconds(clock.now - started) }))
  return (history, seconds)
}
