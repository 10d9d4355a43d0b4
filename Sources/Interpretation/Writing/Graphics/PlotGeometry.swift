import Foundation

/// Shapes shared by the SVG plots. Coordinates are text with one decimal, so that a plot is the same bytes
/// on every run and platform.
enum PlotNumber {
    /// A coordinate with one decimal (`12.5`).
    static func text(_ value: Double) -> String {
        let rounded = (value * 10).rounded(.toNearestOrAwayFromZero) / 10
        return String(format: "%.1f", rounded == 0 ? 0 : rounded)
    }

    /// A round step for about `count` axis ticks over `0...maximum` (1, 2 or 5 times a power of ten).
    static func niceStep(maximum: Double, count: Int) -> Double {
        guard maximum > 0, count > 0 else { return 1 }
        let rough = maximum / Double(count)
        let power = pow(10, floor(log10(rough)))
        for factor in [1.0, 2.0, 5.0, 10.0] where factor * power >= rough { return factor * power }
        return 10 * power
    }

    /// An axis label for a tick value: no decimals for whole numbers, else up to two.
    static func tickLabel(_ value: Double) -> String {
        if value == value.rounded() { return String(Int(value)) }
        let text = String(format: "%.2f", value)
        return text.hasSuffix("0") ? String(text.dropLast()) : text
    }
}

/// A rectangle in an SVG plot.
struct PlotRect {
    let x: String
    let y: String
    let width: String
    let height: String

    init(x: Double, y: Double, width: Double, height: Double) {
        self.x = PlotNumber.text(x)
        self.y = PlotNumber.text(y)
        self.width = PlotNumber.text(width)
        self.height = PlotNumber.text(height)
    }
}

/// An axis tick: a short line and its label.
struct AxisTick {
    let x1: String
    let y1: String
    let x2: String
    let y2: String
    let labelX: String
    let labelY: String
    let label: String

    init(x1: Double, y1: Double, x2: Double, y2: Double, labelX: Double, labelY: Double, label: String) {
        self.x1 = PlotNumber.text(x1)
        self.y1 = PlotNumber.text(y1)
        self.x2 = PlotNumber.text(x2)
        self.y2 = PlotNumber.text(y2)
        self.labelX = PlotNumber.text(labelX)
        self.labelY = PlotNumber.text(labelY)
        self.label = label
    }
}

/// A straight line.
struct PlotLine {
    let x1: String
    let y1: String
    let x2: String
    let y2: String

    init(x1: Double, y1: Double, x2: Double, y2: Double) {
        self.x1 = PlotNumber.text(x1)
        self.y1 = PlotNumber.text(y1)
        self.x2 = PlotNumber.text(x2)
        self.y2 = PlotNumber.text(y2)
    }
}
