/// Element paths for messages, shortened when they are very deep.
enum XMLPath {
    /// The largest number of steps written out in full; deeper paths keep the first and last steps.
    static let maximumSteps = 12

    /// Joins steps into `/a/b[2]/c`, eliding the middle of paths deeper than ``maximumSteps``.
    static func join(_ steps: [String]) -> String {
        guard steps.count > maximumSteps else { return "/" + steps.joined(separator: "/") }
        let head = steps.prefix(4), tail = steps.suffix(4)
        let elided = steps.count - head.count - tail.count
        return "/" + head.joined(separator: "/") + "/…(\(elided) more levels)…/" + tail.joined(separator: "/")
    }

    /// One step: the name, with a 1-based position among same-named siblings when there are several.
    static func step(_ name: String, position: Int, isRepeated: Bool) -> String {
        isRepeated ? "\(name)[\(position)]" : name
    }
}
