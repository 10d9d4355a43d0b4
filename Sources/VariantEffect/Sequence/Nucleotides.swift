/// Byte-level helpers for DNA sequences held as upper-case ASCII (`A`, `C`, `G`, `T`).
///
/// Sequences are `[UInt8]` rather than `String` so that the hot paths (mapping, shifting,
/// translation) never touch `Character`.
enum Nucleotides {
    static let adenine = UInt8(ascii: "A")
    static let cytosine = UInt8(ascii: "C")
    static let guanine = UInt8(ascii: "G")
    static let thymine = UInt8(ascii: "T")

    /// The upper-case form of an ASCII letter; other bytes are returned unchanged.
    static func uppercased(_ byte: UInt8) -> UInt8 {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) ? byte - 32 : byte
    }

    /// True for `A`, `C`, `G` and `T` (upper case).
    static func isUnambiguousBase(_ byte: UInt8) -> Bool {
        byte == adenine || byte == cytosine || byte == guanine || byte == thymine
    }

    /// The Watson–Crick complement of an upper-case base; `N` and other bytes are returned unchanged.
    static func complement(_ byte: UInt8) -> UInt8 {
        switch byte {
        case adenine: return thymine
        case thymine: return adenine
        case cytosine: return guanine
        case guanine: return cytosine
        default: return byte
        }
    }

    /// The reverse complement of a sequence.
    static func reverseComplement(_ bases: [UInt8]) -> [UInt8] {
        bases.reversed().map(complement)
    }

    /// The bytes as a `String` (they are ASCII).
    static func string<C: Collection<UInt8>>(_ bases: C) -> String {
        String(decoding: bases, as: UTF8.self)
    }
}
