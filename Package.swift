// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "NeuralCourse",
  products: [
    .library(name: "NeuralKit", targets: ["NeuralKit"]),
    .executable(name: "ch01-neurons", targets: ["ch01-neurons"]),
    .executable(name: "ch04-optimizers", targets: ["ch04-optimizers"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
  ],
  targets: [
    // MARK: - Library

    .target(
      name: "NeuralKit",
      dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Sources/NeuralKit"),

    // MARK: - Chapters

    .executableTarget(
      name: "ch01-neurons",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/01-Neurons"),
    .executableTarget(
      name: "ch04-optimizers",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/04-Optimizers"),

    // MARK: - Tests

    .target(
      name: "TestSupport",
      path: "Tests/TestSupport"),
    .testTarget(
      name: "NeuralKitTests",
      dependencies: ["NeuralKit", "TestSupport"],
      path: "Tests/NeuralKitTests",
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ChapterTests",
      dependencies: ["NeuralKit", "TestSupport"],
      path: "Tests/ChapterTests",
      resources: [.copy("Fixtures")]),
  ]
)
