import Foundation

/// What an interrupted chapter must undo: the process groups of the children it started (gnuplot) and
/// the staging folders it was writing.
final class RunningChildren: @unchecked Sendable {
  static let shared = RunningChildren()
  private let lock = NSLock()
  private var groups: Set<pid_t> = []
  private var staging: Set<String> = []
  private var signalled = false

  /// Set by a signal handler before it cleans up and exits.
  var interrupted: Bool {
    get { lock.withLock { signalled } }
    set { lock.withLock { signalled = newValue } }
  }

  func add(_ group: pid_t) { lock.withLock { _ = groups.insert(group) } }
  func remove(_ group: pid_t) { lock.withLock { _ = groups.remove(group) } }
  func addStaging(_ folder: URL) { lock.withLock { _ = staging.insert(folder.path) } }
  func removeStaging(_ folder: URL) { lock.withLock { _ = staging.remove(folder.path) } }

  /// Kills every child group and removes every staging folder.
  func cleanUp() {
    let (groups, folders) = lock.withLock { (self.groups, self.staging) }
    for group in groups {
      kill(-group, SIGKILL)
      kill(group, SIGKILL)
    }
    for folder in folders {
      // Moved aside first, so a write still in flight on the main thread cannot recreate files in it.
      let aside = folder + ".removing"
      let path = rename(folder, aside) == 0 ? aside : folder
      for _ in 0..<3 where FileManager.default.fileExists(atPath: path) { try? FileManager.default.removeItem(atPath: path) }
    }
  }
}

/// How a chapter answers signals (the chapter contract): SIGINT and SIGTERM stop gnuplot with its process
/// group, remove the staging folder and exit 130 or 143, leaving the previous output as it was; SIGPIPE
/// (stdout closed by `| head`) is ignored, so a closed pipe never stops the files from being written.
public enum Interruption {
  nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

  /// Installs the handlers (once per process).
  public static func install() {
    guard sources.isEmpty else { return }
    signal(SIGPIPE, SIG_IGN)
    for signalNumber in [SIGINT, SIGTERM] {
      signal(signalNumber, SIG_IGN)  // delivered to the dispatch source instead of killing the process
      let source = DispatchSource.makeSignalSource(signal: signalNumber, queue: .global(qos: .userInteractive))
      source.setEventHandler {
        RunningChildren.shared.interrupted = true
        RunningChildren.shared.cleanUp()
        _exit(128 + signalNumber)
      }
      source.resume()
      sources.append(source)
    }
  }

  /// Called on the way out of a failure: when a signal handler is cleaning up (and the failure is only
  /// gnuplot dying from the handler's kill), waits for the handler to exit with the signal's status
  /// instead of reporting an error of its own.
  public static func yieldToSignalHandler() {
    while RunningChildren.shared.interrupted { pause() }
  }
}
