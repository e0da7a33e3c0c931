import Foundation
import NeuralKit
import NotebookKit

/// The matrix product at three levels of care, against the machine's peak.
struct MatrixProducts {
  let settings: EfficiencySettings
  let seed: UInt64

  /// What each loop is called on the page and in timings.json.
  static let names: [MatmulAlgorithm: (label: String, key: String)] = [
    .naive: ("naive i-j-k loop", "naive"), .reordered: ("reordered i-k-j loop", "reordered"), .blocked: ("blocked SIMD kernel", "fast"),
  ]

  // MARK: - Matrix products: from a triple loop to the machine's peak

  func run(_ book: Notebook, machine: MachineSnapshot) {
    book.subsection("Matrix products: from a triple loop to the machine's peak")
    book.text("Almost all the arithmetic of training is matrix products: X·W forward, Xᵀ·δ and δ·Wᵀ backward. The same 2n³ operations run at very different speeds depending on the order memory is read in and how many numbers each instruction handles.")
    book.formula("C[i,j] = Σₖ A[i,k]·B[k,j],   2n³ flops;   GFLOPS = 2n³ / (seconds · 10⁹)",
                 tex: #"C_{ij} = \sum_k A_{ik} B_{kj}, \qquad \text{GFLOPS} = \frac{2n^3}{t \cdot 10^9}"#)
    let peak = describePeak(book, machine.processor)
    var generator = SeededGenerator(seed: seed)
    var curves: [MatmulAlgorithm: [(n: Int, gflops: Double)]] = [:]
    for n in settings.sizes {
      for algorithm in MatmulAlgorithm.allCases where algorithm != .naive || n <= settings.naiveLimit {
        let gflops = MatmulSpeed.gflops(algorithm, n: n, budget: settings.measurementBudget, using: &generator)
        curves[algorithm, default: []].append((n, gflops))
        book.timing("matmul.\(Self.names[algorithm]?.key ?? algorithm.rawValue)_gflops@\(n)", gflops)
      }
    }
    let rows = settings.sizes.map { n in
      ["\(n)"] + MatmulAlgorithm.allCases.map { algorithm in curves[algorithm]?.first { $0.n == n }.map { $0.gflops.fixed(2) } ?? "—" }
    }
    book.table(["n"] + MatmulAlgorithm.allCases.map { "\(Self.names[$0]?.label ?? $0.rawValue) (GFLOPS)" }, rows)
    explain(book, curves: curves, peak: peak)
    book.figure(figure(curves, peak: peak),
                caption: "Matrix-product speed against size n (log–log), Float64, one thread, best of repeated runs; the dashed line is the single-core peak computed above.")
  }

  func describePeak(_ book: Notebook, _ processor: ProcessorDescription?) -> MachinePeak? {
    guard let processor else {
      book.result("The processor's clock is not readable here (no /proc/cpuinfo), so no peak is drawn.")
      return nil
    }
    let peak = processor.singleCoreDoublePeak
    book.timing("matmul.peak_gflops", peak.gflops)
    book.timing("machine.clock_ghz", processor.clockGHz)
    book.formula("peak = cores × lanes × 2 × FMA units × clock = \(peak.cores) × \(peak.lanes) × 2 × \(peak.fmaUnits) × \(processor.clockGHz.fixed(3)) GHz = \(peak.gflops.fixed(1)) GFLOPS",
                 tex: #"\text{peak} = \text{cores} \times \text{lanes} \times 2 \times \text{FMA units} \times f = "# + "\(peak.cores) \\times \(peak.lanes) \\times 2 \\times \(peak.fmaUnits) \\times \(processor.clockGHz.fixed(3))\\,\\text{GHz} = \(peak.gflops.fixed(1))\\,\\text{GFLOPS}")
    book.text("One core; 4 lanes because an AVX2 register holds four doubles (a 512-bit AVX-512 register holds eight, but many cores, AMD's Zen 4 among them, execute it as two 256-bit halves); ×2 because a fused multiply-add is two operations; 2 FMA units per core is an assumption that holds for Intel cores since Haswell and AMD cores since Zen 2, since /proc/cpuinfo does not say. The clock is \(processor.clockSource == .maximumFrequency ? "the maximum frequency from /sys/devices/system/cpu/cpu0/cpufreq/cpuinfo_max_freq" : "the `cpu MHz` line of /proc/cpuinfo (this machine has no cpufreq folder, as is common in virtual machines): the nominal clock, which turbo boost may exceed, so a kernel can measure above this peak").")
    return peak
  }

  func explain(_ book: Notebook, curves: [MatmulAlgorithm: [(n: Int, gflops: Double)]], peak: MachinePeak?) {
    let largest = { (algorithm: MatmulAlgorithm) in curves[algorithm]?.last }
    if let naive = largest(.naive), let fast = curves[.blocked]?.first(where: { $0.n == naive.n }) {
      book.result("At n = \(naive.n) the blocked kernel is \((fast.gflops / naive.gflops).fixed(0))× faster than the naive loop: the naive loop walks B down a column, one new cache line per multiply-add, and once B outgrows the caches it waits on memory.")
    }
    if let reordered = largest(.reordered), let fast = largest(.blocked) {
      let share = peak.map { peak in
        let fraction = fast.gflops / peak.gflops
        return " (\((100 * fraction).fixed(0)) % of the computed peak\(fraction > 1 ? ": above 100 %, so the core ran faster than the reported clock" : ""))"
      } ?? ""
      book.result("At n = \(fast.n): reordered \(reordered.gflops.fixed(1)) GFLOPS, blocked \(fast.gflops.fixed(1)) GFLOPS\(share). Reordering makes the inner loop contiguous, so the compiler vectorizes it, but every multiply-add still loads and stores C; the blocked kernel keeps a 6×8 tile of C in registers (48 multiply-adds per 14 numbers loaded) and packs blocks of A and B to stay in the L1 and L2 caches.")
    }
  }

  func figure(_ curves: [MatmulAlgorithm: [(n: Int, gflops: Double)]], peak: MachinePeak?) -> Figure {
    var panel = Panel(title: "Matrix product C = A·B, n×n Float64, one thread", xLabel: "n", yLabel: "GFLOPS", logX: true, logY: true, key: .topLeft)
    for (index, algorithm) in MatmulAlgorithm.allCases.enumerated() {
      let points = curves[algorithm] ?? []
      panel.layers.append(.series(Series(Self.names[algorithm]?.label, x: points.map { Double($0.n) }, y: points.map(\.gflops),
                                         style: .linesPoints, color: seriesColors[index], pointType: 7)))
    }
    let all = curves.values.flatMap { $0.map(\.gflops) } + [peak?.gflops].compactMap { $0 }
    panel.yRange = AxisRange((all.min() ?? 1) / 2, (all.max() ?? 1) * 8)  // room for the key above the curves
    let xRange = (Double(settings.sizes.first ?? 32) / 1.4, Double(settings.sizes.last ?? 1024) * 1.4)
    panel.xRange = AxisRange(xRange.0, xRange.1)
    if let peak {
      // A dashed series rather than an annotation, so that its label sits in the key, clear of the curves.
      panel.layers.append(.series(Series("single-core peak, \(peak.gflops.fixed(1)) GFLOPS", x: [xRange.0, xRange.1], y: [peak.gflops, peak.gflops],
                                         color: "#555555", lineWidth: 1.5, dashType: 2)))
    }
    return Figure(name: "gflops", panel)
  }
}
