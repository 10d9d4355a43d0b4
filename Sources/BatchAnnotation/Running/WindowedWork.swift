import Dispatch
import Foundation

/// Runs work on items by `jobs` workers, a window of a few items per worker at a time, and hands the
/// results on in item order. Only one window's results are held at once, so memory does not grow with the
/// number of items.
enum WindowedWork {
    static func run<Item: Sendable, Output: Sendable>(
        _ items: [Item], jobs: Int, process: @Sendable (Item) -> Output, emit: (Output) throws(BatchError) -> Void
    ) throws(BatchError) {
        let window = max(1, jobs) * 8
        var start = 0
        while start < items.count {
            let chunk = items[start..<min(start + window, items.count)]
            let results = ResultSlots<Output>(count: chunk.count)
            DispatchQueue.concurrentPerform(iterations: min(max(1, jobs), chunk.count)) { _ in
                while let index = results.claim() {
                    results.store(process(chunk[chunk.startIndex + index]), at: index)
                }
            }
            for output in results.all { try emit(output) }
            start += window
        }
    }
}

/// The results of one window, filled in by the workers in any order.
private final class ResultSlots<Output: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var slots: [Output?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    /// The next unclaimed index, or nil when every item of the window is taken.
    func claim() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < slots.count else { return nil }
        next += 1
        return next - 1
    }

    func store(_ output: Output, at index: Int) {
        lock.lock()
        slots[index] = output
        lock.unlock()
    }

    /// Every result, in item order (concurrentPerform returns when every worker has).
    var all: [Output] { slots.compactMap { $0 } }
}
