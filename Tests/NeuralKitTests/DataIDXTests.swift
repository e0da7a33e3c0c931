import Foundation
import NeuralKit
import TestSupport
import Testing

@Suite("IDX and MNIST loaders")
struct DataIDXTests {
  static func idxBytes(dimensions: [Int], elements: [UInt8], typeByte: UInt8 = 0x08) -> [UInt8] {
    IDXFile.bytes(dimensions: dimensions, elements: elements, typeByte: typeByte)
  }

  /// Three 2×3 images with known pixels and their labels.
  static let pixels: [UInt8] = [0, 255, 51, 102, 0, 0, 1, 2, 3, 4, 5, 6, 255, 255, 255, 0, 0, 0]
  static let labels: [UInt8] = [7, 0, 9]
  static var imageFile: [UInt8] { idxBytes(dimensions: [3, 2, 3], elements: pixels) }
  static var labelFile: [UInt8] { idxBytes(dimensions: [3], elements: labels) }

  static func write(_ files: [String: [UInt8]]) throws -> URL {
    let folder = try ChapterProcess.temporaryDirectory("data-idx")
    for (name, bytes) in files { try Data(bytes).write(to: folder.appendingPathComponent(name)) }
    return folder
  }

  /// The error `body` throws, which must be a ``DataError`` whose description starts with `path`.
  static func dataError(path: URL, _ body: () throws -> Void) -> DataError? {
    do {
      try body()
    } catch let error as DataError {
      #expect(error.description.hasPrefix(path.path))
      return error
    } catch {
      Issue.record("unexpected error \(error)")
    }
    return nil
  }

  @Test("images and labels written by hand read back, pixels scaled by 1/255")
  func roundTrip() throws {
    let folder = try Self.write(["i": Self.imageFile, "l": Self.labelFile])
    let set = try loadIDXDataset(
      images: folder.appendingPathComponent("i"), labels: folder.appendingPathComponent("l"), name: "tiny")
    #expect(set.features.rows == 3 && set.features.columns == 6)
    #expect(set.features.row(0) == [0, 1, 0.2, 0.4, 0, 0])  // 51/255 = 0.2 and 102/255 = 0.4 exactly rounded
    #expect(set.features.storage == Self.pixels.map { Double($0) / 255 })
    #expect(set.labels == [7, 0, 9] && set.classCount == 10)
  }

  @Test("sizes above 255 are read as big-endian words")
  func bigEndianSizes() throws {
    let count = 300  // 0x0000012C: needs two bytes
    let folder = try Self.write(["l": Self.idxBytes(dimensions: [count], elements: .init(repeating: 4, count: count))])
    let labels = try loadIDXLabels(at: folder.appendingPathComponent("l"))
    #expect(labels.count == count && labels.allSatisfy { $0 == 4 })
  }

  @Test("a bad magic number is reported at byte 0")
  func badMagic() throws {
    // A labels file (1 dimension) where an images file (3 dimensions) is expected.
    let folder = try Self.write(["i": Self.labelFile, "z": [0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0]])
    for name in ["i", "z"] {
      let url = folder.appendingPathComponent(name)
      let error = try #require(Self.dataError(path: url) { _ = try loadIDXImages(at: url) })
      #expect(error.kind == .badMagicNumber && error.byteOffset == 0)
      #expect(error.description.contains("expected 0x00000803"))
    }
  }

  @Test(
    "a file shorter or longer than its header promises names both sizes",
    arguments: [
      (Array(imageFile.dropLast(3)), "truncated: expected 34 bytes (header + 3×2×3 elements), file has 31", 31),
      (imageFile + [9], "trailing bytes: expected 34 bytes (header + 3×2×3 elements), file has 35", 34),
      (Array(imageFile.prefix(10)), "truncated: expected 16 bytes (header), file has 10", 10),
      ([0, 0], "truncated: expected 4 bytes (magic number), file has 2", 2),
    ])
  func sizeMismatch(bytes: [UInt8], message: String, offset: Int) throws {
    // The image file is 16 header bytes + 18 pixels = 34 bytes.
    let folder = try Self.write(["images": bytes])
    let url = folder.appendingPathComponent("images")
    let error = try #require(Self.dataError(path: url) { _ = try loadIDXImages(at: url) })
    #expect(error.kind == .sizeMismatch)
    #expect(error.description == "\(url.path): byte \(offset): \(message)")
  }

  @Test("a label outside 0…9 is reported at its byte offset")
  func labelOutOfRange() throws {
    let folder = try Self.write(["l": Self.idxBytes(dimensions: [3], elements: [1, 2, 12])])
    let url = folder.appendingPathComponent("l")
    let error = try #require(Self.dataError(path: url) { _ = try loadIDXLabels(at: url) })
    // Header 4 + 4 bytes, then label index 2: byte 10.
    #expect(error.kind == .labelOutOfRange && error.byteOffset == 10)
    #expect(error.description.contains("label 12 of example 2"))
  }

