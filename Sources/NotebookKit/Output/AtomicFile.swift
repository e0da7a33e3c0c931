import Foundation

/// Writes files so that a reader never sees half of one.
public enum AtomicFile {
  /// Writes `text` as UTF-8 to a temporary file beside `url`, then renames it over `url`.
  public static func write(_ text: String, to url: URL) throws {
    try Data(text.utf8).write(to: url, options: .atomic)
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
