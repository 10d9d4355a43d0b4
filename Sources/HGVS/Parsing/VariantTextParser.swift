/// The recursive-descent parser behind ``HGVSParser``: one instance parses one string.
///
/// The grammar is split by concept over extensions: the reference prefix
/// (`ReferenceParsing.swift`), nucleotide descriptions (`NucleotideParsing.swift`,
/// `NucleotideEditParsing.swift`) and protein descriptions (`ProteinParsing.swift`,
/// `ProteinEditParsing.swift`).
struct VariantTextParser {
    var scanner: ByteScanner

    /// variant = [reference ":"] description
    mutating func parseVariant() throws(ParseFailure) -> HGVSVariant {
        trimWhitespace()
        guard !scanner.isAtEnd else {
            throw scanner.failure("an HGVS variant description", found: "empty input", at: 0)
        }
        if let space = firstIndex(where: \.isASCIIWhitespace) {
            throw scanner.failure(
                "a single description without spaces (one variant per string, e.g. 'KEAP1:p.G333C')", at: space)
        }
        var reference = ReferencePrefix(accession: nil, gene: nil)
        if let colon = firstColon() {
            reference = try parseReference(endingAt: colon)
            scanner.index = colon + 1
        }
        scanner.contextStart = scanner.index
        let description = try parseDescription(allowsBareChange: reference.accession == nil)
        guard scanner.isAtEnd else { throw scanner.failure("the end of the description") }
        return HGVSVariant(accession: reference.accession, gene: reference.gene, description: description)
    }

    private mutating func trimWhitespace() {
        while let byte = scanner.peek(), byte.isASCIIWhitespace { scanner.index += 1 }
        while scanner.end > scanner.index, scanner.bytes[scanner.end - 1].isASCIIWhitespace { scanner.end -= 1 }
    }

    private func firstColon() -> Int? {
        firstIndex { $0 == UInt8(ascii: ":") }
    }

    /// The offset of the first remaining byte that satisfies `predicate`.
    private func firstIndex(where predicate: (UInt8) -> Bool) -> Int? {
        var position = scanner.index
        while position < scanner.end {
            if predicate(scanner.bytes[position]) { return position }
            position += 1
        }
        return nil
    }

    /// description = type "." (protein | nucleotide) | bare change (see ``HGVSParser``)
    private mutating func parseDescription(allowsBareChange: Bool) throws(ParseFailure) -> VariantDescription {
        if let first = scanner.peek(), scanner.peekIs(".", ahead: 1) {
            if let system = CoordinateSystem(rawValue: String(Unicode.Scalar(first))) {
                scanner.index += 2
                return try parseTypedDescription(system)
            }
            if let lowered = CoordinateSystem(rawValue: String(Unicode.Scalar(first)).lowercased()) {
                throw scanner.failure("a lower-case coordinate type such as '\(lowered.rawValue).'")
            }
        }
        guard allowsBareChange else {
            throw scanner.failure("a coordinate type ('c.', 'g.', 'm.', 'n.', 'r.' or 'p.'), which a reference sequence needs")
        }
        switch bareChangeKind() {
        case .protein:
            return .protein(try parseProteinDescription())
        case .coding:
            return .nucleotide(try parseNucleotideDescription(.coding))
        case nil:
            throw scanner.failure("a coordinate type such as 'c.' or 'p.', or a bare change such as '235G>A' or 'E79K'")
        }
    }

    private mutating func parseTypedDescription(_ system: CoordinateSystem) throws(ParseFailure) -> VariantDescription {
        system == .protein
            ? .protein(try parseProteinDescription())
            : .nucleotide(try parseNucleotideDescription(system))
    }

    private enum BareChangeKind { case coding, protein }

    /// Applies the bare-change rule documented on ``HGVSParser``.
    private func bareChangeKind() -> BareChangeKind? {
        let ahead = scanner.peekIs("(") ? 1 : 0
        guard let first = scanner.peek(ahead) else { return nil }
        if first == UInt8(ascii: "-") || (first.isASCIIDigit && first != UInt8(ascii: "0")) { return .coding }
        if first.isASCIIUppercase { return .protein }
        if first == UInt8(ascii: "*") { return nucleotideEditFollowsNumber(from: ahead + 1) ? .coding : .protein }
        return nil
    }

    /// For text after a `*`: true when digits (and an optional intronic offset) are followed by
    /// something only a nucleotide description has: `_`, `>`, `=`, `[`, a lower-case edit
    /// (`del`, `dup`, `ins`, `inv`) or bases followed by `>` or `=`.
    private func nucleotideEditFollowsNumber(from ahead: Int) -> Bool {
        var position = ahead
        while let byte = scanner.peek(position), byte.isASCIIDigit { position += 1 }
        guard position > ahead, let next = scanner.peek(position) else { return false }
        if next.isASCIILowercase { return true }
        if "+-_>=[".utf8.contains(next) { return true }
        while let byte = scanner.peek(position), "ACGTN".utf8.contains(byte) { position += 1 }
        return scanner.peekIs(">", ahead: position) || scanner.peekIs("=", ahead: position)
    }
}
