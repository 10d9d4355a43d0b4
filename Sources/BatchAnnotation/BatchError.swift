/// Why a batch or an impact run could not start: its inputs, manifest, output folder or earlier index are
/// unusable. (A report that cannot be annotated is not an error of the batch: it gets its index row.)
public enum BatchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The command was given something it cannot use (no inputs, two inputs with one output name, a bad
    /// manifest row); the CLI exits 64.
    case usage(String)
    /// A file the run needs could not be read or written (the output folder, the index); the CLI exits 1.
    case file(String)

    public var description: String {
        switch self {
        case .usage(let message), .file(let message): return message
        }
    }
}
