// swift-tools-version:6.0
import PackageDescription

/// The course's exercises, a package of their own so that a learner's unfinished or broken code can never
/// break the course's build or tests.
///
/// - `Exercises` (the chapter folders `01-Neurons/` … `08-Techniques/`): the learner's functions, each
///   starting as `return notImplemented()`.
/// - `Solutions` (`Solutions/`): our reference answers, the same signatures.
/// - `ExerciseKit`: what both use (`notImplemented()`, the autograd node of chapter 05).
/// - `Checks`: the graders. They take the implementations as a table of closures, so the same graders run
///   against either module; `Mutants` holds plausible wrong answers each grader must reject.
/// - `check` and `check-solutions`: the two runners, one source file (`Support/Runner/main.swift`)
///   compiled against the learner's module or against `Solutions`.
let package = Package(
  name: "NeuralCourseExercises",
  products: [
    .executable(name: "check", targets: ["check"]),
    .executable(name: "check-solutions", targets: ["check-solutions"]),
  ],
  dependencies: [
    .package(name: "NeuralCourse", path: "..")
  ],
  targets: [
    .target(
      name: "ExerciseKit",
      path: "Support/ExerciseKit"),
    .target(
      name: "Exercises",
      dependencies: ["ExerciseKit", .product(name: "NeuralKit", package: "NeuralCourse")],
      path: ".",
      exclude: ["Solutions", "Support", "README.md", "catalog.tsv"],
      sources: [
        "01-Neurons", "02-Activations", "03-Losses", "04-Optimizers",
        "05-ForwardBackward", "06-MLP", "07-Efficiency", "08-Techniques",
      ]),
    .target(
      name: "Solutions",
      dependencies: ["ExerciseKit", .product(name: "NeuralKit", package: "NeuralCourse")],
      path: "Solutions"),
    .target(
      name: "Checks",
      dependencies: ["ExerciseKit", .product(name: "NeuralKit", package: "NeuralCourse")],
      path: "Support/Checks",
      resources: [.copy("Fixtures")]),
    .target(
      name: "Mutants",
      dependencies: ["ExerciseKit", "Checks", .product(name: "NeuralKit", package: "NeuralCourse")],
      path: "Support/Mutants"),
    .executableTarget(
      name: "check",
      dependencies: ["Exercises", "Checks"],
      path: "Support/Runner"),
    .executableTarget(
      name: "check-solutions",
      dependencies: ["Solutions", "Checks", "Mutants"],
      path: "Support/SolutionsRunner",
      swiftSettings: [.define("SOLUTIONS")]),
  ]
)
