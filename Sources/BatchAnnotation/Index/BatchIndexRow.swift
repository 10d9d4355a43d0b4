import Foundation

/// One row of a batch's `index.tsv`: what happened to one input.
///
/// Columns, in order: `input` (the path as given), `input_sha256`, `format` (the report format read, or the
/// one given or detected when reading failed), `options` (the options that shape the output: `output=json`,
/// `lang=ja`, a manifest's `tumor-type=…`, `format=…`, `sample=…`, `build=…`), `status` (`ok` or `error`),
/// `error` (one line), `interpreted`, `uninterpretable` and `not_in_scope` (alterations by disposition),
/// `alterations` (each KEAP1/NFE2L2 alteration as `GENE change: oncogenicity`, or `: uninterpretable`, joined
/// by `; `), `output` (relative to the output folder), `output_sha256`, `knowledgebase_sha256`, `rules_sha256`.
/// Cells that do not apply are empty; values are escaped as ``TSVField`` says.
public struct BatchIndexRow: Hashable, Sendable {
    public enum Status: String, Sendable { case ok, error }

    public var input: String
    public var inputSHA256: String
    public var format: String
    public var options: String
    public var status: Status
    public var error: String
    public var interpreted: Int?
    public var uninterpretable: Int?
    public var notInScope: Int?
    public var alterations: [String]
    public var output: String
    public var outputSHA256: String
    public var knowledgebaseSHA256: String
    public var rulesSHA256: String

    /// The header line's cells.
    public static let columns = [
        "input", "input_sha256", "format", "options", "status", "error", "interpreted", "uninterpretable", "not_in_scope",
        "alterations", "output", "output_sha256", "knowledgebase_sha256", "rules_sha256",
    ]

    /// The header line, ended by a newline.
    public static var headerLine: String { columns.joined(separator: "\t") + "\n" }

    /// The row as one line of the index, ended by a newline.
    public var line: String {
        let cells: [String] = [
            input, inputSHA256, format, options, status.rawValue, error, interpreted.map(String.init) ?? "",
            uninterpretable.map(String.init) ?? "", notInScope.map(String.init) ?? "", alterations.joined(separator: "; "),
            output, outputSHA256, knowledgebaseSHA256, rulesSHA256,
        ]
        return cells.map(TSVField.escape).joined(separator: "\t") + "\n"
    }

    /// Reads a row written by ``line``; nil when the line does not have the index's cells.
    init?(line: Substring) {
        let raw = line.split(separator: "\t", omittingEmptySubsequences: false)
        guard raw.count == Self.columns.count else { return nil }
        var cells: [String] = []
        for cell in raw {
            guard let text = TSVField.unescape(cell) else { return nil }
            cells.append(text)
        }
        guard let status = Status(rawValue: cells[4]) else { return nil }
        func count(_ text: String) -> Int?? { text.isEmpty ? .some(nil) : Int(text).map { .some($0) } }
        guard let interpreted = count(cells[6]), let uninterpretable = count(cells[7]), let notInScope = count(cells[8]) else { return nil }
        self.init(
            input: cells[0], inputSHA256: cells[1], format: cells[2], options: cells[3], status: status, error: cells[5],
            interpreted: interpreted, uninterpretable: uninterpretable, notInScope: notInScope,
            alterations: cells[9].isEmpty ? [] : cells[9].components(separatedBy: "; "),
            output: cells[10], outputSHA256: cells[11], knowledgebaseSHA256: cells[12], rulesSHA256: cells[13])
    }

    public init(
        input: String, inputSHA256: String, format: String, options: String, status: Status, error: String,
        interpreted: Int?, uninterpretable: Int?, notInScope: Int?, alterations: [String], output: String, outputSHA256: String,
        knowledgebaseSHA256: String, rulesSHA256: String
    ) {
        self.input = input
        self.inputSHA256 = inputSHA256
        self.format = format
        self.options = options
        self.status = status
        self.error = error
        self.interpreted = interpreted
        self.uninterpretable = uninterpretable
        self.notInScope = notInScope
        self.alterations = alterations
        self.output = output
        self.outputSHA256 = outputSHA256
        self.knowledgebaseSHA256 = knowledgebaseSHA256
        self.rulesSHA256 = rulesSHA256
    }
}
