import ArgumentParser

// Chapter options name an optimizer or a test function directly: `--optimizer adam --function beale`.
extension OptimizerKind: ExpressibleByArgument {}
extension TestFunction: ExpressibleByArgument {}
