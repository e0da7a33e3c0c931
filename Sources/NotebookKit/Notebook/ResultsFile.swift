/// The machine-readable results of a chapter:
/// `{"chapter": "NN-slug", "seed": N, "metrics": {"key": number, …}}`, keys sorted, one per line.
///
/// Numbers are written in Swift's shortest round-trip form, so reading them back gives the same Double.
public struct ResultsFile {
  public let chapter: String
  public let seed: UInt64
  public let metrics: [String: Double]

  public init(chapter: String, seed: UInt64, metrics: [String: Double]) {
    self.chapter = chapter
    self.seed = seed
    self.metrics = metrics
  }

  /// The JSON text, deterministic for the same contents.
  public var json: String {
    """
    {
      "chapter": "\(chapter)",
      "seed": \(seed),
      "metrics": \(ResultsFile.object(metrics, indent: "  ").dropLast())
    }

    """
  }

  /// A flat JSON object of finite numbers with sorted keys, ending in a newline.
  static func object(_ values: [String: Double], indent: String = "") -> String {
    guard !values.isEmpty else { return "{}\n" }
    let lines = values.keys.sorted().map { key in
      precondition(values[key]?.isFinite == true, "\(key) is not finite")
      return "\(indent)  \"\(key)\": \(values[key].map { "\($0)" } ?? "null")"
    }
    return "{\n" + lines.joined(separator: ",\n") + "\n\(indent)}\n"
  }
}
