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
