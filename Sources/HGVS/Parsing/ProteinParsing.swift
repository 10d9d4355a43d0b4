/// Protein descriptions: the special forms, residues and amino-acid codes.
extension VariantTextParser {
    /// protein = "=" | "(=)" | "0" | "0?" | "?" | change | "(" change ")"
    mutating func parseProteinDescription() throws(ParseFailure) -> ProteinVariant {
        if scanner.consume("=") { return .noChange(isPredicted: false) }
        if scanner.consume("0") { return .noProtein(isPredicted: scanner.consume("?")) }
        if scanner.consume("?") { return .unknown }
        guard scanner.consume("(") else { return try parseProteinChange(isPredicted: false) }
        if scanner.consume("=") {
            try scanner.expect(")", "')' closing '(='")
            return .noChange(isPredicted: true)
        }
        if scanner.peekIs("?") || scanner.peekIs("0") {
            throw scanner.failure("a protein change in the parentheses ('p.?' and 'p.0?' are written without them)")
        }
        let change = try parseProteinChange(isPredicted: true)
        try scanner.expect(")", "')' closing the predicted change")
        return change
    }

    /// change = residue ["_" residue] edit | "X" number "_splice"
    private mutating func parseProteinChange(isPredicted: Bool) throws(ParseFailure) -> ProteinVariant {
        let start = try parseResidue()
        if start.aminoAcid == "X", scanner.consume("_splice") {
            return .spliceSite(position: start.position, isPredicted: isPredicted)
        }
        var end: ResiduePosition?
        if scanner.consume("_") {
            let endOffset = scanner.index
            let last = try parseResidue()
            guard last.position > start.position else {
                throw scanner.failure(
                    "a residue beyond position \(start.position) to end the range", found: "position \(last.position)", at: endOffset)
            }
            end = last
        }
        let edit = try parseProteinEdit(isRange: end != nil)
        return .change(ProteinChange(start: start, end: end, edit: edit, isPredicted: isPredicted))
    }

    /// residue = amino acid number, as in `Gly333`, `G333`, `Ter606`, `*606`, `X168`.
    private mutating func parseResidue() throws(ParseFailure) -> ResiduePosition {
        let aminoAcid = try parseAminoAcid(.residue).code
        let position = try scanner.readCount("a residue number")
        return ResiduePosition(aminoAcid: aminoAcid, position: position)
    }

    /// Where an amino-acid code stands, which decides what `X` means.
    enum AminoAcidRole {
        /// A reference residue or an inserted one: `X` is an unknown residue (`Xaa`).
        case residue
        /// The new residue of a substitution, frameshift or extension: `X` is a stop, as in older
        /// reports and in biocommons.
        case alternate
    }

    /// An amino acid: a three-letter code (`Gly`, `Ter`), a one-letter code (`G`) or `*`.
    /// Returns the one-letter code and whether it was written with three letters.
    mutating func parseAminoAcid(_ role: AminoAcidRole) throws(ParseFailure) -> (code: Character, isThreeLetter: Bool) {
        let expected = "an amino acid (three-letter like 'Gly' or one-letter like 'G')"
        guard let first = scanner.peek() else { throw scanner.failure(expected) }
        if first == UInt8(ascii: "*") {
            scanner.index += 1
            return ("*", false)
        }
        guard first.isASCIIUppercase else { throw scanner.failure(expected) }
        if let second = scanner.peek(1), second.isASCIILowercase, !keywordFollows(ahead: 1) {
            guard let third = scanner.peek(2), let code = AminoAcidCode.oneLetterCode(first, second, third) else {
                throw scanner.failure(expected)
            }
            scanner.index += 3
            return (Character(Unicode.Scalar(code)), true)
        }
        guard AminoAcidCode.isResidueLetter(first) else { throw scanner.failure(expected) }
        scanner.index += 1
        if first == UInt8(ascii: "X"), role == .alternate { return ("*", false) }
        return (Character(Unicode.Scalar(first)), false)
    }

    /// True when an edit keyword that may follow a one-letter code starts `ahead` bytes on
    /// (`A` + `fs` in `G333Afs*12`, `L` + `ext` in `*606Lext*5`).
    private func keywordFollows(ahead: Int) -> Bool {
        scanner.hasPrefix("fs", ahead: ahead) || scanner.hasPrefix("ext", ahead: ahead)
            || scanner.hasPrefix("del", ahead: ahead) || scanner.hasPrefix("dup", ahead: ahead)
            || scanner.hasPrefix("ins", ahead: ahead)
    }
}
