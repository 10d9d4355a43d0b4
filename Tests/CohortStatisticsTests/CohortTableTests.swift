import CohortStatistics
import Foundation
import Testing

/// Reading cohort tables: structure, cell parsing, exclusions and errors naming row and column.
@Suite("Cohort table")
struct CohortTableTests {
    private let design = SurvivalDesign(timeColumn: "time", eventColumn: "status", groupColumn: "group")

    private func dataset(_ text: String, _ design: SurvivalDesign? = nil) throws(CohortTableError) -> SurvivalDataset {
        try SurvivalDataset(table: CohortTable(text: text), design: design ?? self.design)
    }

    private func error(_ text: String, _ design: SurvivalDesign? = nil) -> CohortTableError? {
        do {
            _ = try dataset(text, design)
            return nil
        } catch {
            return error
        }
    }

    @Test("Header, rows, CRLF line ends, byte-order mark and blank lines")
    func structure() throws {
        let table = try CohortTable(text: "\u{FEFF}time\tstatus\tgroup\r\n5\t1\tA\r\n\r\n7\t0\tB")
        #expect(table.columnNames == ["time", "status", "group"])
        #expect(table.rowCount == 2)
        #expect(table.value(row: 1, column: 2) == "B")
        #expect(table.lineNumber(ofRow: 1) == 4)  // the blank line 3 still counts
    }

    @Test("Classic-Mac CR line ends, alone or mixed with LF and CRLF, end lines too")
    func carriageReturnLines() throws {
        let table = try CohortTable(text: "time\tstatus\tgroup\r5\t1\tA\r\r7\t0\tB\r\n9\t1\tC\n")
        #expect(table.rowCount == 3)
        #expect(table.value(row: 2, column: 2) == "C")
        #expect((0..<3).map { table.lineNumber(ofRow: $0) } == [2, 4, 5])
    }

