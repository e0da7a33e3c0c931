/// Figure recipe: a log–log speed plot.
extension Figure {
  /// A curve of points per setting (a speed against a size, an accuracy against a time) on logarithmic
  /// axes, with an optional dashed reference level named in the key (a machine's peak). `logY: false`
  /// keeps the y axis linear (an accuracy).
  public static func speedPlot(
    _ name: String, title: String, xLabel: String, yLabel: String,
    curves: [(label: String?, x: [Double], y: [Double])], reference: (label: String, y: Double)? = nil,
    logY: Bool = true, key: KeyPosition = .topLeft, width: Int = defaultSize.width, height: Int = defaultSize.height
  ) -> Figure {
    Figure(
      name: name, width: width, height: height,
      .speedPlot(
        title: title, xLabel: xLabel, yLabel: yLabel, curves: curves, reference: reference, logY: logY, key: key))
  }
}

extension Panel {
  /// The panel of ``Figure/speedPlot(_:title:xLabel:yLabel:curves:reference:logY:key:width:height:)``, for
  /// small multiples. On a log y axis the range leaves room above the curves for the key, when there is one.
  public static func speedPlot(
    title: String, xLabel: String, yLabel: String, curves: [(label: String?, x: [Double], y: [Double])],
    reference: (label: String, y: Double)? = nil, logY: Bool = true, key: KeyPosition = .topLeft
  ) -> Panel {
    var panel = Panel(
      title: title, xLabel: xLabel, yLabel: yLabel, logX: true, logY: logY,
      key: curves.allSatisfy { $0.label == nil } && reference == nil ? .hidden : key)
    for (index, curve) in curves.enumerated() {
      panel.layers.append(
        .series(
          Series(
            curve.label, x: curve.x, y: curve.y, style: .linesPoints,
            color: seriesColors[index % seriesColors.count], pointType: 7, pointSize: 0.8)))
    }
    let xs = curves.flatMap(\.x).filter { $0 > 0 }
    let ys = curves.flatMap(\.y).filter { $0 > 0 } + [reference?.y].compactMap { $0 }
    let (xLow, xHigh) = (xs.min() ?? 1, xs.max() ?? 10)
    panel.xRange = AxisRange(xLow / 1.4, xHigh * 1.4)
    if logY, let low = ys.min(), let high = ys.max() {
      panel.yRange = AxisRange(low / 2, high * (panel.key == .hidden ? 2 : 8))
    }
    if let reference {
      panel.layers.append(
        .series(
          Series(
            reference.label, x: [xLow / 1.4, xHigh * 1.4], y: [reference.y, reference.y],
            color: "#555555", lineWidth: 1.5, dashType: 2)))
    }
    return panel
  }
}
