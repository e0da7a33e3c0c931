import Checks

/// Every mutant: plausible wrong answers, written the way a learner might, each of which its exercise's
/// grader must reject with the hint that names the mistake (`check-solutions --mutants`).
public func allMutants() -> [Mutant] {
  neuronMutants() + activationMutants() + lossMutants() + optimizerMutants() + forwardBackwardMutants()
    + multilayerPerceptronMutants() + efficiencyMutants() + techniqueMutants()
}

/// w·x, the weighted sum most mutants start from.
func dot(_ w: [Double], _ x: [Double]) -> Double {
  zip(w, x).reduce(0) { $0 + $1.0 * $1.1 }
}