  @Test("images and labels files of different lengths name both files")
  func dimensionMismatch() throws {
    let folder = try Self.write(["i": Self.imageFile, "l": Self.idxBytes(dimensions: [2], elements: [1, 2])])
    let images = folder.appendingPathComponent("i"), labels = folder.appendingPathComponent("l")
    let error = try #require(Self.dataError(path: images) {
      _ = try loadIDXDataset(images: images, labels: labels, name: "x")
    })
    #expect(error.kind == .dimensionMismatch)
    #expect(error.description == "\(images.path): 3 images but \(labels.path) has 2 labels")
  }

  @Test("MNIST loads from a folder with either spelling of the file names")
  func mnistFolder() throws {
    let folder = try Self.write([
      "train-images-idx3-ubyte": Self.imageFile, "train-labels.idx1-ubyte": Self.labelFile,
      "t10k-images.idx3-ubyte": Self.idxBytes(dimensions: [1, 2, 3], elements: [0, 0, 0, 255, 255, 255]),
      "t10k-labels-idx1-ubyte": Self.idxBytes(dimensions: [1], elements: [5]),
    ])
    let (train, test) = try loadMNIST(directory: folder)
    #expect(train.count == 3 && test.count == 1)
    #expect(train.name == "mnist-train" && test.name == "mnist-test")
    #expect(test.features.storage == [0, 0, 0, 1, 1, 1] && test.labels == [5])
  }

  @Test("a missing MNIST file is named, with a hint when only the .gz download is there")
  func mnistMissing() throws {
    let folder = try Self.write(["train-images-idx3-ubyte.gz": [0x1F, 0x8B]])
    let expected = folder.appendingPathComponent("train-images-idx3-ubyte")
    let error = try #require(Self.dataError(path: expected) { _ = try loadMNIST(directory: folder) })
    #expect(error.kind == .missingFile)
    #expect(error.description.contains("gunzip"))
    let empty = try Self.write([:])
    let plain = try #require(Self.dataError(path: empty.appendingPathComponent("train-images-idx3-ubyte")) {
      _ = try loadMNIST(directory: empty)
    })
    #expect(plain.description.contains("also looked for train-images.idx3-ubyte"))
  }

  @Test("hostile headers are refused with a sentence before anything is allocated", arguments: [
    ([0xFFFF_FFFF, 0xFFFF_FFFF, 0xFFFF_FFFF], "more than the file's"),  // 2⁹⁶ elements: an overflow before
    ([1, 0xFFFF_FFFF, 2], "more than the file's"),
    ([0, 28, 28], "holds no images"),
    ([2, 0, 0], "0×0 pixels"),
  ])
  func hostileHeaders(dimensions: [Int], message: String) throws {
    let elements = dimensions.reduce(1) { $0.multipliedReportingOverflow(by: $1).partialValue } == 0 ? [] : [UInt8](repeating: 1, count: 4)
    let folder = try Self.write(["i": Self.idxBytes(dimensions: dimensions, elements: elements)])
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = Self.dataError(path: folder.appendingPathComponent("i")) {
      _ = try loadIDXImages(at: folder.appendingPathComponent("i"))
    }
    #expect(error?.description.contains(message) == true, "\(String(describing: error))")
  }

  @Test("a folder, a FIFO or a device is not a regular file, said in those words")
  func notRegularFiles() throws {
    let folder = try ChapterProcess.temporaryDirectory("data-idx")
    defer { try? FileManager.default.removeItem(at: folder) }
    let fifo = folder.appendingPathComponent("fifo")
    #expect(mkfifo(fifo.path, 0o644) == 0)
    for url in [folder, fifo, URL(fileURLWithPath: "/dev/zero")] {
      let error = Self.dataError(path: url) { _ = try loadIDXImages(at: url) }
      #expect(error?.description == "\(url.path): is not a regular file")
    }
  }

  @Test("MNIST whose test images differ in size from the training images is refused")
  func mismatchedImageSizes() throws {
    let folder = try Self.write([
      "train-images-idx3-ubyte": Self.imageFile, "train-labels-idx1-ubyte": Self.labelFile,
      "t10k-images-idx3-ubyte": Self.idxBytes(dimensions: [1, 2, 2], elements: [1, 2, 3, 4]),
      "t10k-labels-idx1-ubyte": Self.idxBytes(dimensions: [1], elements: [3]),
    ])
    defer { try? FileManager.default.removeItem(at: folder) }
    let error = Self.dataError(path: folder.appendingPathComponent("t10k-images-idx3-ubyte")) { _ = try loadMNIST(directory: folder) }
    #expect(error?.description.contains("4 pixels, the training images 6") == true, "\(String(describing: error))")
  }
}
