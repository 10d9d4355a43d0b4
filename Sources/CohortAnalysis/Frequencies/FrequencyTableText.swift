extension AlterationFrequencies {
    /// The columns of ``tabSeparated``.
    public static let tabSeparatedHeader = [
        "group", "scope", "name", "gene", "alteration", "n", "altered", "percent", "wilson_lower", "wilson_upper",
    ]

    /// The rows as tab-separated text (percentages and interval bounds in percent). `name` is the OncoTree
    /// name, `all patients` for ALL, or `not in OncoTree <release>`.
    public var tabSeparated: String {
        TabSeparatedText.table(header: Self.tabSeparatedHeader, rows: rows.map { row in
            [
                row.group, row.scope.rawValue, displayName(row), row.gene, row.alteration, String(row.n), String(row.altered),
                TabSeparatedText.number(row.percent), TabSeparatedText.number(row.wilsonLower),
                TabSeparatedText.number(row.wilsonUpper),
            ]
        })
    }

    private func displayName(_ row: FrequencyRow) -> String {
        if row.scope == .all { return "all patients" }
        return row.name ?? "not in OncoTree \(oncotreeRelease)"
    }
}
