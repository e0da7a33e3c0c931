import NeuralKit
import Testing

@testable import ch05_forward_backward

/// Chapter 05's own code: the repaired listing shown on the page runs what the repair table runs.
@Suite("Chapter 05 code")
struct Chapter05CodeTests {
  @Test("the plainly written repaired program gives the losses of the program with all six repairs", arguments: [UInt64(42), 7])
  func repairedListing(seed: UInt64) {
    let program = SeedProgram()
    #expect(program.repaired(seed: seed) == program.run(repairs: .all, seed: seed).losses)
  }
}
