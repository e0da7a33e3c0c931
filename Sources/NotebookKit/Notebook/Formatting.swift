import Foundation

extension Double {
  /// Fixed-point text with `places` decimals, `0.731059` (the same on every platform).
  public func fixed(_ places: Int) -> String {
    String(format: "%.\(places)f", self)
  }

  /// Text with `digits` significant digits, switching to exponent form for very large or small values.
  public func significant(_ digits: Int) -> String {
    String(format: "%.\(digits)g", self)
  }
}

/// How a number is shown on a page.
public enum NumberFormat: Sendable {
  /// `places` decimals: `0.731059`.
  case fixed(Int)
  /// `digits` significant digits, exponent form when very large or small: `3.5e-05`.
  case significant(Int)
  /// 100·x with `places` decimals and a percent sign: `98.33 %`.
  case percent(Int)
  /// A whole number: `1437`.
  case integer

  public func text(_ value: Double) -> String {
    switch self {
    case .fixed(let places): value.fixed(places)
    case .significant(let digits): value.significant(digits)
    case .percent(let places): (100 * value).fixed(places) + " %"
    case .integer: String(Int(value.rounded()))
    }
  }
}
