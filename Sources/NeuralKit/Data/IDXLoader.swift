import Foundation

/// Reads the IDX files MNIST is distributed in (LeCun, Cortes & Burges, http://yann.lecun.com/exdb/mnist/).
///
/// ```
///   byte 0–1   0x00 0x00
///   byte 2     0x08                    element type: unsigned byte
///   byte 3     D                       number of dimensions (images 3, labels 1)
///   byte 4…    D sizes, 32-bit big-endian: n (, rows, columns)
///   then       n·rows·columns bytes, row-major
/// ```
/// Plain files only (gunzip the downloads first). Any fault is a ``DataError`` naming the file and the
/// byte offset: a bad magic number, a size that is zero or too large, a file shorter or longer than its
/// header promises, a label out of range. Every header field is checked against the file's length before
/// anything is allocated, so a corrupt header cannot ask for terabytes.
struct IDXArray {
  /// The sizes from the header, `[n, rows, columns]` for images.
  let dimensions: [Int]
  /// The elements, row-major.
  let elements: ArraySlice<UInt8>
  /// Bytes before the first element (the offset of element 0 in the file).
  let headerSize: Int

  /// The element type code for unsigned bytes, the only type MNIST uses.
  static let unsignedByteType: UInt8 = 0x08

  /// Parses `bytes` (the contents of the file at `path`), which must hold unsigned bytes in
  /// `dimensionCount` dimensions.
  init(bytes: [UInt8], path: String, dimensionCount: Int) throws {
    let expectedMagic = UInt32(IDXArray.unsignedByteType) << 8 | UInt32(dimensionCount)
    guard bytes.count >= 4 else {
      throw IDXArray.sizeError(path, expected: 4, actual: bytes.count, what: "magic number")
    }
    let magic = IDXArray.bigEndianWord(bytes, at: 0)
    guard magic == expectedMagic else {
      throw DataError(
        .badMagicNumber, path: path, byteOffset: 0,
        message: "magic number \(IDXArray.hex(magic)), expected \(IDXArray.hex(expectedMagic)) (unsigned bytes "
          + "in \(dimensionCount) dimension\(dimensionCount == 1 ? "" : "s")); is it an IDX file, and unzipped?")
    }
    headerSize = 4 + 4 * dimensionCount
    guard bytes.count >= headerSize else {
      throw IDXArray.sizeError(path, expected: headerSize, actual: bytes.count, what: "header")
    }
    dimensions = (0..<dimensionCount).map { Int(IDXArray.bigEndianWord(bytes, at: 4 + 4 * $0)) }
    // Each size is below 2³²; their product is checked for overflow and against the file's own length
    // before it is trusted, so 0xFFFFFFFF × 0xFFFFFFFF is a message, not a crash.
    var elementCount = 1
    for (index, size) in dimensions.enumerated() {
      let (product, overflow) = elementCount.multipliedReportingOverflow(by: size)
      guard !overflow, product <= bytes.count else {
        let shape = dimensions.map(String.init).joined(separator: "×")
        throw DataError(
          .sizeMismatch, path: path, byteOffset: 4 + 4 * index,
          message: "the header promises \(shape) elements, more than the file's \(bytes.count) bytes hold")
      }
      elementCount = product
    }
    let expected = headerSize + elementCount
    guard bytes.count == expected else {
      let shape = dimensions.map(String.init).joined(separator: "×")
      throw IDXArray.sizeError(path, expected: expected, actual: bytes.count, what: "header + \(shape) elements")
    }
    elements = bytes[headerSize...]
  }

  /// Parses the file at `url`.
  init(contentsOf url: URL, dimensionCount: Int) throws {
    try self.init(bytes: try readFileBytes(url), path: url.path, dimensionCount: dimensionCount)
  }

  private static func bigEndianWord(_ bytes: [UInt8], at offset: Int) -> UInt32 {
    bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) }
  }

  private static func hex(_ word: UInt32) -> String {
    let digits = String(word, radix: 16)
    return "0x" + String(repeating: "0", count: 8 - digits.count) + digits
  }

  private static func sizeError(_ path: String, expected: Int, actual: Int, what: String) -> DataError {
    let problem = actual < expected ? "truncated" : "trailing bytes"
    return DataError(
      .sizeMismatch, path: path, byteOffset: min(expected, actual),
      message: "\(problem): expected \(expected) bytes (\(what)), file has \(actual)")
  }
}

