import Foundation
import Testing
import TestSupport

/// The `keapnrf` executable against a hostile environment: output that cannot be written, `--out` paths that
/// are not regular files, inputs that are not regular files. Device nodes, FIFOs and symbolic links are made
/// in a temporary folder; nothing under /dev is written.
@Suite("Hostile environment")
struct HostileEnvironmentTests {
    static let example = "examples/luad-keap1-g333c-stk11-kras.json"
    static let isRoot = getuid() == 0

    /// A character device node with the given Linux device numbers (1,3 = null; 1,5 = zero; 1,7 = full).
    static func makeDevice(_ url: URL, minor: UInt32) throws {
        // Linux device number: major << 8 | minor (for major < 4096 and minor < 256).
        let status = mknod(url.path, S_IFCHR | 0o666, dev_t(1 << 8 | minor))
        try #require(status == 0, "mknod \(url.path): \(String(cString: strerror(errno)))")
    }

    static func makeFIFO(_ url: URL) throws {
        try #require(mkfifo(url.path, 0o644) == 0, "mkfifo \(url.path): \(String(cString: strerror(errno)))")
    }

    /// Expects exit status 1 and exactly one line on standard error that contains `text`.
    static func expectOneLineFailure(_ result: CommandResult, containing text: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(result.status == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.split(separator: "\n").count == 1, "\(result.standardError)", sourceLocation: sourceLocation)
        #expect(result.standardError.hasSuffix("\n"), sourceLocation: sourceLocation)
        #expect(result.standardError.contains(text), "\(result.standardError)", sourceLocation: sourceLocation)
    }

    /// The commands whose output goes to standard output, run with arguments that succeed.
    static func succeedingCommands(cohortTable: String) -> [[String]] {
        [
            ["annotate", example], ["lookup", "KEAP1", "p.G333C"], ["digest", example],
            ["cohort", "frequencies", cohortTable, "--json", "--genes", "KEAP1"], ["rules", "lint"], ["kb", "info"],
        ]
    }

    static func withCohortTable(_ body: (URL, String) throws -> Void) throws {
        try Fixtures.withTemporaryDirectory { directory in
            let table = directory.appendingPathComponent("cohort.tsv")
            try "patient_id\toncotree_code\tKEAP1_status\tKEAP1_protein_change\nP1\tLUAD\tMUT\tp.G333C\n"
                .write(to: table, atomically: true, encoding: .utf8)
            try body(directory, table.path)
        }
    }

    // MARK: - Standard output

    @Test("a closed pipe on standard output exits 1 with one line, for every command that writes there")
    func closedPipe() throws {
        try Self.withCohortTable { _, table in
            for arguments in Self.succeedingCommands(cohortTable: table) {
                let pipe = Pipe()
                try pipe.fileHandleForReading.close()
                let result = try Fixtures.runKeapnrf(arguments, standardOutput: pipe.fileHandleForWriting)
                try pipe.fileHandleForWriting.close()
                Self.expectOneLineFailure(result, containing: "keapnrf: error: standard output: cannot write the output: Broken pipe")
            }
        }
    }

    @Test("a full device on standard output exits 1 with one line", .enabled(if: isRoot, "mknod needs root"))
    func fullDevice() throws {
        try Self.withCohortTable { directory, table in
            let full = directory.appendingPathComponent("full")
            try Self.makeDevice(full, minor: 7)
            for arguments in Self.succeedingCommands(cohortTable: table) {
                let handle = try FileHandle(forWritingTo: full)
                let result = try Fixtures.runKeapnrf(arguments, standardOutput: handle)
                try handle.close()
                Self.expectOneLineFailure(result, containing: "standard output: cannot write the output: No space left on device")
            }
        }
    }

    // MARK: - --out

