import Foundation

/// A leaky integrate-and-fire neuron: the simplest model of a biological neuron that spikes.
///
/// ```
///   τ_m · dV/dt = −(V − V_rest) + R_m·I          while V < V_th
///   V ≥ V_th  →  spike, V ← V_reset, hold for t_ref
/// ```
/// Units: millivolts, milliseconds, megaohms and nanoamperes, so that R_m·I is in millivolts.
/// Introduced in chapter 01.
public struct LeakyIntegrateAndFire: Sendable {
  public var restingPotential = -65.0  // V_rest, mV
  public var resetPotential = -65.0  // V_reset, mV
  public var threshold = -50.0  // V_th, mV
  public var membraneTimeConstant = 10.0  // τ_m, ms
  public var membraneResistance = 10.0  // R_m, MΩ
  public var refractoryPeriod = 2.0  // t_ref, ms

  public init() {}

  /// A simulated membrane trace.
  public struct Trace: Sendable {
    /// Time of each sample, ms (one per step, starting at dt).
    public var times: [Double] = []
    /// Membrane potential after each step, mV.
    public var voltages: [Double] = []
    /// Times at which the neuron fired, ms.
    public var spikeTimes: [Double] = []
  }

  /// The smallest constant current that ever reaches threshold, I = (V_th − V_rest)/R_m, in nA.
  public var thresholdCurrent: Double { (threshold - restingPotential) / membraneResistance }

  /// Simulates a constant input `current` (nA) for `duration` ms with forward Euler steps of `dt` ms:
  ///
  /// ```
  ///   V ← V + (dt/τ_m)·(−(V − V_rest) + R_m·I)
  /// ```
  /// A step that reaches threshold records a spike and resets V; the next round(t_ref/dt) steps hold V at
  /// V_reset without integrating.
  public func simulate(current: Double, duration: Double, dt: Double, recordTrace: Bool = true) -> Trace {
    let steps = Int((duration / dt).rounded())
    let refractorySteps = Int((refractoryPeriod / dt).rounded())
    var trace = Trace()
    if recordTrace {
      trace.times.reserveCapacity(steps)
      trace.voltages.reserveCapacity(steps)
    }
    guard steps > 0 else { return trace }
    var v = resetPotential
    var refractoryLeft = 0
    for step in 1...steps {
      // snippet: lif-euler-step
      if refractoryLeft > 0 {
        refractoryLeft -= 1
        v = resetPotential
      } else {
        v += dt / membraneTimeConstant * (-(v - restingPotential) + membraneResistance * current)
        if v >= threshold {
          trace.spikeTimes.append(Double(step) * dt)
          v = resetPotential
          refractoryLeft = refractorySteps
        }
      }
      // snippet end
      if recordTrace {
        trace.times.append(Double(step) * dt)
        trace.voltages.append(v)
      }
    }
    return trace
  }

  /// Simulated firing rate in spikes per second (Hz) over `duration` ms.
  public func simulatedRate(current: Double, duration: Double, dt: Double) -> Double {
    let spikes = simulate(current: current, duration: duration, dt: dt, recordTrace: false).spikeTimes.count
    return Double(spikes) / (duration / 1000)
  }

  // snippet: lif-rate
  /// The exact firing rate of the continuous model, in Hz:
  ///
  /// ```
  ///                               1
  ///   r = ─────────────────────────────────────────────────      (0 when R_m·I ≤ V_th − V_rest)
  ///        t_ref + τ_m · ln( R_m·I / (R_m·I − (V_th − V_rest)) )
  /// ```
  public func analyticRate(current: Double) -> Double {
    let drive = membraneResistance * current
    let gap = threshold - restingPotential
    guard drive > gap else { return 0 }
    let periodMs = refractoryPeriod + membraneTimeConstant * log(drive / (drive - gap))
    return 1000 / periodMs
  }
  // snippet end
}
