/// Nucleotide locations: positions, ranges and uncertain ranges.
extension VariantTextParser {
    /// nucleotide description = location edit | "(" location edit ")"  (the latter for `r.` only)
    mutating func parseNucleotideDescription(_ system: CoordinateSystem) throws(ParseFailure) -> NucleotideVariant {
        if system == .rna, isPredictedRNAChange() {
            scanner.index += 1
            let location = try parseNucleotideInterval(system)
            let edit = try parseNucleotideEdit(system, at: location)
            try scanner.expect(")", "')' closing the predicted change")
            return NucleotideVariant(coordinateSystem: system, location: location, edit: edit, isUncertain: true)
        }
        let location = try parseNucleotideInterval(system)
        let edit = try parseNucleotideEdit(system, at: location)
        return NucleotideVariant(coordinateSystem: system, location: location, edit: edit)
    }

    /// True when `(` opens a whole predicted change `r.(76a>u)`, not an uncertain range `r.(1_10)a>u`:
    /// the parenthesis must not close right after one or two positions.
    private func isPredictedRNAChange() -> Bool {
        guard scanner.peekIs("(") else { return false }
        if scanner.peekIs("(", ahead: 1) { return true }
        var probe = self
        probe.scanner.index += 1
        guard (try? probe.parseNucleotidePosition(.rna)) != nil else { return true }
        if probe.scanner.consume("_"), (try? probe.parseNucleotidePosition(.rna)) == nil { return true }
        return !probe.scanner.peekIs(")")
    }

    /// interval = bound ["_" bound] | "(" position "_" position ")" ;
    /// bound = position | "(" position "_" position ")"
    mutating func parseNucleotideInterval(_ system: CoordinateSystem) throws(ParseFailure) -> NucleotideInterval {
        let first = try parseBound(system)
        guard scanner.consume("_") else {
            guard let upper = first.upper else { return NucleotideInterval(start: first.lower) }
            return NucleotideInterval(start: first.lower, end: upper, isUncertain: true)
        }
        let second = try parseBound(system)
        return NucleotideInterval(
            start: first.lower, end: second.upper ?? second.lower,
            startRangeEnd: first.upper, endRangeStart: second.upper == nil ? nil : second.lower)
    }

    /// A position (`upper` nil), or an uncertain range `(lower_upper)`.
    private mutating func parseBound(_ system: CoordinateSystem) throws(ParseFailure) -> (lower: NucleotidePosition, upper: NucleotidePosition?) {
        guard scanner.consume("(") else { return (try parseNucleotidePosition(system), nil) }
        let lower = try parseNucleotidePosition(system)
        try scanner.expect("_", "'_' between the two positions of an uncertain range")
        let upper = try parseNucleotidePosition(system)
        try scanner.expect(")", "')' closing the uncertain range")
        return (lower, upper)
    }

    /// position = "?" | ["-" | "*"] number [("+" | "-") (number | "?")]
    ///
    /// `-` and `*` (5′ and 3′ UTR) exist in `c.` and `r.`; `-` also in `n.` (upstream of the
    /// transcript); intronic offsets in `c.`, `n.` and `r.`. `g.` and `m.` count plain bases.
    mutating func parseNucleotidePosition(_ system: CoordinateSystem) throws(ParseFailure) -> NucleotidePosition {
        let countsFromCDS = system == .coding || system == .rna
        let hasOffsets = system != .genomic && system != .mitochondrial
        let linearDatum: NucleotidePosition.Datum = countsFromCDS ? .cdsStart : .sequenceStart
        if scanner.consume("?") { return NucleotidePosition(base: nil, offset: 0, datum: linearDatum) }

        var datum = linearDatum
        var sign = 1
        if scanner.peekIs("*") {
            guard countsFromCDS else {
                throw scanner.failure("a position number (\(system.rawValue). positions have no '*' form; that is for c. 3′ UTR positions)")
            }
            scanner.index += 1
            datum = .cdsEnd
        } else if scanner.peekIs("-") {
            guard hasOffsets else { throw scanner.failure("a position number (\(system.rawValue). positions are never negative)") }
            scanner.index += 1
            sign = -1
        }
        let base = sign * (try scanner.readCount("a position number"))

        var offset = 0
        if let byte = scanner.peek(), byte == UInt8(ascii: "+") || byte == UInt8(ascii: "-") {
            guard hasOffsets else {
                throw scanner.failure("'_' or an edit (\(system.rawValue). positions have no intronic offset)")
            }
            scanner.index += 1
            if scanner.consume("?") {
                return NucleotidePosition(
                    base: base, offset: nil, datum: datum, unknownOffsetIsNegative: byte == UInt8(ascii: "-"))
            }
            offset = (byte == UInt8(ascii: "+") ? 1 : -1) * (try scanner.readCount("an intronic offset"))
        }
        return NucleotidePosition(base: base, offset: offset, datum: datum)
    }
}
