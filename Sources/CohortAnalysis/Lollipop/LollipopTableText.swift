/// The residue counts of one or more genes as tab-separated text.
public enum LollipopTableText {
    /// The columns.
    public static let header = ["gene", "residue", "reference", "calls", "patients", "changes", "classes"]

    /// One line per residue, then one line per change that could not be placed (`residue` = `NA`), so that
    /// every call is in the table (their classes are in the frequencies, mostly `uninterpretable`). `changes` is `change:count` joined by `;`, most frequent first.
    public static func text(_ genes: [GeneLollipop]) -> String {
        let rows = genes.flatMap { gene -> [[String]] in
            let placed = gene.residues.map { residue in
                [
                    gene.gene, String(residue.residue), residue.reference ?? "NA", String(residue.calls),
                    String(residue.patients), residue.changes.map { "\($0.change):\($0.count)" }.joined(separator: ";"),
                    residue.classes.map(\.rawValue).joined(separator: ","),
                ]
            }
            let unplaced = gene.unplaced.map { change in
                [gene.gene, "NA", "NA", String(change.count), "NA", "\(change.change):\(change.count)", "NA"]
            }
            return placed + unplaced
        }
        return TabSeparatedText.table(header: header, rows: rows)
    }
}