    @Test("Rows are read column by column in the order asked, each row once; blank lines are not rows")
    func forEachRow() throws {
        let table = try CohortTable(text: "id\tcode\tstatus\nP1\tLUAD\tMUT\n\nP2\t\tWT\nP3\tLUSC\tNA\n")
        var seen: [String] = []
        table.forEachRow(columns: [2, 0]) { row, cells in
            seen.append("\(row):\(table.lineNumber(ofRow: row)):\(cells.joined(separator: ","))")
        }
        #expect(seen == ["0:2:MUT,P1", "1:4:WT,P2", "2:5:NA,P3"])
        struct Stop: Error, Equatable {}
        var visited = 0
        #expect(throws: Stop()) {
            try table.forEachRow(columns: [1]) { (_, cells) throws(Stop) in
                visited += 1
                if cells[0].isEmpty { throw Stop() }
            }
        }
        #expect(visited == 2)
    }

    @Test("One definition of a missing value: empty, NA, NaN, [Not Available], with spaces around")
    func missingValues() {
        for text in ["", " ", "NA", " NA ", "NaN", "[Not Available]"] { #expect(CohortTable.isMissingValue(text), "\(text)") }
        for text in ["na", "N/A", "0", "[Not Applicable]", "NA;NA"] { #expect(!CohortTable.isMissingValue(text), "\(text)") }
    }

    @Test("Byte order sorts by UTF-8 bytes: upper case before lower case, ASCII before other letters")
    func byteOrder() {
        #expect(["b", "B", "a", "Ä", "A1", "A"].sortedInByteOrder() == ["A", "A1", "B", "a", "b", "Ä"])
        #expect("LUAD".precedesInByteOrder("LUSC") && !"LUSC".precedesInByteOrder("LUSC"))
    }

    @Test("A ragged row is reported with its line number (header = row 1) and column")
    func raggedRow() {
        let short = CohortTableError.raggedRow(row: 3, column: "group", expectedFields: 3, foundFields: 2)
        #expect(throws: short) { try CohortTable(text: "time\tstatus\tgroup\n5\t1\tA\n6\t1\n") }
        #expect(short.description == "row 3: 2 tab-separated fields, expected 3 as in the header (no value for column 'group' onwards)")
        #expect(throws: CohortTableError.raggedRow(row: 2, column: "group", expectedFields: 3, foundFields: 4)) {
            try CohortTable(text: "time\tstatus\tgroup\n5\t1\tA\tB\n")
        }
    }

    @Test("A missing column lists the available ones")
    func missingColumn() {
        let failure = error("time\tstatus\tarm\n5\t1\tA\n")
        #expect(failure == .missingColumn(name: "group", available: ["time", "status", "arm"]))
        #expect(failure?.description == "column 'group' not found; available columns: time, status, arm")
    }

    @Test("Empty input and duplicate columns are rejected")
    func malformedHeader() {
        #expect(throws: CohortTableError.emptyInput) { try CohortTable(text: "\n\n") }
        #expect(throws: CohortTableError.duplicateColumn(name: "time")) { try CohortTable(text: "time\ttime\n1\t2\n") }
    }

    @Test("Missing times are excluded, counted and explained by default")
    func missingTimeExcluded() throws {
        let text = "time\tstatus\tgroup\n5\t1\tA\nNA\t1\tA\n\t0\tB\n7\tNA\tB\n[Not Available]\tNA\tB\n8\t0\tB\n"
        let data = try dataset(text)
        #expect(data.count == 2)
        #expect(data.selectedRowCount == 6)
        #expect(data.rowNumbers == [2, 7])
        #expect(data.exclusions.count == 4)
        #expect(data.exclusions.reasons == [
            ExclusionReason(reason: "missing survival time", column: "time", count: 3, exampleRows: [3, 4, 6]),
            ExclusionReason(reason: "missing event status", column: "status", count: 2, exampleRows: [5, 6]),
        ])
    }

    @Test("With the reject policy a missing time is an error naming row and column")
    func missingTimeRejected() {
        var strict = design
        strict.missingValues = .reject
        #expect(error("time\tstatus\tgroup\n5\t1\tA\nNA\t1\tA\n", strict) == .missingTime(row: 3, column: "time"))
    }

    @Test("Negative and non-numeric times are errors naming row and column")
    func invalidTimes() {
        let negative = error("time\tstatus\tgroup\n5\t1\tA\n-2\t1\tA\n")
        #expect(negative == .negativeTime(row: 3, column: "time", value: "-2"))
        #expect(negative?.description == "row 3, column 'time': survival time '-2' is negative")
        #expect(error("time\tstatus\tgroup\n5 days\t1\tA\n") == .nonNumericTime(row: 2, column: "time", value: "5 days"))
        #expect(error("time\tstatus\tgroup\nInf\t1\tA\n") == .nonNumericTime(row: 2, column: "time", value: "Inf"))
    }

    @Test("Event codes: 0/1, TRUE/FALSE, 1:DECEASED/0:LIVING, DEAD/ALIVE, DECEASED/LIVING, any case")
    func eventCodes() throws {
        let codes = ["1", "0", "TRUE", "false", "1:DECEASED", "0:living", "Dead", "alive", "DECEASED", "Living", " 1 "]
        let text = "time\tstatus\tgroup\n" + codes.map { "3\t\($0)\tA" }.joined(separator: "\n")
        let data = try dataset(text)
        #expect(data.events == [true, false, true, false, true, false, true, false, true, false, true])
        let failure = error("time\tstatus\tgroup\n3\t1\tA\n4\t2\tA\n")
        #expect(failure == .unknownEventCode(row: 3, column: "status", value: "2"))
        #expect(failure?.description.hasPrefix("row 3, column 'status': event status '2' is not one of") == true)
    }

    @Test("Numbers are read exactly as Swift's correctly rounded parser reads them")
    func numbers() throws {
        let texts = ["0", "12", "44.5175", "0.0001", "1e3", "2.5E-2", "+7", "1234567890.123456789",
                     "0.30000000000000004", "123456789012345678901234", "5.", ".5"]
        let text = "time\tstatus\tgroup\n" + texts.map { "\($0)\t0\tA" }.joined(separator: "\n")
        let data = try dataset(text)
        #expect(data.times == texts.map { Double($0) })
        var generator = SystemRandomNumberGenerator()
        let random = (0 ..< 2_000).map { _ in
            String(format: "%.\(Int.random(in: 0 ... 9, using: &generator))f", Double.random(in: 0 ..< 1e6, using: &generator))
        }
        let randomData = try dataset("time\tstatus\tgroup\n" + random.map { "\($0)\t0\tA" }.joined(separator: "\n"))
        #expect(randomData.times == random.map { Double($0) })
    }

    @Test("Filters keep rows by exact value; invalid filters are rejected")
    func filters() throws {
        var filtered = design
        filtered.filters = [try RowFilter(parsing: "type=LUAD|LUSC")]
        let text = "time\tstatus\tgroup\ttype\n1\t1\tA\tLUAD\n2\t1\tA\tBRCA\n3\t0\tB\tLUSC\n4\t0\tB\tluad\n"
        let data = try dataset(text, filtered)
        #expect(data.times == [1, 3])
        #expect(data.selectedRowCount == 2)
        #expect(throws: CohortTableError.invalidFilter(text: "type")) { try RowFilter(parsing: "type") }
        #expect(throws: CohortTableError.invalidFilter(text: "type=LUAD|")) { try RowFilter(parsing: "type=LUAD|") }
        // Rows outside the filter are not validated.
        #expect(try dataset("time\tstatus\tgroup\ttype\n1\t1\tA\tLUAD\n-5\tx\tA\tBRCA\n", filtered).count == 1)
    }

    @Test("Groups: reference first, then byte order; an unknown reference is an error")
    func groups() throws {
        var withReference = design
        withReference.referenceGroup = "WT"
        let text = "time\tstatus\tgroup\n1\t1\tWT\n2\t1\tMUT\n3\t0\tAMP\n"
        let data = try dataset(text, withReference)
        #expect(data.groupNames == ["WT", "AMP", "MUT"])
        #expect(data.groups == [0, 2, 1])
        #expect(try dataset(text).groupNames == ["AMP", "MUT", "WT"])
        withReference.referenceGroup = "wt"
        #expect(error(text, withReference) == .unknownReferenceGroup(column: "group", value: "wt", available: ["AMP", "MUT", "WT"]))
    }

    @Test("Covariates: numeric, and a two-level categorical coded 0/1 with R's name")
    func covariates() throws {
        var adjusted = design
        adjusted.covariates = [.numeric(column: "age"), .twoLevel(column: "sex", level: "Male"), .twoLevel(column: "arm", level: nil)]
        let text = "time\tstatus\tgroup\tage\tsex\tarm\n1\t1\tA\t64\tMale\tx\n2\t0\tB\t71.5\tFemale\ty\n"
        let data = try dataset(text, adjusted)
        #expect(data.covariateNames == ["age", "sexMale", "army"])
        #expect(data.covariates == [[64, 71.5], [1, 0], [0, 1]])

        let three = "time\tstatus\tgroup\tage\tsex\tarm\n1\t1\tA\t64\tMale\tx\n2\t0\tB\t71\tFemale\ty\n3\t0\tB\t71\tFemale\tz\n"
        #expect(error(three, adjusted) == .notTwoLevels(column: "arm", levels: ["x", "y", "z"]))
        adjusted.covariates = [.twoLevel(column: "sex", level: "M")]
        #expect(error(text, adjusted) == .unknownLevel(column: "sex", level: "M", available: ["Female", "Male"]))
        adjusted.covariates = [.numeric(column: "sex")]
        #expect(error(text, adjusted) == .nonNumericCovariate(row: 2, column: "sex", value: "Male"))
    }

    @Test("Missing covariates and groups are excluded with their reason")
    func missingCovariate() throws {
        var adjusted = design
        adjusted.covariates = [.numeric(column: "age")]
        let data = try dataset("time\tstatus\tgroup\tage\n1\t1\tA\tNA\n2\t0\t\t50\n3\t1\tB\t60\n", adjusted)
        #expect(data.count == 1)
        #expect(data.exclusions.reasons.map(\.reason) == ["missing group", "missing covariate"])
        adjusted.missingValues = .reject
        #expect(error("time\tstatus\tgroup\tage\n1\t1\tA\tNA\n", adjusted) == .missingCovariate(row: 2, column: "age"))
    }

    @Test("A file that cannot be read is a typed error")
    func unreadableFile() {
        #expect(throws: CohortTableError.self) {
            try CohortTable(contentsOf: URL(fileURLWithPath: "/nonexistent/cohort.tsv"))
        }
    }
}
