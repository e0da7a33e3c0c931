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

/// The whole content of the file at `url`, or a ``DataError`` naming the file.
func readFileBytes(_ url: URL) throws -> Data {
  guard FileManager.default.fileExists(atPath: url.path) else { throw DataError.missingFile(url.path) }
  do {
    return try Data(contentsOf: url)
  } catch {
    throw DataError(.unreadableFile, path: url.path, message: "cannot read: \(readableDescription(of: error))")
  }
}
