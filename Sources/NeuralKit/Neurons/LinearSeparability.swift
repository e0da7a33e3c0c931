import Foundation

/// The best accuracy any straight line w·x + b = 0 reaches on a 2-D labelled set, by search over
/// `angles` directions w = (cos θ, sin θ) and every threshold between consecutive projections.
///
/// For each direction the projections w·x are sorted and every cut between them (and beyond both ends)
/// is tried with both orientations, so for that direction the search is exhaustive.
/// Introduced in chapter 01 to show that no line separates XOR (the best is 3 of 4).
public func bestLinearAccuracy(_ samples: [[Double]], _ targets: [Double], angles: Int = 3600) -> Double {
  precondition(samples.allSatisfy { $0.count == 2 }, "bestLinearAccuracy works on 2-D points")
  var best = 0.0
  for step in 0..<angles {
    let theta = 2 * Double.pi * Double(step) / Double(angles)
    let projections = samples.map { $0[0] * cos(theta) + $0[1] * sin(theta) }
    let sorted = projections.sorted()
    var cuts = [sorted[0] - 1, sorted[sorted.count - 1] + 1]
    for i in 1..<sorted.count { cuts.append((sorted[i - 1] + sorted[i]) / 2) }
    for cut in cuts {
      let correct = zip(projections, targets).filter { ($0 > cut ? 1.0 : 0.0) == $1 }.count
      best = max(best, Double(max(correct, samples.count - correct)) / Double(samples.count))
    }
  }
  return best
}
