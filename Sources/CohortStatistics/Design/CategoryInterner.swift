/// Gives each distinct cell text a small integer code, in order of first appearance.
struct CategoryInterner: Sendable {
    /// The distinct texts, indexed by code.
    private(set) var levels: [String] = []
    private var codes: [String: Int] = [:]

    /// The code of a cell's text, adding it if new.
    ///
    /// - Throws: ``CohortTableError/invalidUTF8(row:)`` when the cell is not UTF-8.
    mutating func code(for cell: UnsafeBufferPointer<UInt8>, row: Int) throws(CohortTableError) -> Int {
        guard let text = String(validating: cell, as: UTF8.self) else { throw .invalidUTF8(row: row) }
        if let code = codes[text] { return code }
        codes[text] = levels.count
        levels.append(text)
        return levels.count - 1
    }

    /// The levels in byte order, and for each code its position in that order.
    func sortedLevels() -> (levels: [String], positionOfCode: [Int]) {
        let sorted = levels.sortedInByteOrder()
        return (sorted, levels.map { level in sorted.firstIndex(of: level) ?? 0 })
    }
}
