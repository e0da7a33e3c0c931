/// What the values of a decision-region grid mean.
public enum RegionShading: Sendable {
  /// The probability of the second of two classes, in [0, 1]: the boundary is where it crosses ½.
  case probability
  /// The index of the class that owns each point, 0 … K − 1.
  case classIndex
}

/// Figure recipe: points by class over decision regions.
extension Figure {
  /// Class colours for points, and the lighter tints of the regions they own (then the colour cycle).
  public static let classColors = ["#08519c", "#a63603", "#006d2c"]
  public static let classTints = ["#c6dbef", "#fdd0a2", "#c7e9c0"]

  /// A classifier's regions as a heatmap (`region.values[i][j]` at `(xs[j], ys[i])`, read as `shading`
  /// says) under a cloud of points per class, on equal axes. Each class is (label, x, y).
  ///
  /// ```
  ///   .probability   blue tint ── white at ½ ── orange tint       (two classes)
  ///   .classIndex    one tint per class, a colour bar naming them  (K classes)
  /// ```
  public static func pointsOverRegions(
    _ name: String, title: String, region: Grid, shading: RegionShading,
    classes: [(label: String, x: [Double], y: [Double])], pointSize: Double = 0.6,
    width: Int = 900, height: Int = 720
  ) -> Figure {
    var panel = Panel(
      title: title, xLabel: "x₁", yLabel: "x₂",
      xRange: AxisRange(region.xs.first, region.xs.last), yRange: AxisRange(region.ys.first, region.ys.last),
      key: .outside, layers: [.heatmap(region)])
    let tint = { (k: Int) in k < classTints.count ? classTints[k] : seriesColors[k % seriesColors.count] }
    switch shading {
    case .probability:
      panel.palette = "defined (0 '\(tint(0))', 0.5 '#ffffff', 1 '\(tint(1))')"
      panel.colorRange = AxisRange(0, 1)
    case .classIndex:
      let stops = classes.indices.map { "\($0) '\(tint($0))'" }
      panel.palette = "maxcolors \(classes.count) defined (\(stops.joined(separator: ", ")))"
      panel.colorRange = AxisRange(-0.5, Double(classes.count) - 0.5)
      panel.colorTicLabels = classes.enumerated().map { (Double($0.offset), $0.element.label) }
    }
    for (k, points) in classes.enumerated() {
      let color = k < classColors.count ? classColors[k] : seriesColors[k % seriesColors.count]
      panel.layers.append(
        .series(
          Series(
            points.label, x: points.x, y: points.y, style: .points, color: color,
            pointType: 7, pointSize: pointSize)))
    }
    panel.equalAspect = true
    panel.grid = false
    return Figure(name: name, width: width, height: height, panel)
  }
}
