/// IDX files (MNIST's format) built by hand from the format description, for loader and chapter tests.
public enum IDXFile {
  /// Two zero bytes, the type byte (0x08: unsigned bytes), the number of dimensions, each size as a
  /// 32-bit big-endian word, then the elements.
  public static func bytes(dimensions: [Int], elements: [UInt8], typeByte: UInt8 = 0x08) -> [UInt8] {
    var bytes: [UInt8] = [0, 0, typeByte, UInt8(dimensions.count)]
    for size in dimensions {
      bytes += [UInt8(size >> 24 & 0xFF), UInt8(size >> 16 & 0xFF), UInt8(size >> 8 & 0xFF), UInt8(size & 0xFF)]
    }
    return bytes + elements
  }
}
