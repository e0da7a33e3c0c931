import Foundation

/// How many threads NeuralKit's large matrix products may use: 1 unless asked (every measurement of the
/// course is one thread unless a page says otherwise), like `OPENBLAS_NUM_THREADS` for numpy.
///
/// A product of at least ``MatmulKernel/parallelLimit`` multiply-adds per thread is cut into bands of
/// C, one per thread (Dispatch's `concurrentPerform`); smaller ones run on the calling thread, since a
/// second core costs more to wake than it saves. Each element of C is summed by one thread in the same
/// order whatever the count, so results are bit for bit the same with 1 thread or 2. Introduced in
/// chapter 07 (`--threads N`).
public enum Parallelism {
  /// Threads a large product may use, at least 1; setting it affects products started afterwards.
  public static var threads: Int {
    get { setting.value }
    set { setting.value = max(1, newValue) }
  }

  /// The machine's logical cores, the most that can run at once.
  public static var availableCores: Int { ProcessInfo.processInfo.activeProcessorCount }

  private static let setting = LockedCount(1)

  /// An integer read and written under a lock, so any thread may change the setting.
  private final class LockedCount: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Int

    init(_ value: Int) { stored = value }

    var value: Int {
      get { lock.withLock { stored } }
      set { lock.withLock { stored = newValue } }
    }
  }
}

extension Matrix {
  /// Multiply-adds each thread must get before a product is split across threads (``Parallelism``).
  public static var parallelProductLimit: Int { MatmulKernel.parallelLimit }
}
