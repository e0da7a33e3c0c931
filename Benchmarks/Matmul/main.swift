// Matrix-product speed: GFLOPS = 2·n³ / seconds for the naive (i-j-k), reordered (i-k-j) and blocked
// kernels on random n×n Float64 matrices, best of several repetitions.
//
//   swift run -c release bench-matmul            (or `make bench-matmul`, which adds numpy/OpenBLAS)
//   bench-matmul --sizes 64,512 --seconds 0.5 [--threads 2]
//   bench-matmul --shapes 32x64x64,64x32x10 --seconds 0.5   (m×k·k×n products of a training step, blocked only)
//
// The last line, `blocked 512 GFLOPS`, is read by the Makefile to compare with OpenBLAS.
import Foundation
import NeuralKit
import NotebookKit

/// GFLOPS = 2n³ / (best time) / 10⁹ for n×n matrices with entries uniform in [−1, 1) (chapter 07 measures
/// the same way).
func gflops(_ algorithm: MatmulAlgorithm, n: Int, budget: Double, using generator: inout SeededGenerator) -> Double {
  let a = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
  let b = Matrix.randomUniform(rows: n, columns: n, in: -1..<1, using: &generator)
  return Stopwatch.gflops(operations: 2 * Double(n * n * n), budget: budget) { _ = a.matmul(b, using: algorithm) }
}

/// Sizes above which the naive loop is skipped: at 1024 it runs tens of seconds and teaches nothing new.
let naiveSizeLimit = 512

struct Options {
  var sizes = [32, 64, 128, 256, 512, 1024]
  var shapes: [(m: Int, k: Int, n: Int)] = []
  var seconds = 1.0
  var threads = 1

  static func parse(_ arguments: [String]) -> Options? {
    var options = Options(), rest = arguments[...]
    while let flag = rest.popFirst() {
      switch (flag, rest.popFirst()) {
      case ("--sizes", let list?):
        options.sizes = list.split(separator: ",").compactMap { Int($0) }.filter { $0 > 0 }
      case ("--shapes", let list?):
        options.shapes = list.split(separator: ",").compactMap { shape in
          let sides = shape.split(separator: "x").compactMap { Int($0) }.filter { $0 > 0 }
          return sides.count == 3 ? (sides[0], sides[1], sides[2]) : nil
        }
        options.sizes = []
      case ("--threads", let value?):
        guard let threads = Int(value), threads >= 1 else { return nil }
        options.threads = threads
      case ("--seconds", let value?):
        guard let seconds = Double(value), seconds >= 0 else { return nil }
        options.seconds = seconds
      default: return nil
      }
    }
    return options
  }
}

guard let options = Options.parse(Array(CommandLine.arguments.dropFirst())) else {
  FileHandle.standardError.write(
    Data("usage: bench-matmul [--sizes 32,64,…] [--shapes MxKxN,…] [--seconds S] [--threads T]\n".utf8))
  exit(64)
}
Parallelism.threads = options.threads
var generator = SeededGenerator(seed: 2024)
let columnWidth = 12
func pad(_ text: String) -> String { String(repeating: " ", count: max(0, columnWidth - text.count)) + text }

print("GFLOPS (2n³ / best time), Float64, \(options.threads) thread(s), kernel \(Matrix.productKernelDescription)")
for (m, k, n) in options.shapes {
  let a = Matrix.randomUniform(rows: m, columns: k, in: -1..<1, using: &generator)
  let b = Matrix.randomUniform(rows: k, columns: n, in: -1..<1, using: &generator)
  let gflops = Stopwatch.gflops(operations: 2 * Double(m * n * k), budget: options.seconds) { _ = a.matmul(b) }
  print("blocked \(m)x\(k)x\(n) GFLOPS " + String(format: "%.2f", gflops))
}
print(pad("n") + MatmulAlgorithm.allCases.map { pad($0.rawValue) }.joined())
var blocked512: Double?, lastBlocked: Double?
for n in options.sizes {
  var line = pad("\(n)")
  for algorithm in MatmulAlgorithm.allCases {
    guard algorithm != .naive || n <= naiveSizeLimit else {
      line += pad("—")
      continue
    }
    let gflops = gflops(algorithm, n: n, budget: options.seconds, using: &generator)
    if algorithm == .blocked && n == 512 { blocked512 = gflops }
    if algorithm == .blocked { lastBlocked = gflops }
    line += pad(String(format: "%.2f", gflops))
  }
  print(line)
}
if let blocked512 { print(String(format: "blocked 512 GFLOPS %.3f", blocked512)) }
if let last = options.sizes.last, last != 512, let value = lastBlocked {
  print(String(format: "blocked %d GFLOPS %.3f", last, value))
}