    @Test("--out refuses a symbolic link and leaves it and its target as they were")
    func outSymbolicLink() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let target = directory.appendingPathComponent("target.json"), link = directory.appendingPathComponent("link.json")
            try "kept".write(to: target, atomically: true, encoding: .utf8)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: target.path)
            let result = try Fixtures.runKeapnrf(["annotate", Self.example, "--out", link.path])
            Self.expectOneLineFailure(result, containing: "\(link.path): is a symbolic link; --out writes only to a new path or an existing regular file")
            #expect(try FileManager.default.destinationOfSymbolicLink(atPath: link.path) == target.path)
            #expect(try String(contentsOf: target, encoding: .utf8) == "kept")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["link.json", "target.json"])
        }
    }

    @Test("--out refuses a FIFO and a directory, and leaves them in place")
    func outFIFOAndDirectory() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("fifo")
            try Self.makeFIFO(fifo)
            Self.expectOneLineFailure(try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--out", fifo.path]), containing: "\(fifo.path): is a FIFO (named pipe); --out")
            let folder = directory.appendingPathComponent("folder")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
            Self.expectOneLineFailure(try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--out", folder.path]), containing: "\(folder.path): is a directory; --out")
            var status = stat()
            #expect(lstat(fifo.path, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["fifo", "folder"])
        }
    }

    @Test("--out refuses a character device node and leaves it a device", .enabled(if: isRoot, "mknod needs root"))
    func outCharacterDevice() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let null = directory.appendingPathComponent("null")
            try Self.makeDevice(null, minor: 3)
            let result = try Fixtures.runKeapnrf(["annotate", Self.example, "--out", null.path])
            Self.expectOneLineFailure(result, containing: "\(null.path): is a character device; --out")
            var status = stat()
            #expect(lstat(null.path, &status) == 0 && status.st_mode & S_IFMT == S_IFCHR)
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["null"])
        }
    }

    @Test("--out still replaces an existing regular file")
    func outRegularFile() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out.json")
            try "old".write(to: out, atomically: true, encoding: .utf8)
            let result = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--out", out.path])
            #expect(result.status == 0, "\(result.standardError)")
            #expect(try String(contentsOf: out, encoding: .utf8).contains("\"hgvsp\": \"p.Gly333Cys\""))
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.json"])
        }
    }

    @Test("a write that fails part-way (file-size limit) exits 1 with one line and leaves no temporary file")
    func outWriteFailureRemovesTemporary() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let out = directory.appendingPathComponent("out.json")
            let executable = try #require(Fixtures.executable)
            // ulimit -f 1: files may grow to 512 bytes; the interpretation is far larger.
            let result = try Fixtures.run(
                URL(fileURLWithPath: "/bin/sh"),
                ["-c", "ulimit -f 1; exec \"$0\" annotate \(Self.example) --out \"$1\"", executable.path, out.path])
            Self.expectOneLineFailure(result, containing: "\(out.path): cannot write the output: File too large")
            #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == [])
        }
    }

    // MARK: - Inputs that are not regular files

    @Test("a FIFO, a directory, a device and a symbolic-link loop as input are each named for what they are")
    func inputKinds() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let fifo = directory.appendingPathComponent("fifo")
            try Self.makeFIFO(fifo)
            let loop = directory.appendingPathComponent("loop-a")
            try FileManager.default.createSymbolicLink(atPath: loop.path, withDestinationPath: directory.appendingPathComponent("loop-b").path)
            try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("loop-b").path, withDestinationPath: loop.path)
            var cases = [
                (fifo.path, "\(fifo.path): is a FIFO (named pipe), expected a regular file"),
                (directory.path, "\(directory.path): is a directory, expected a regular file"),
                (loop.path, "\(loop.path): a loop of symbolic links"),
                (directory.appendingPathComponent("absent.json").path, "\(directory.appendingPathComponent("absent.json").path): file not found"),
            ]
            if Self.isRoot {
                let zero = directory.appendingPathComponent("zero")
                try Self.makeDevice(zero, minor: 5)
                cases.append((zero.path, "\(zero.path): is a character device, expected a regular file"))
            }
            for (path, message) in cases {
                Self.expectOneLineFailure(try Fixtures.runKeapnrf(["annotate", path]), containing: "keapnrf: error: \(message)")
                Self.expectOneLineFailure(try Fixtures.runKeapnrf(["digest", path]), containing: "keapnrf: error: \(message)")
                Self.expectOneLineFailure(try Fixtures.runKeapnrf(["annotate", Self.example, "--overrides", path]), containing: "keapnrf: error: \(message)")
                Self.expectOneLineFailure(try Fixtures.runKeapnrf(["cohort", "frequencies", path]), containing: "keapnrf: error: \(message)")
            }
        }
    }

    // MARK: - Arguments

    @Test("keapnrf without a subcommand is a usage error (exit 64)")
    func noArguments() throws {
        let result = try Fixtures.runKeapnrf([])
        #expect(result.status == 64)
        #expect(result.standardError.contains("a subcommand is required"))
    }
}

/// Values from the input and the command line in messages.
@Suite("Messages quoting the input")
struct QuotedValueTests {
    @Test("control characters from a report are escaped: the error is one line with no terminal escape")
    func controlCharactersEscaped() throws {
        try Fixtures.withTemporaryDirectory { directory in
            let report = directory.appendingPathComponent("esc.json")
            try #"{"format": "keapnrf-report", "formatVersion": 1, "shortVariants": [{"gene": "\u001b[2J\r\nKEAP1", "hgvsp": "p.G333C"}]}"#
                .write(to: report, atomically: true, encoding: .utf8)
            let result = try Fixtures.runKeapnrf(["annotate", report.path])
            HostileEnvironmentTests.expectOneLineFailure(result, containing: #"found '\u{1B}[2J\r\nKEAP1'"#)
            #expect(!result.standardError.contains("\u{1B}") && !result.standardError.contains("\r"))
        }
    }

    @Test("a 100 KB --tumor-type is refused at once and echoed only in part")
    func longTumorType() throws {
        let long = String(repeating: "A", count: 100_000)
        let start = Date()
        let result = try Fixtures.runKeapnrf(["lookup", "KEAP1", "p.G333C", "--tumor-type", long])
        #expect(Date().timeIntervalSince(start) < 5)
        HostileEnvironmentTests.expectOneLineFailure(
            result, containing: "unknown OncoTree code '\(String(repeating: "A", count: 64))…' (100000 characters; OncoTree codes are at most 64)")
        #expect(result.standardError.count < 300)
    }
}
