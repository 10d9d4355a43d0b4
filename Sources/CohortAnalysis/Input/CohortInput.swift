import CohortStatistics
import Foundation
import Knowledgebase

/// A cohort table with what identifies it: the file name recorded in derived evidence and the SHA-256
/// of its bytes.
public struct CohortInput: Sendable {
    /// The parsed table.
    public let table: CohortTable
    /// The file's name (its last path component), as written into derived evidence and messages.
    public let fileName: String
    /// The SHA-256 of the file's bytes, lower-case hexadecimal.
    public let sha256: String

    /// Reads a table from a file.
    ///
    /// - Throws: ``CohortAnalysisError/table(file:_:)`` when the file cannot be read or split into rows.
    public init(contentsOf url: URL) throws(CohortAnalysisError) {
        let name = url.lastPathComponent
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw .table(file: name, .unreadableFile(path: url.path, reason: error.localizedDescription))
        }
        try self.init(data: data, fileName: name)
    }

    /// Reads a table from bytes; `fileName` names it in derived evidence and messages.
    public init(data: Data, fileName: String) throws(CohortAnalysisError) {
        do {
            table = try CohortTable(data: data)
        } catch {
            throw .table(file: fileName, error)
        }
        self.fileName = fileName
        sha256 = FileDigest.sha256(data)
    }

    /// Checks that no patient appears on two rows; a table without the patient column is not checked.
    ///
    /// - Throws: ``CohortAnalysisError/duplicatePatient(file:row:column:patient:firstRow:)``.
    public func checkOneRowPerPatient(column name: String) throws(CohortAnalysisError) {
        guard let column = table.columnNames.firstIndex(of: name) else { return }
        var firstRow: [String: Int] = [:]
        try table.forEachRow(columns: [column]) { (row, cells) throws(CohortAnalysisError) in
            let line = table.lineNumber(ofRow: row)
            if let first = firstRow[cells[0]] {
                throw .duplicatePatient(file: fileName, row: line, column: name, patient: cells[0], firstRow: first)
            }
            firstRow[cells[0]] = line
        }
    }

    /// The position of a column, or an error listing the header.
    func column(_ name: String) throws(CohortAnalysisError) -> Int {
        do {
            return try table.columnIndex(named: name)
        } catch {
            throw .table(file: fileName, error)
        }
    }
}
