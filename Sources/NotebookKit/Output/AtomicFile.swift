import Foundation

/// Writes files so that a reader never sees half of one.
public enum AtomicFile {
  /// Writes `text` as UTF-8 to a temporary file beside `url`, then renames it over `url`. Failures name the
  /// file and the operating system's reason ("No space left on device").
  public static func write(_ text: String, to url: URL) throws {
    let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).writing-\(getpid())")
    func failure(_ what: String) -> NotebookError {
      let reason = String(cString: strerror(errno))
      unlink(temporary.path)
      return NotebookError("cannot \(what) \(url.path): \(reason)")
    }
    let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard descriptor >= 0 else { throw failure("create") }
    var bytes = Array(text.utf8), written = 0
    while written < bytes.count {
      let count = bytes.withUnsafeMutableBytes { Foundation.write(descriptor, $0.baseAddress.map { $0 + written }, $0.count - written) }
      if count < 0 && errno == EINTR { continue }
      guard count > 0 else {
        close(descriptor)
        throw failure("write")
      }
      written += count
    }
    guard close(descriptor) == 0 else { throw failure("write") }
    guard rename(temporary.path, url.path) == 0 else { throw failure("write") }
  }
}

extension AtomicFile {
  /// `mkdir -p`: creates `url` and any missing parents, failing with the operating system's reason
  /// ("Not a directory", "Permission denied") and the path that could not be made.
  public static func createDirectories(at url: URL) throws {
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else { throw NotebookError("\(url.path) exists and is not a folder") }
      return
    }
    let parent = url.deletingLastPathComponent()
    if parent.path != url.path { try createDirectories(at: parent) }
    guard mkdir(url.path, 0o755) == 0 || errno == EEXIST else {
      throw NotebookError("cannot create folder \(url.path): \(String(cString: strerror(errno)))")
    }
  }
}
