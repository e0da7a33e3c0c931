import Foundation

/// The header facts of a PNG file, read from its signature and IHDR chunk.
public struct PNGInfo: Equatable, Sendable {
  public let width: Int
  public let height: Int

  /// The eight bytes every PNG starts with.
  public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

  /// Reads the size from `data`, or `nil` when it is not a PNG.
  ///
  /// Layout: signature (8 bytes), then the IHDR chunk: length (4), type "IHDR" (4), width (4, big-endian),
  /// height (4, big-endian), …
  public init?(data: Data) {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, Array(bytes[0..<8]) == PNGInfo.signature,
      String(decoding: bytes[12..<16], as: UTF8.self) == "IHDR"
    else { return nil }
    func bigEndian(_ offset: Int) -> Int {
      bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
    }
    width = bigEndian(16)
    height = bigEndian(20)
  }

  /// Reads the PNG at `url`, or `nil` when it is missing or not a PNG.
  public init?(contentsOf url: URL) {
    guard let data = try? Data(contentsOf: url) else { return nil }
    self.init(data: data)
  }
}
