/// Every exercise, in the order `make check` grades and prints them.
public func exerciseCatalog() -> [Exercise] {
  chapter01Exercises + chapter02Exercises + chapter03Exercises + chapter04Exercises + chapter05Exercises
    + chapter06Exercises + chapter07Exercises + chapter08Exercises
}

/// The chapters' slugs, in order.
public let chapterSlugs = [
  "01-neurons", "02-activations", "03-losses", "04-optimizers", "05-forward-backward", "06-mlp", "07-efficiency",
  "08-techniques",
]
