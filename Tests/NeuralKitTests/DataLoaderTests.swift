import Foundation
@testable import NeuralKit
import TestSupport
import Testing

@Suite("Digits CSV loader")
struct DataLoaderTests {
  /// Examples per class 0…9, counted by numpy from scikit-learn 1.9.1's own `digits.csv.gz`
  /// (scripts/reference/digits_counts.py), independently of this loader.
  static let classCounts = [178, 182, 177, 183, 181, 182, 181, 179, 174, 180]
  /// The first two image rows of sample 0 (a zero) and the last row of sample 1796 (an eight), raw 0…16,
  /// printed by the same script.
  static let sample0FirstRows: [Double] = [0, 0, 5, 13, 9, 1, 0, 0, 0, 0, 13, 15, 10, 15, 5, 0]
  static let sample1796LastRow: [Double] = [0, 1, 8, 12, 14, 12, 1, 0]
  /// The sum of every raw pixel, from the same script.
  static let rawPixelSum = 561_718.0

  @Test("the digits load as 1797×64 with labels 0…9 and the known class counts")
  func digitsShapeAndCounts() throws {
    let digits = try loadDigits(scaled: false)
    #expect(digits.features.rows == 1797 && digits.features.columns == 64)
    #expect(digits.classCount == 10 && digits.name == "digits")
    #expect(digits.classCounts == Self.classCounts)
    #expect(digits.features.sum() == Self.rawPixelSum)
  }

  @Test("pixels of the first and last sample match the file")
  func digitsPixels() throws {
    let digits = try loadDigits(scaled: false)
    #expect(Array(digits.features.row(0)[0..<16]) == Self.sample0FirstRows)
    #expect(Array(digits.features.row(1796)[56..<64]) == Self.sample1796LastRow)
    #expect(digits.labels[0] == 0 && digits.labels[1796] == 8)
  }

  @Test("scaled digits are the raw pixels divided by 16, inside [0, 1]")
  func digitsScaled() throws {
    let raw = try loadDigits(scaled: false), scaled = try loadDigits()
    #expect(scaled.features.storage.allSatisfy { (0...1).contains($0) })
    #expect(scaled.features.storage.max() == 1)
    #expect(scaled.features[0, 3] == 13.0 / 16)
    #expect(scaled.labels == raw.labels)
  }

  @Test("one-hot targets have a single 1 in the label's column")
  func oneHotTargets() throws {
    let digits = try loadDigits()
    #expect(digits.targets.columns == 10)
    #expect(digits.targets.sum(over: .columns).storage.allSatisfy { $0 == 1 })
    #expect(digits.targets.sum(over: .rows).storage == Self.classCounts.map(Double.init))
    #expect(oneHot([2, 0], classCount: 3) == Matrix([[0, 0, 1], [1, 0, 0]]))
  }

  // MARK: - Corrupt files

  static func writeCSV(_ text: String) throws -> URL {
    let url = try ChapterProcess.temporaryDirectory("data-csv").appendingPathComponent("bad.csv")
    try text.write(to: url, atomically: true, encoding: .utf8)
    return url
  }

  static func loadError(_ text: String) throws -> DataError? {
    let url = try writeCSV(text)
    do {
      _ = try loadLabeledCSV(at: url, featureCount: 2, classCount: 3, name: "bad")
      return nil
    } catch let error as DataError {
      #expect(error.description.hasPrefix(url.path))
      return error
    }
  }

  @Test(
    "each fault names the file and its line",
    arguments: [
      ("1,2,0\n3,4\n", DataError.Kind.wrongFieldCount, 2, "2 fields, expected 3"),
      ("1,2,0\r\n1,2,0\r\n1,x,2\r\n", .notANumber, 3, "field 2 is \"x\""),
      ("1,nan,0\n", .notANumber, 1, "not a finite number"),
      ("1,2,0\n1,2,3\n", .labelOutOfRange, 2, "label 3"),
      ("1,2,1.5\n", .labelOutOfRange, 1, "not an integer in 0…2"),
      ("1,2,0\n\n1,2,0\n", .wrongFieldCount, 2, "1 fields"),
    ])
  func corruptCSV(text: String, kind: DataError.Kind, line: Int, phrase: String) throws {
    let error = try #require(try Self.loadError(text))
    #expect(error.kind == kind)
    #expect(error.line == line)
    #expect(error.description.contains(":\(line): "))
    #expect(error.description.contains(phrase))
  }

  @Test("a well-formed file with CRLF ends and trailing blank lines loads")
  func wellFormedCSV() throws {
    let url = try Self.writeCSV("1, 2,0\r\n3,4,2\r\n\n\n")
    let set = try loadLabeledCSV(at: url, featureCount: 2, classCount: 3, name: "ok")
    #expect(set.features == Matrix([[1, 2], [3, 4]]))
    #expect(set.labels == [0, 2])
  }

  @Test("a missing file is an error naming it")
  func missingCSV() throws {
    let url = URL(fileURLWithPath: "/nonexistent-folder/digits.csv")
    #expect {
      try loadLabeledCSV(at: url, featureCount: 64, classCount: 10, name: "x")
    } throws: { error in
      (error as? DataError)?.kind == .missingFile
        && String(describing: error) == "/nonexistent-folder/digits.csv: no such file"
    }
  }
}
