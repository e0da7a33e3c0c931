// swift-tools-version:6.0
import Foundation
import PackageDescription

// MARK: - Target CPU

/// Compiler settings that let the matrix-product kernel use AVX2 and fused multiply-add on x86-64.
///
/// Swift has no per-function target attributes and no runtime dispatch between instruction sets, so the
/// choice is made for the whole NeuralKit module when it is compiled. Measured on an AMD EPYC (Zen 4),
/// 512×512 Float64 product, GFLOPS: baseline x86-64 (SSE2) 11–14; AVX2 without FMA 29; AVX2 + FMA 34–46;
/// AVX-512 (`-target-cpu znver4` or `skylake-avx512`) 42–43, no better; OpenBLAS 0.3.31 one thread 50.
///
/// - `-Xcc -mavx2 -Xcc -mfma` reaches Swift code too: Swift takes its LLVM target features from the
///   Clang importer. (`-target-cpu x86-64-v3` is rejected by this toolchain's Clang importer.)
/// - They are added only when the manifest runs on a Linux x86-64 machine whose /proc/cpuinfo lists
///   both avx2 and fma, so the package still builds and runs on older x86-64 machines (baseline code,
///   and the kernel then multiplies and adds separately), and arm64 never sees them (NEON and its fused
///   multiply-add are part of the baseline there). The tradeoff: a binary built here runs only on
///   machines with AVX2 and FMA, like one built with `-march=native`.
///   `NEURALKIT_PORTABLE=1 swift build --scratch-path .build-portable` (a fresh folder: SwiftPM may reuse
///   an earlier evaluation of this manifest) builds baseline code anyway (512×512 blocked: 14 GFLOPS).
/// - `NEURALKIT_FMA` tells the kernel that `addingProduct` is one instruction, not a libm call.
/// - `-Xcc -fno-math-errno` (every platform): `Double.squareRoot()` goes through a C shim that, by C's
///   rules, must set errno for a negative input, so each √ becomes a compare, a branch and a possible libm
///   call, and loops with √ (Adam's update) stay scalar. Without errno, √ is one vector instruction; its
///   results are unchanged (IEEE √ is correctly rounded either way), and nothing here reads errno.
/// `unsafeFlags` are accepted here because this package is built as the root package.
let vectorSettings: [SwiftSetting] = [.unsafeFlags(["-Xcc", "-fno-math-errno"])] + {
  #if arch(x86_64) && os(Linux)
    let environment = ProcessInfo.processInfo.environment
    guard environment["NEURALKIT_PORTABLE"] == nil,
      let cpuinfo = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8),
      let flags = cpuinfo.split(separator: "\n").first(where: { $0.hasPrefix("flags") })
    else { return [] }
    let features = Set(flags.split(separator: " "))
    guard features.contains("avx2"), features.contains("fma") else { return [] }
    return [.unsafeFlags(["-Xcc", "-mavx2", "-Xcc", "-mfma"]), .define("NEURALKIT_FMA")]
  #else
    return []
  #endif
}()

let package = Package(
  name: "NeuralCourse",
  products: [
    .library(name: "NeuralKit", targets: ["NeuralKit"]),
    .executable(name: "ch01-neurons", targets: ["ch01-neurons"]),
    .executable(name: "ch02-activations", targets: ["ch02-activations"]),
    .executable(name: "ch03-losses", targets: ["ch03-losses"]),
    .executable(name: "ch04-optimizers", targets: ["ch04-optimizers"]),
    .executable(name: "ch05-forward-backward", targets: ["ch05-forward-backward"]),
    .executable(name: "ch06-mlp", targets: ["ch06-mlp"]),
    .executable(name: "ch07-efficiency", targets: ["ch07-efficiency"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
  ],
  targets: [
    // MARK: - Library

    .target(
      name: "NeuralKit",
      dependencies: [.product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Sources/NeuralKit",
      resources: [.copy("Data/Resources")],
      swiftSettings: vectorSettings),

    // MARK: - Benchmarks

    .executableTarget(
      name: "bench-matmul",
      dependencies: ["NeuralKit"],
      path: "Benchmarks/Matmul"),
    .executableTarget(
      name: "bench-mlp",
      dependencies: ["NeuralKit"],
      path: "Benchmarks/MLP"),
    .executableTarget(
      name: "bench-epoch",
      dependencies: ["NeuralKit"],
      path: "Benchmarks/Epoch"),

    // MARK: - Chapters

    .executableTarget(
      name: "ch01-neurons",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/01-Neurons"),
    .executableTarget(
      name: "ch02-activations",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/02-Activations"),
    .executableTarget(
      name: "ch03-losses",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/03-Losses"),
    .executableTarget(
      name: "ch04-optimizers",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/04-Optimizers"),
    .executableTarget(
      name: "ch05-forward-backward",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/05-ForwardBackward"),
    .executableTarget(
      name: "ch06-mlp",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/06-MLP"),
    .executableTarget(
      name: "ch07-efficiency",
      dependencies: ["NeuralKit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
      path: "Chapters/07-Efficiency"),

    // MARK: - Tests

    .target(
      name: "TestSupport",
      path: "Tests/TestSupport"),
    .testTarget(
      name: "NeuralKitTests",
      dependencies: [
        "NeuralKit", "TestSupport", .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      path: "Tests/NeuralKitTests",
      resources: [.copy("Fixtures")]),
    .testTarget(
      name: "ChapterTests",
      dependencies: ["NeuralKit", "TestSupport"],
      path: "Tests/ChapterTests",
      resources: [.copy("Fixtures")]),
  ]
)