/// The images of an IDX3 file as an n×(rows·columns) matrix, each pixel divided by 255 into [0, 1].
public func loadIDXImages(at url: URL) throws -> Matrix {
  try idxImages(IDXArray(contentsOf: url, dimensionCount: 3), path: url.path)
}

/// The images of IDX3 bytes (the contents of a file named `path`, for messages).
public func loadIDXImages(bytes: [UInt8], path: String) throws -> Matrix {
  try idxImages(IDXArray(bytes: bytes, path: path, dimensionCount: 3), path: path)
}

private func idxImages(_ array: IDXArray, path: String) throws -> Matrix {
  let (count, rows, columns) = (array.dimensions[0], array.dimensions[1], array.dimensions[2])
  guard count > 0 else { throw DataError(.dimensionMismatch, path: path, byteOffset: 4, message: "holds no images") }
  guard rows > 0, columns > 0 else {
    throw DataError(.dimensionMismatch, path: path, byteOffset: 8, message: "its images are \(rows)×\(columns) pixels")
  }
  let pixels = array.elements.map { Double($0) / idxMaximumPixel }
  return Matrix(rows: count, columns: rows * columns, storage: pixels)
}

/// The labels of an IDX1 file; each must lie in 0 ..< classCount.
public func loadIDXLabels(at url: URL, classCount: Int = 10) throws -> [Int] {
  try idxLabels(IDXArray(contentsOf: url, dimensionCount: 1), path: url.path, classCount: classCount)
}

/// The labels of IDX1 bytes (the contents of a file named `path`, for messages).
public func loadIDXLabels(bytes: [UInt8], path: String, classCount: Int = 10) throws -> [Int] {
  try idxLabels(IDXArray(bytes: bytes, path: path, dimensionCount: 1), path: path, classCount: classCount)
}

private func idxLabels(_ array: IDXArray, path: String, classCount: Int) throws -> [Int] {
  try array.elements.enumerated().map { index, byte in
    guard Int(byte) < classCount else {
      throw DataError(
        .labelOutOfRange, path: path, byteOffset: array.headerSize + index,
        message: "label \(byte) of example \(index) is outside 0…\(classCount - 1)")
    }
    return Int(byte)
  }
}

/// An images file and a labels file as one classification ``Dataset``; their counts must agree.
public func loadIDXDataset(images: URL, labels: URL, name: String, classCount: Int = 10) throws -> Dataset {
  let features = try loadIDXImages(at: images)
  let classes = try loadIDXLabels(at: labels, classCount: classCount)
  guard features.rows == classes.count else {
    throw DataError(
      .dimensionMismatch, path: images.path,
      message: "\(features.rows) images but \(labels.path) has \(classes.count) labels")
  }
  return Dataset(name: name, features: features, labels: classes, classCount: classCount)
}

/// MNIST from the four plain IDX files in `directory`: 60,000 training and 10,000 test images of 28×28
/// pixels scaled to [0, 1], labels 0…9.
///
/// Accepts the names `train-images-idx3-ubyte` (as on LeCun's page) and `train-images.idx3-ubyte` (as in
/// several mirrors), likewise for `train-labels`, `t10k-images` and `t10k-labels`. A missing file is a
/// ``DataError`` naming the path looked for (and saying so when only the `.gz` download is there).
public func loadMNIST(directory: URL) throws -> (train: Dataset, test: Dataset) {
  func file(_ stem: String, _ kind: String) throws -> URL {
    let candidates = ["\(stem)-\(kind)", "\(stem).\(kind)"].map { directory.appendingPathComponent($0) }
    if let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0.path) }) { return found }
    let zipped = candidates.first { FileManager.default.fileExists(atPath: $0.path + ".gz") }
    let hint = zipped.map { "found \($0.lastPathComponent).gz: unzip it with `gunzip`" }
      ?? "also looked for \(candidates[1].lastPathComponent)"
    throw DataError.missingFile(candidates[0].path, hint: hint)
  }
  let train = try loadIDXDataset(
    images: try file("train-images", "idx3-ubyte"), labels: try file("train-labels", "idx1-ubyte"),
    name: "mnist-train")
  let testImages = try file("t10k-images", "idx3-ubyte")
  let test = try loadIDXDataset(images: testImages, labels: try file("t10k-labels", "idx1-ubyte"), name: "mnist-test")
  guard test.featureCount == train.featureCount else {
    throw DataError(
      .dimensionMismatch, path: testImages.path,
      message: "its images have \(test.featureCount) pixels, the training images \(train.featureCount)")
  }
  return (train, test)
}

/// The largest IDX pixel value (unsigned byte).
public let idxMaximumPixel = 255.0
