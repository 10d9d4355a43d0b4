import Knowledgebase

/// A Kaplan–Meier plot of a cohort-derived survival analysis, drawn from the curve points stored in the
/// knowledgebase (step functions, one per group; censoring marks are not drawn).
struct SurvivalPlot {
    let width: String
    let height: String
    let title: String
    let axes: [PlotLine]
    let timeTicks: [AxisTick]
    let survivalTicks: [AxisTick]
    let timeLabel: String
    let timeLabelX: String
    let timeLabelY: String
    let survivalLabel: String
    /// The survival label is drawn rotated by -90°, so its x is minus the vertical middle of the plot.
    let survivalLabelX: String
    let survivalLabelY: String
    let curves: [SurvivalCurve]
    let caption: String
}

/// One group's step curve and its legend entry.
struct SurvivalCurve {
    let path: String
    let style: String
    let legendY: String
    let legendTextY: String
    let legend: String
}

/// Builds ``SurvivalPlot``s from `knowledgebase/cohorts/*.json` analyses.
struct SurvivalPlotBuilder {
    let texts: ReportTexts

    private static let width = 560.0
    private static let left = 52.0
    private static let right = 16.0
    private static let top = 12.0
    private static let plotHeight = 170.0
    private static let styles = ["curve-1", "curve-2", "curve-3", "curve-4"]

    func plot(_ cohort: CohortEvidenceFile, _ analysis: CohortSurvivalEvidence) -> SurvivalPlot {
        let bottom = Self.top + Self.plotHeight
        let plotWidth = Self.width - Self.left - Self.right
        let lastTime = analysis.groups.flatMap(\.curve).map(\.time).max() ?? 0
        let step = PlotNumber.niceStep(maximum: max(lastTime, 1), count: 6)
        let timeMaximum = max(step, (lastTime / step).rounded(.up) * step)
        func x(_ time: Double) -> Double { Self.left + min(max(time, 0), timeMaximum) / timeMaximum * plotWidth }
        func y(_ survival: Double) -> Double { bottom - min(max(survival, 0), 1) * Self.plotHeight }

        var timeTicks: [AxisTick] = []
        var time = 0.0
        while time <= timeMaximum + step / 1000 {
            timeTicks.append(AxisTick(
                x1: x(time), y1: bottom, x2: x(time), y2: bottom + 4, labelX: x(time), labelY: bottom + 14, label: PlotNumber.tickLabel(time)))
            time += step
        }
        let survivalTicks = [0.0, 0.25, 0.5, 0.75, 1.0].map { value in
            AxisTick(
                x1: Self.left - 4, y1: y(value), x2: Self.left, y2: y(value), labelX: Self.left - 6, labelY: y(value) + 3,
                label: PlotNumber.tickLabel(value))
        }
        let legendTop = bottom + 34
        let unit = texts.term("report.unit.", cohort.method.timeUnit)
        let endpoint = texts.term("report.endpoint.", analysis.endpoint)
        let curves = analysis.groups.enumerated().map { index, group -> SurvivalCurve in
            var path = "M\(PlotNumber.text(x(0))),\(PlotNumber.text(y(1)))"
            var survival = 1.0
            for point in group.curve.sorted(by: { $0.time < $1.time }) {
                path += " H\(PlotNumber.text(x(point.time)))"
                if point.survival != survival {
                    path += " V\(PlotNumber.text(y(point.survival)))"
                    survival = point.survival
                }
            }
            let lineY = legendTop + Double(index) * 16
            let median = group.median.map { NumberText.significant($0) } ?? texts("report.survival.notReached")
            return SurvivalCurve(
                path: path, style: Self.styles[index % Self.styles.count],
                legendY: PlotNumber.text(lineY), legendTextY: PlotNumber.text(lineY + 4),
                legend: texts("report.survival.legend", [
                    "group": group.name, "n": String(group.n), "events": String(group.events), "median": median,
                    "unit": unit,
                ]))
        }
        let height = legendTop + Double(analysis.groups.count) * 16 + 4
        return SurvivalPlot(
            width: PlotNumber.text(Self.width), height: PlotNumber.text(height),
            title: texts("report.survival.title", ["endpoint": endpoint, "cohort": cohort.cohort.name, "alteration": texts.term("cohort.alteration.", analysis.alteration)]),
            axes: [PlotLine(x1: Self.left, y1: Self.top, x2: Self.left, y2: bottom), PlotLine(x1: Self.left, y1: bottom, x2: Self.width - Self.right, y2: bottom)],
            timeTicks: timeTicks, survivalTicks: survivalTicks,
            timeLabel: texts("report.survival.timeAxis", ["unit": unit]),
            timeLabelX: PlotNumber.text(Self.left + plotWidth / 2), timeLabelY: PlotNumber.text(bottom + 27),
            survivalLabel: texts("report.survival.survivalAxis"),
            survivalLabelX: PlotNumber.text(-(Self.top + Self.plotHeight / 2)), survivalLabelY: PlotNumber.text(14),
            curves: curves,
            caption: texts("report.survival.caption", [
                "cohort": cohort.cohort.name, "tumorType": analysis.tumorType, "n": String(analysis.n), "events": String(analysis.events),
                "hr": NumberText.significant(analysis.hazardRatio), "lower": NumberText.significant(analysis.ciLower),
                "upper": NumberText.significant(analysis.ciUpper), "p": NumberText.pValue(analysis.logrankP),
                "version": cohort.cohort.dataVersion, "method": cohort.method.survival,
            ]))
    }
}
