/// Nucleotide edits: `A>T`, `del`, `dup`, `ins`, `delins`, `inv`, `=`, `[3]`, `copy3`.
extension VariantTextParser {
    /// Keywords are tried before bases, since `c` of `copy` is also a (lower-case) base.
    ///
    /// edit = bases (">" bases | "=") | "delins" bases | "del" [bases | count] ["ins" bases]
    ///      | "dup" [bases] | "ins" bases | "inv" [bases] | "=" | "[" count "]" | "copy" count
    mutating func parseNucleotideEdit(_ system: CoordinateSystem, at location: NucleotideInterval) throws(ParseFailure) -> NucleotideEdit {
        if scanner.consume("delins") {
            return .deletionInsertion(reference: nil, inserted: try readRequiredBases(system, "the inserted bases"))
        }
        if scanner.consume("del") {
            let reference = optionalBases(system)
            let length = reference == nil && (scanner.peek()?.isASCIIDigit ?? false)
                ? try scanner.readCount("a deletion length") : nil
            if scanner.consume("ins") {
                return .deletionInsertion(reference: reference, inserted: try readRequiredBases(system, "the inserted bases"))
            }
            return .deletion(reference: reference, length: length)
        }
        if scanner.consume("dup") {
            let reference = optionalBases(system)
            if scanner.peek()?.isASCIIDigit ?? false {
                throw scanner.failure("the end of the duplication ('dupN' is not HGVS: write the duplicated bases, or nothing)")
            }
            return .duplication(reference: reference)
        }
        if scanner.consume("ins") {
            guard !location.isSinglePosition else {
                throw scanner.failure(
                    "an insertion between two flanking positions, as in '76_77insT'", found: "a single position",
                    at: scanner.index - 3)
            }
            return .insertion(inserted: try readRequiredBases(system, "the inserted bases"))
        }
        if scanner.consume("inv") {
            let reference = optionalBases(system)
            if scanner.peek()?.isASCIIDigit ?? false {
                throw scanner.failure("the end of the inversion (an inversion takes no length)")
            }
            return .inversion(reference: reference)
        }
        if scanner.consume("=") { return .identity(reference: nil) }
        if scanner.consume("[") {
            let copies = try scanner.readCount("a number of copies")
            try scanner.expect("]", "']' closing the number of copies")
            return .repeated(copies: copies)
        }
        if scanner.consume("copy") {
            return .repeated(copies: try scanner.readCount("a number of copies"))
        }
        if scanner.hasPrefix("con") {
            throw scanner.failure("an edit this parser supports", found: "a conversion ('con'), which it does not")
        }
        if let byte = scanner.peek(), isBase(byte, system) {
            let reference = readBases(system)
            if scanner.consume("=") { return .identity(reference: reference) }
            try scanner.expect(">", "'>' or '=' (a substitution, or an unchanged base)")
            let alternate = try readRequiredBases(system, "the alternate base")
            return .substitution(reference: reference, alternate: alternate)
        }
        throw scanner.failure("an edit such as 'G>A', 'del', 'dup', 'ins…', 'delins…', 'inv' or '='")
    }

    /// Bases of the system's alphabet, either case: `ACGT` for DNA, `ACGU` for RNA, and the IUPAC
    /// ambiguity codes `RYMKWSBDHVN` in both (as biocommons' grammar allows).
    private func isBase(_ byte: UInt8, _ system: CoordinateSystem) -> Bool {
        guard byte.isASCIILetter else { return false }
        let upper = byte & ~0x20
        if upper == UInt8(ascii: "T") { return system != .rna }
        if upper == UInt8(ascii: "U") { return system == .rna }
        return Self.sharedBaseCodes.contains(upper)
    }

    private static let sharedBaseCodes: [UInt8] = Array("ACGRYMKWSBDHVN".utf8)

    /// Reads bases, normalised to upper case (DNA) or lower case (RNA).
    private mutating func readBases(_ system: CoordinateSystem) -> String {
        let start = scanner.index
        while let byte = scanner.peek(), isBase(byte, system) { scanner.index += 1 }
        let raw = UnsafeBufferPointer(rebasing: scanner.bytes[start..<scanner.index])
        let normalised = raw.map { system == .rna ? ($0 | 0x20) : ($0 & ~0x20) }
        return String(decoding: normalised, as: UTF8.self)
    }

    private mutating func optionalBases(_ system: CoordinateSystem) -> String? {
        let bases = readBases(system)
        return bases.isEmpty ? nil : bases
    }

    /// Reads at least one base; `what` names them in the error (`"the inserted bases"`).
    private mutating func readRequiredBases(_ system: CoordinateSystem, _ what: String) throws(ParseFailure) -> String {
        let bases = readBases(system)
        guard !bases.isEmpty else {
            let alphabet = system == .rna ? "a, c, g, u" : "A, C, G, T"
            throw scanner.failure("\(what) (\(alphabet) or an IUPAC code such as N)")
        }
        return bases
    }
}
