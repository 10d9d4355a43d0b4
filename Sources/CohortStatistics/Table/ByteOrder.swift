extension String {
    /// True when this text's UTF-8 bytes sort before `other`'s: the byte order in which groups, strata
    /// and cohort outputs are listed, the same on every platform and locale.
    public func precedesInByteOrder(_ other: String) -> Bool {
        utf8.lexicographicallyPrecedes(other.utf8)
    }
}

extension Sequence<String> {
    /// The texts in byte order (see ``Swift/String/precedesInByteOrder(_:)``).
    public func sortedInByteOrder() -> [String] {
        sorted { $0.precedesInByteOrder($1) }
    }
}
