// swift-tools-version:6.0
import PackageDescription

/// A libFuzzer target for NeuralKit's data loaders (IDX images and labels, labelled CSV): every input must
/// give a Dataset or a DataError, never a crash. Built apart from the course, with
/// `-sanitize=fuzzer` (`make fuzz`), because that flag replaces `main` with libFuzzer's driver.
let package = Package(
  name: "NeuralCourseFuzz",
  dependencies: [.package(name: "NeuralCourse", path: "..")],
  targets: [
    .executableTarget(
      name: "fuzz-loaders",
      dependencies: [.product(name: "NeuralKit", package: "NeuralCourse")],
      path: "Sources/FuzzLoaders")
  ]
)
