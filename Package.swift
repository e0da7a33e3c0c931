// swift-tools-version:6.0
import Foundation
import PackageDescription

// The course: an engine (NeuralKit), a notebook toolkit (NotebookKit), the chapters that use both, the
// benchmarks and the tests. NeuralKit depends on nothing but the standard library and Foundation, so
// another package can depend on it by version; NotebookKit knows nothing of neural networks. Neither
// library carries compiler flags of its own: the Makefile passes the host's vector flags on the command
// line (scripts/swift-flags.sh), and a plain `swift build` gives portable code.

let argumentParser = Target.Dependency.product(name: "ArgumentParser", package: "swift-argument-parser")

/// A chapter executable `chNN-slug` built from `Chapters/NN-Name`; its lesson templates (`Lesson*.md`) are
/// read at run time, not compiled.
func chapter(_ name: String, _ folder: String) -> Target {
  let path = "Chapters/\(folder)"
  let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(path)
  let lessons = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? [])
    .filter { $0.hasPrefix("Lesson") && $0.hasSuffix(".md") }.sorted()
  return .executableTarget(
    name: name, dependencies: ["NeuralKit", "NotebookKit", argumentParser], path: path, exclude: lessons)
}

let chapters: [(name: String, folder: String)] = [
  ("ch01-neurons", "01-Neurons"), ("ch02-activations", "02-Activations"), ("ch03-losses", "03-Losses"),
  ("ch04-optimizers", "04-Optimizers"), ("ch05-forward-backward", "05-ForwardBackward"), ("ch06-mlp", "06-MLP"),
  ("ch07-efficiency", "07-Efficiency"), ("ch08-techniques", "08-Techniques"),
]

let package = Package(
  name: "NeuralCourse",
  products: [
    .library(name: "NeuralKit", targets: ["NeuralKit"]),
    .library(name: "NotebookKit", targets: ["NotebookKit"]),
  ] + chapters.map { .executable(name: $0.name, targets: [$0.name]) },
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // MARK: - Engine

    .target(
      name: "NeuralKit",
      path: "Sources/NeuralKit",
      resources: [.copy("Data/Resources")]),

    // MARK: - Notebook

    .target(
      name: "NotebookKit",
      dependencies: ["CSystem", argumentParser],
      path: "Sources/NotebookKit"),
    .target(name: "CSystem", path: "Sources/CSystem"),

    // MARK: - Benchmarks

    .executableTarget(name: "bench-matmul", dependencies: ["NeuralKit", "NotebookKit"], path: "Benchmarks/Matmul"),
    .executableTarget(name: "bench-mlp", dependencies: ["NeuralKit", "NotebookKit"], path: "Benchmarks/MLP"),
    .executableTarget(name: "bench-epoch", dependencies: ["NeuralKit", "NotebookKit"], path: "Benchmarks/Epoch"),

    // MARK: - Tests

    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(
      name: "NeuralKitTests",
      dependencies: ["NeuralKit", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based")],
      path: "Tests/NeuralKitTests",
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "NotebookKitTests",
      dependencies: ["NotebookKit", "TestSupport"],
      path: "Tests/NotebookKitTests"),
    .testTarget(
      name: "ChapterTests",
      dependencies: ["NeuralKit", "NotebookKit", "TestSupport"] + chapters.map { .target(name: $0.name) },
      path: "Tests/ChapterTests",
      resources: [.copy("Fixtures")]),
  ] + chapters.map { chapter($0.name, $0.folder) }
)
