import CohortStatistics
import Knowledgebase

/// One survival comparison of `cohort derive`: the altered patients of one gene against the wild-type
/// patients, within one tumour type.
enum SurvivalComparison {
    /// A comparison written, or the reason it was not.
    enum Outcome {
        case derived(CohortSurvivalEvidence)
        case skipped(String)
    }

    static func derive(
        _ input: CohortInput, tumorType: String, gene: String, settings: DerivationSettings
    ) throws(CohortAnalysisError) -> Outcome {
        let columns = settings.columns
        let status = columns.status(of: gene)
        let filters = [
            RowFilter(column: columns.tumorType, values: [tumorType]),
            RowFilter(column: status, values: [columns.alteredValue, columns.wildTypeValue]),
        ]
        let design = SurvivalDesign(
            timeColumn: settings.timeColumn, eventColumn: settings.eventColumn, groupColumn: status,
            referenceGroup: columns.wildTypeValue, filters: filters)
        let dataset: SurvivalDataset
        do {
            dataset = try SurvivalDataset(table: input.table, design: design)
        } catch {
            if case .unknownReferenceGroup = error { return .skipped("no \(columns.wildTypeValue) patients with follow-up") }
            throw .table(file: input.fileName, error)
        }
        let times = TimeFix.apply(dataset.times)
        let altered = dataset.groupNames.firstIndex(of: columns.alteredValue)
        let alteredRows = dataset.groups.indices.filter { dataset.groups[$0] == altered }
        let alteredEvents = alteredRows.filter { dataset.events[$0] }.count
        let minimums = settings.minimums
        if alteredRows.count < minimums.alteredPatients {
            return .skipped("\(columns.alteredValue) patients with follow-up: \(alteredRows.count) (minimum \(minimums.alteredPatients))")
        }
        if dataset.eventCount < minimums.events {
            return .skipped("events: \(dataset.eventCount) (minimum \(minimums.events))")
        }
        if alteredEvents < minimums.alteredEvents {
            return .skipped("events among \(columns.alteredValue) patients: \(alteredEvents) (minimum \(minimums.alteredEvents))")
        }

        let curveTimes = CurveTimes(times: times, events: dataset.events, groups: dataset.groups, groupCount: dataset.groupNames.count)
        let options = AnalysisOptions(
            times: curveTimes.all, confidenceTransform: settings.confidenceTransform, ties: settings.ties,
            proportionalHazardsTest: false)
        let result: AnalysisResult
        do {
            result = try SurvivalAnalysis.run(dataset: dataset, design: design, options: options)
        } catch {
            throw .table(file: input.fileName, error)
        }
        let groups = result.groups.enumerated().map { index, group in
            CohortGroup(
                name: group.name, n: group.n, events: group.events, median: group.median, medianLower: group.medianLower,
                medianUpper: group.medianUpper,
                curve: group.km.filter { curveTimes.ofGroup[index].contains($0.time) }.map { estimate in
                    CurvePoint(
                        time: estimate.time, survival: estimate.survival, lower: estimate.lower, upper: estimate.upper,
                        atRisk: estimate.nRisk)
                })
        }
        return .derived(CohortSurvivalEvidence(
            id: settings.survivalID(tumorType: tumorType, gene: gene), gene: gene, alteration: settings.alteration(of: gene),
            tumorType: tumorType, endpoint: settings.endpoint, filters: filters.map(Self.text), n: result.n,
            events: result.events, groups: groups, hazardRatio: result.cox.hr, ciLower: result.cox.ciLower,
            ciUpper: result.cox.ciUpper, coxP: result.cox.p, coxStatus: result.cox.status.rawValue,
            logrankChisq: result.logrank.chisq, logrankP: result.logrank.p))
    }

    /// A filter as `--where` takes it.
    private static func text(_ filter: RowFilter) -> String {
        "\(filter.column)=\(filter.values.joined(separator: "|"))"
    }
}

/// The times at which the curves are written: for each group, time 0, every event time and the last
/// follow-up time when it is later than the last event.
struct CurveTimes {
    /// Per group, the times of its curve.
    let ofGroup: [Set<Double>]
    /// Every group's times, ascending (the times the analysis evaluates).
    let all: [Double]

    init(times: [Double], events: [Bool], groups: [Int], groupCount: Int) {
        var perGroup = Array(repeating: Set<Double>([0]), count: groupCount)
        var lastFollowUp = Array(repeating: 0.0, count: groupCount)
        var lastEvent = Array(repeating: 0.0, count: groupCount)
        for index in times.indices {
            let group = groups[index]
            lastFollowUp[group] = max(lastFollowUp[group], times[index])
            if events[index] {
                perGroup[group].insert(times[index])
                lastEvent[group] = max(lastEvent[group], times[index])
            }
        }
        for group in 0 ..< groupCount where lastFollowUp[group] > lastEvent[group] {
            perGroup[group].insert(lastFollowUp[group])
        }
        ofGroup = perGroup
        all = perGroup.reduce(into: Set<Double>()) { $0.formUnion($1) }.sorted()
    }
}
