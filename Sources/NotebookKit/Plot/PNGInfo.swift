import Foundation

/// The header facts of a PNG file, read from its signature and IHDR chunk.
public struct PNGInfo: Equatable, Sendable {
  public let width: Int
  public let height: Int

  /// The eight bytes every PNG starts with.
  public static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  /// The twelve bytes every complete PNG ends with: the IEND chunk (length 0, type, its CRC).
  public static let end: [UInt8] = [0, 0, 0, 0, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]

  public init(width: Int, height: Int) {
    self.width = width
    self.height = height
  }

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

  /// Why the file at `url` is not a complete PNG of `width`×`height` pixels, or `nil` when it is: the
  /// signature, the IHDR chunk with that size, and the IEND chunk at the very end (a truncated write —
  /// a full disk, a killed gnuplot — has a good header and no end).
  public static func problem(at url: URL, width: Int, height: Int) -> String? {
    guard let data = FileManager.default.contents(atPath: url.path) else { return "missing" }
    guard let info = PNGInfo(data: data) else { return "not a PNG (\(data.count) bytes)" }
    guard info == PNGInfo(width: width, height: height) else {
      return "\(info.width)×\(info.height) pixels, expected \(width)×\(height)"
    }
    guard data.count >= 8 + 25 + end.count, [UInt8](data.suffix(end.count)) == end else {
      return "truncated (no IEND chunk at its end, \(data.count) bytes)"
    }
    return nil
  }
}
