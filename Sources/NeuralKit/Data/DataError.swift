import Foundation

/// Why a data file could not be loaded.
///
/// Every description starts with the file's path and, where it applies, the position of the fault:
/// `digits.csv:12: …` (1-based line of a CSV file) or `train-labels-idx1-ubyte: byte 8: …` (0-based byte
/// offset in an IDX file), the way compilers report errors, so a learner can open the file at that place.
public struct DataError: Error, CustomStringConvertible, Equatable {
  /// What went wrong.
  public enum Kind: Sendable, Equatable {
    case missingFile, unreadableFile, wrongFieldCount, notANumber, labelOutOfRange
    case badMagicNumber, sizeMismatch, dimensionMismatch
  }

  public let kind: Kind
  /// The file at fault (for a dimension mismatch, the images file).
  public let path: String
  /// 1-based line of a CSV file, when the fault has one.
  public let line: Int?
  /// 0-based byte offset in a binary file, when the fault has one.
  public let byteOffset: Int?
  /// The fault in words, without the position.
  public let message: String

  public init(_ kind: Kind, path: String, line: Int? = nil, byteOffset: Int? = nil, message: String) {
    self.kind = kind
    self.path = path
    self.line = line
    self.byteOffset = byteOffset
    self.message = message
  }

  public var description: String {
    if let line { return "\(path):\(line): \(message)" }
    if let byteOffset { return "\(path): byte \(byteOffset): \(message)" }
    return "\(path): \(message)"
  }

  /// The file does not exist; `hint` says what to do instead.
  static func missingFile(_ path: String, hint: String = "") -> DataError {
    DataError(.missingFile, path: path, message: "no such file" + (hint.isEmpty ? "" : "; \(hint)"))
  }
}

/// The whole content of the file at `url`, or a ``DataError`` naming the file and the operating system's
/// reason: a missing file, a folder, a FIFO or a device ("is not a regular file": reading one could block
/// forever or never end), or a file that cannot be opened or read.
///
/// The size is checked against `limit` before anything is allocated, so a huge file fails with a sentence.
func readFileBytes(_ url: URL, limit: Int = maximumDataFileBytes) throws -> [UInt8] {
  let path = url.path
  var status = stat()
  guard stat(path, &status) == 0 else {
    if errno == ENOENT { throw DataError.missingFile(path) }
    throw DataError(.unreadableFile, path: path, message: "cannot read: \(String(cString: strerror(errno)))")
  }
  guard status.st_mode & S_IFMT == S_IFREG else {
    throw DataError(.unreadableFile, path: path, message: "is not a regular file")
  }
  guard Int(status.st_size) <= limit else {
    throw DataError(.unreadableFile, path: path, message: "is \(status.st_size) bytes, more than the \(limit) a data file may have")
  }
  let descriptor = open(path, O_RDONLY)
  guard descriptor >= 0 else {
    throw DataError(.unreadableFile, path: path, message: "cannot read: \(String(cString: strerror(errno)))")
  }
  defer { close(descriptor) }
  var bytes = [UInt8](repeating: 0, count: Int(status.st_size))
  var done = 0
  while done < bytes.count {
    let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress.map { $0 + done }, $0.count - done) }
    if count < 0 && errno == EINTR { continue }
    guard count > 0 else {
      let reason = count == 0 ? "the file became shorter while it was read" : String(cString: strerror(errno))
      throw DataError(.unreadableFile, path: path, message: "cannot read: \(reason)")
    }
    done += count
  }
  return bytes
}

/// The largest data file the loaders read: 256 MiB, over five times MNIST's training images (47 MB); as
/// Doubles (eight bytes per pixel) that is 2 GiB, about what a learner's machine can spare.
public let maximumDataFileBytes = 1 << 28
