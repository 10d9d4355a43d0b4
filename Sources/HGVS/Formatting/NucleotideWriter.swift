/// Writes nucleotide descriptions (`c.1000+1G>A`, `c.(?_-1)_(*1_?)del`).
enum NucleotideWriter {
    static func string(for variant: NucleotideVariant) -> String {
        let body = location(variant.location) + edit(variant.edit)
        return variant.coordinateSystem.rawValue + "." + (variant.isUncertain ? "(\(body))" : body)
    }

    static func location(_ interval: NucleotideInterval) -> String {
        if interval.isUncertain { return "(\(position(interval.start))_\(position(interval.end)))" }
        let start = interval.startRangeEnd.map { "(\(position(interval.start))_\(position($0)))" } ?? position(interval.start)
        if interval.isSinglePosition { return start }
        let end = interval.endRangeStart.map { "(\(position($0))_\(position(interval.end)))" } ?? position(interval.end)
        return start + "_" + end
    }

    static func position(_ position: NucleotidePosition) -> String {
        var text = ""
        switch (position.base, position.datum) {
        case (nil, _): text = "?"
        case let (base?, .cdsEnd): text = "*\(base)"
        case let (base?, _): text = String(base)
        }
        switch position.offset {
        case nil: text += position.unknownOffsetIsNegative ? "-?" : "+?"
        case 0?: break
        case let offset? where offset > 0: text += "+\(offset)"
        case let offset?: text += String(offset)
        }
        return text
    }

    static func edit(_ edit: NucleotideEdit) -> String {
        switch edit {
        case let .substitution(reference, alternate):
            reference.count == 1 && alternate.count == 1 ? "\(reference)>\(alternate)" : "delins\(alternate)"
        case .deletion: "del"
        case .duplication: "dup"
        case .insertion(let inserted): "ins\(inserted)"
        case .deletionInsertion(_, let inserted): "delins\(inserted)"
        case .inversion: "inv"
        case .identity: "="
        case .repeated(let copies): "[\(copies)]"
        }
    }
}
