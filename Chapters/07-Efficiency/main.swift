import ArgumentParser
import Foundation
import NeuralKit
import NotebookKit

/// Chapter 07: where the time of training goes, measured on this machine.
///
/// The sections live in the files beside this one, so the entry point is a call at the end of this file
/// rather than `@main`.
struct Efficiency: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ch07-efficiency",
    abstract: "Chapter 07 · Efficiency: matrix-product speed, Float against Double, batch size, the cost of one step.",
    discussion: """
      Measures the matrix product's GFLOPS for three loop orders against the machine's peak, trains the \
      digits recipe in Float and in Double, trains it at five batch sizes, and splits one training step \
      into forward, loss, backward and optimizer. Times go to timings.json and onto the page (a snapshot \
      of this machine); accuracies and losses, which do not depend on the machine, go to results.json.
      """)

  @OptionGroup var chapter: ChapterOptions
  @OptionGroup var settings: EfficiencySettings

  func run() throws {
    try Notebook.run(slug: "07-efficiency", title: "Chapter 07 · Efficiency: making training fast", options: chapter) { book in
      book.section("5", "未来发展趋势与挑战", "Future trends: more efficient algorithms")
      book.text("The source closes by asking for more efficient algorithms: less computation and less data for the same result. Before changing an algorithm, measure where its time goes. This chapter times the pieces of the course's own training loop on the machine that runs it.")
      let machine = MachineSnapshot.current()
      book.result("Machine: \(machine.model), \(machine.cores) logical cores; measured \(machine.date), one thread. Every time on this page is from that run: the page is a snapshot, and a rerun changes its numbers.")
      let data = try DigitsRecipe(seed: chapter.seed)
      MatrixProducts(settings: settings, seed: chapter.seed).run(book, machine: machine)
      PrecisionComparisonSection(settings: settings, data: data).run(book)
      BatchSizes(settings: settings, data: data).run(book)
      StepTimes(settings: settings, data: data).run(book)
      book.tryThis([
        "`--max-n 2048` (about a minute more): do the curves stay flat once each matrix (32 MiB) is far larger than every cache?",
        "`--epochs 60`: do Float and Double still end at the same test accuracy? Watch the loss gap in the precision figure.",
        "`--batch-sizes 2,4,16,64,256,1024`: where does samples per second stop growing on this machine?",
        "`make ch07 PORTABLE=1` builds portable code and runs this chapter with it: without AVX2 and FMA the blocked kernel loses about two thirds of its speed.",
        "Compare with numpy/OpenBLAS and PyTorch on the same machine: `make bench` writes benchmarks.md beside this page.",
      ])
    }
  }
}

Efficiency.main()
