import Foundation

/// Files the commands read whole: a report, an interpretation, an overrides file.
enum InputFile {
    /// The bytes of the file at `path`, or a failure naming it.
    static func read(_ path: String) throws -> Data {
        guard let data = FileManager.default.contents(atPath: path) else { throw CommandFailure("\(path): file not found or not readable") }
        return data
    }
}
