/// The part before `:`: an accession, perhaps with a gene in parentheses, or a gene alone.
struct ReferencePrefix {
    var accession: String?
    var gene: String?
}

extension VariantTextParser {
    /// reference = name ["(" gene ")"], ending at the colon at byte `colon`.
    ///
    /// `name` is an accession when it contains `_` or a `.version`, is an Ensembl stable
    /// identifier (`ENST00000171111`) or a chromosome name (`chr19`); otherwise it is a gene symbol.
    mutating func parseReference(endingAt colon: Int) throws(ParseFailure) -> ReferencePrefix {
        let nameStart = scanner.index
        while scanner.index < colon, let byte = scanner.peek(), isNameByte(byte) { scanner.index += 1 }
        let name = text(from: nameStart, to: scanner.index)
        guard !name.isEmpty else {
            throw scanner.failure("a reference sequence (like 'NM_006164.5') or a gene symbol before ':'")
        }
        let nameIsAccession = isAccessionLike(name)
        if nameIsAccession {
            try validateAccession(name, start: nameStart)
        } else {
            try validateGeneSymbol(name, start: nameStart)
        }

        var gene: String?
        if scanner.consume("(") {
            let geneStart = scanner.index
            while scanner.index < colon, let byte = scanner.peek(), isNameByte(byte) { scanner.index += 1 }
            let symbol = text(from: geneStart, to: scanner.index)
            guard nameIsAccession else {
                throw scanner.failure("':' (a gene symbol alone takes nothing in parentheses)", at: geneStart - 1)
            }
            guard !isAccessionLike(symbol) else {
                throw scanner.failure(
                    "a gene symbol in parentheses", found: "the reference sequence '\(symbol)' (write the transcript alone, as in 'NM_203500.2:c.…')",
                    at: geneStart)
            }
            guard !symbol.isEmpty else { throw scanner.failure("a gene symbol in the parentheses") }
            try validateGeneSymbol(symbol, start: geneStart)
            try scanner.expect(")", "')' closing the gene symbol")
            gene = symbol
        }
        guard scanner.index == colon else {
            throw scanner.failure("':' ending the reference")
        }
        return nameIsAccession ? ReferencePrefix(accession: name, gene: gene) : ReferencePrefix(accession: nil, gene: name)
    }

    private func isNameByte(_ byte: UInt8) -> Bool {
        byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "_") || byte == UInt8(ascii: ".")
            || byte == UInt8(ascii: "-")
    }

    private func text(from start: Int, to end: Int) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: scanner.bytes[start..<end]), as: UTF8.self)
    }

    private func isAccessionLike(_ name: String) -> Bool {
        name.utf8.contains(UInt8(ascii: "_")) || name.utf8.contains(UInt8(ascii: "."))
            || isEnsemblIdentifier(name) || isChromosomeName(name)
    }

    /// `ENS` + upper-case letters + 11 digits: `ENST00000171111`, `ENSP00000171111`.
    private func isEnsemblIdentifier(_ name: String) -> Bool {
        guard name.hasPrefix("ENS") else { return false }
        let rest = name.utf8.dropFirst(3).drop(while: \.isASCIIUppercase)
        return rest.count == 11 && rest.allSatisfy(\.isASCIIDigit)
    }

    /// `chr1` … `chr22`, `chrX`, `chrY`, `chrM`, `chrMT`.
    private func isChromosomeName(_ name: String) -> Bool {
        guard name.hasPrefix("chr") else { return false }
        let rest = name.dropFirst(3)
        if ["X", "Y", "M", "MT"].contains(rest) { return true }
        guard let number = Int(rest) else { return false }
        return (1...22).contains(number)
    }

    /// accession = letter (letter | digit | "_" letter-or-digit)* ["." digit+]
    private func validateAccession(_ name: String, start: Int) throws(ParseFailure) {
        let bytes = Array(name.utf8)
        let expected = "a reference sequence accession such as 'NM_006164.5'"
        guard bytes[0].isASCIILetter else { throw scanner.failure(expected, at: start) }
        var position = 1
        while position < bytes.count, bytes[position] != UInt8(ascii: ".") {
            let byte = bytes[position]
            if byte == UInt8(ascii: "_") {
                guard position + 1 < bytes.count, bytes[position + 1].isASCIILetter || bytes[position + 1].isASCIIDigit else {
                    throw scanner.failure("a letter or digit to follow '_' in the accession", at: start + position + 1)
                }
            } else if !(byte.isASCIILetter || byte.isASCIIDigit) {
                throw scanner.failure(expected, at: start + position)
            }
            position += 1
        }
        guard position < bytes.count else { return }
        let version = bytes[(position + 1)...]
        guard !version.isEmpty, version.allSatisfy(\.isASCIIDigit) else {
            throw scanner.failure("a version number (digits) to follow '.' in the accession", at: start + position + 1)
        }
    }

    /// gene symbol = letter (letter | digit | "-")*
    private func validateGeneSymbol(_ name: String, start: Int) throws(ParseFailure) {
        for (position, byte) in name.utf8.enumerated() {
            let allowed = position == 0 ? byte.isASCIILetter : (byte.isASCIILetter || byte.isASCIIDigit || byte == UInt8(ascii: "-"))
            guard allowed else {
                throw scanner.failure("a gene symbol such as 'KEAP1' or an accession such as 'NM_203500.2'", at: start + position)
            }
        }
    }
}
