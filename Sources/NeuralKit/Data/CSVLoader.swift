import Foundation

/// Reads a labelled CSV file: each line holds `featureCount` numbers, then the class label.
///
/// ```
///   x₁,x₂,…,x_d,y        y an integer in 0 ..< classCount
/// ```
/// No header; blank lines at the end are ignored; `\r\n` line ends are accepted. Any other fault is a
/// ``DataError`` naming the file and the 1-based line: a wrong number of fields, a field that is not a
/// finite number, a label that is not an integer in range.
public func loadLabeledCSV(
  at url: URL, featureCount: Int, classCount: Int, name: String
) throws -> Dataset {
  try loadLabeledCSV(text: String(decoding: try readFileBytes(url), as: UTF8.self), path: url.path,
                     featureCount: featureCount, classCount: classCount, name: name)
}

/// The same from the text of a CSV file named `path` (for messages).
public func loadLabeledCSV(
  text: String, path: String, featureCount: Int, classCount: Int, name: String
) throws -> Dataset {
  precondition(featureCount >= 1 && classCount >= 1, "loadLabeledCSV needs featureCount ≥ 1 and classCount ≥ 1")
  // "\r\n" is one Character in Swift, so it is a separator of its own.
  var lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
  while let last = lines.last, last.allSatisfy(\.isWhitespace) { lines.removeLast() }
  var features = [Double]()
  features.reserveCapacity(lines.count * featureCount)
  var labels = [Int]()
  labels.reserveCapacity(lines.count)
  for (index, line) in lines.enumerated() {
    let position = CSVPosition(path: path, line: index + 1)
    let fields = line.split(separator: ",", omittingEmptySubsequences: false)
    guard fields.count == featureCount + 1 else {
      throw position.error(.wrongFieldCount, "\(fields.count) fields, expected \(featureCount + 1)")
    }
    for (column, field) in fields.dropLast().enumerated() {
      features.append(try position.number(field, column: column + 1))
    }
    labels.append(try position.label(fields[featureCount], column: featureCount + 1, classCount: classCount))
  }
  let matrix = Matrix(rows: labels.count, columns: featureCount, storage: features)
  return Dataset(name: name, features: matrix, labels: labels, classCount: classCount)
}

/// A line of a CSV file being parsed, for error messages.
private struct CSVPosition {
  let path: String
  let line: Int

  func error(_ kind: DataError.Kind, _ message: String) -> DataError {
    DataError(kind, path: path, line: line, message: message)
  }

  func number(_ field: Substring, column: Int) throws -> Double {
    let trimmed = field.trimmingCharacters(in: .whitespaces)
    guard let value = Double(trimmed), value.isFinite else {
      throw error(.notANumber, "field \(column) is \"\(field)\", not a finite number")
    }
    return value
  }

  func label(_ field: Substring, column: Int, classCount: Int) throws -> Int {
    let value = try number(field, column: column)
    guard value == value.rounded(), value >= 0, value < Double(classCount) else {
      throw error(.labelOutOfRange, "label \(field) (field \(column)) is not an integer in 0…\(classCount - 1)")
    }
    return Int(value)
  }
}

/// The UCI optical-recognition handwritten digits: 1,797 images of 8×8 pixels, 10 classes.
///
/// The copy that scikit-learn ships (`load_digits`), committed as a resource of this library: no download.
/// Source: UCI Machine Learning Repository, "Optical Recognition of Handwritten Digits", E. Alpaydin &
/// C. Kaynak, 1998, licensed CC BY 4.0. Each pixel counts the "on" pixels of a 4×4 block of a 32×32
/// bitmap, so it lies in 0…16; with `scaled` (the default) the features are divided by 16 into [0, 1].
/// Features are row-major: pixel (r, c) of the image is feature 8·r + c.
public func loadDigits(scaled: Bool = true) throws -> Dataset {
  guard let url = Bundle.module.url(forResource: "digits", withExtension: "csv", subdirectory: "Resources") else {
    throw DataError.missingFile("digits.csv", hint: "the NeuralKit resource bundle lacks it; rebuild the package")
  }
  let raw = try loadLabeledCSV(
    at: url, featureCount: digitsImageSide * digitsImageSide, classCount: 10, name: "digits")
  return scaled ? raw.scalingFeatures(by: 1 / digitsMaximumPixel) : raw
}

/// Side of a digits image in pixels (8×8 = 64 features).
public let digitsImageSide = 8
/// The largest raw digits pixel value: a 4×4 block has 16 pixels.
public let digitsMaximumPixel = 16.0
