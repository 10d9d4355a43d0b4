import Foundation

/// Progress of a batch on standard error: on a terminal, a bar redrawn in place with the count, rate and
/// remaining time; otherwise a plain line every few seconds. Disabled by `--quiet`. Shows counts only, never
/// report names or contents.
final class ProgressDisplay {
    private let total: Int
    private let enabled: Bool
    private let isTerminal: Bool
    private let started: Date
    /// When the progress was last shown; a plain line is first written one interval after the start.
    private var lastDrawn: Date
    private var done = 0
    private var failed = 0
    private var resumed = 0
    /// Seconds between plain lines when standard error is not a terminal.
    private static let plainInterval = 5.0

    init(total: Int, enabled: Bool) {
        self.total = total
        self.enabled = enabled
        let terminal = isatty(STDERR_FILENO) == 1
        let now = Date()
        isTerminal = terminal
        started = now
        lastDrawn = terminal ? .distantPast : now
    }

    /// Counts one finished report and redraws when it is time to.
    func advance(failed didFail: Bool, resumed wasResumed: Bool) {
        done += 1
        if didFail { failed += 1 }
        if wasResumed { resumed += 1 }
        guard enabled else { return }
        let now = Date()
        let interval = isTerminal ? 0.1 : Self.plainInterval
        guard now.timeIntervalSince(lastDrawn) >= interval || (isTerminal && done == total) else { return }
        lastDrawn = now
        StandardStreams.writeError(isTerminal ? "\r\u{1B}[K" + bar(now: now) : line(now: now) + "\n")
    }

    /// Writes `text` (a whole line) on its own line, clearing the bar first.
    func interrupt(_ text: String) {
        StandardStreams.writeError((enabled && isTerminal && done > 0 ? "\r\u{1B}[K" : "") + text)
    }

    /// Ends the bar and writes the closing summary line.
    func finish(summary: String) {
        guard enabled else { return }
        StandardStreams.writeError((isTerminal ? "\r\u{1B}[K" : "") + "keapnrf batch: " + summary + "\n")
    }

    private func bar(now: Date) -> String {
        let width = 30
        let filled = total == 0 ? width : width * done / total
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "] " + counts(now: now)
    }

    private func line(now: Date) -> String { "keapnrf batch: " + counts(now: now) }

    private func counts(now: Date) -> String {
        let elapsed = max(now.timeIntervalSince(started), 0.001)
        let rate = Double(done - resumed) / elapsed
        let left = rate > 0 ? Int((Double(total - done) / rate).rounded()) : nil
        let remaining = left.map { String(format: "%d:%02d", $0 / 60, $0 % 60) } ?? "?"
        return "\(done)/\(total) (\(failed) failed), \(String(format: "%.1f", rate)) reports/s, \(remaining) left"
    }
}
