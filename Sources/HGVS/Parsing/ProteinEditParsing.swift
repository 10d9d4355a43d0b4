/// Protein edits: substitutions, `del`, `dup`, `ins`, `delins`, `fs`, `ext`, `=` and `?`.
extension VariantTextParser {
    /// edit = "delins" residues | "del" | "dup" | "ins" residues | "=" | "?"
    ///      | [amino acid] ("fs" [stop] | "ext" extension) | amino acid
    mutating func parseProteinEdit(isRange: Bool) throws(ParseFailure) -> ProteinEdit {
        if scanner.consume("delins") { return .deletionInsertion(inserted: try parseInsertedResidues()) }
        if scanner.consume("del") {
            try expectNothingMore("the end of the deletion (a protein deletion names no residues, as in 'Arg34_Ser40del')")
            return .deletion
        }
        if scanner.consume("dup") {
            try expectNothingMore("the end of the duplication (a protein duplication takes no count or residues)")
            return .duplication
        }
        if scanner.consume("ins") {
            guard isRange else {
                throw scanner.failure(
                    "an insertion between two flanking residues, as in 'Lys2_Leu3insGln'", found: "a single residue",
                    at: scanner.index - 3)
            }
            return .insertion(inserted: try parseInsertedResidues())
        }
        if scanner.consume("=") { return .synonymous }
        guard !isRange else { throw scanner.failure("'del', 'dup', 'ins…', 'delins…' or '=' (the edits a range can take)") }
        if scanner.consume("?") { return .substitution(alternate: "?") }
        var alternate: Character?
        if let byte = scanner.peek(), byte.isASCIIUppercase || byte == UInt8(ascii: "*") {
            alternate = try parseAminoAcid(.alternate).code
        }
        if scanner.consume("fs") { return .frameshift(alternate: alternate, stop: try parseStopDistance(after: "fs")) }
        if scanner.consume("ext") { return try parseExtension(alternate: alternate) }
        if let alternate { return .substitution(alternate: alternate) }
        throw scanner.failure("an amino acid or an edit ('del', 'dup', 'ins…', 'delins…', 'fs', 'ext', '=' or '?')")
    }

    private func expectNothingMore(_ expected: String) throws(ParseFailure) {
        if let byte = scanner.peek(), byte.isASCIILetter || byte.isASCIIDigit {
            throw scanner.failure(expected)
        }
    }

    /// stop = ("*" | "Ter" | "X") [number | "?"], or nothing. A bare number or `?` (`fs2`, `fs?`) is refused.
    private mutating func parseStopDistance(after keyword: String) throws(ParseFailure) -> StopDistance {
        let hasStop = scanner.consume("*") || scanner.consume("Ter") || scanner.consume("X")
        if scanner.consume("?") {
            guard hasStop else { throw scanner.failure("'*' or 'Ter' before '?'", at: scanner.index - 1) }
            return .unknown
        }
        guard scanner.peek()?.isASCIIDigit ?? false else { return .notGiven }
        guard hasStop else { throw scanner.failure("'*' or 'Ter' between '\(keyword)' and the distance to the new stop") }
        return .known(try scanner.readCount("the distance to the new stop"))
    }

    /// extension = "-" (number | "?") | "Met-" number  (N-terminal) | stop (C-terminal)
    private mutating func parseExtension(alternate: Character?) throws(ParseFailure) -> ProteinEdit {
        let isNTerminal = scanner.consume("-") || scanner.consume("Met-") || scanner.consume("M-")
        guard isNTerminal else {
            return .extension(alternate: alternate, isNTerminal: false, length: try parseStopDistance(after: "ext"))
        }
        let length: StopDistance = scanner.consume("?")
            ? .unknown : .known(try scanner.readCount("the number of residues added before Met1"))
        return .extension(alternate: alternate, isNTerminal: true, length: length)
    }

    /// One or more residues in one style (all three-letter or all one-letter); a stop may only come last.
    private mutating func parseInsertedResidues() throws(ParseFailure) -> [Character] {
        guard let first = scanner.peek(), first.isASCIIUppercase || first == UInt8(ascii: "*") else {
            throw scanner.failure("the inserted amino acids")
        }
        var residues: [Character] = []
        var threeLetterStyle: Bool?
        while let byte = scanner.peek(), byte.isASCIIUppercase || byte == UInt8(ascii: "*") {
            if residues.last == "*" {
                throw scanner.failure("the end of the inserted residues (nothing may follow a stop)")
            }
            let start = scanner.index
            let residue = try parseAminoAcid(.residue)
            if residue.code != "*" {
                if let style = threeLetterStyle, style != residue.isThreeLetter {
                    throw scanner.failure("inserted residues all in one style (three-letter or one-letter)", at: start)
                }
                threeLetterStyle = residue.isThreeLetter
            }
            residues.append(residue.code)
        }
        return residues
    }
}
