import Foundation
import StrictDecoding

/// Deterministic JSON text for ``JSONValue``s.
///
/// Both forms sort object members by the UTF-16 code units of their names, escape strings minimally and write
/// numbers as ECMAScript does (shortest round-trip digits), as RFC 8785 (JSON Canonicalization Scheme, JCS)
/// specifies. `canonical` is the JCS form, used for digests; `pretty` adds two-space indentation and a final
/// newline for files people read. Parsing `pretty` output and writing it `canonical` gives the JCS form.
public enum JSONSerializer {
    /// The RFC 8785 canonical form: no whitespace.
    public static func canonical(_ value: JSONValue) -> String {
        var output = Output(indented: false, text: true)
        output.write(value, level: 0)
        return output.finishedText()
    }

    /// Indented form with a trailing newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = Output(indented: true, text: true)
        output.write(value, level: 0)
        output.bytes.append(UInt8(ascii: "\n"))
        return output.finishedText()
    }

    /// Both forms of one value as UTF-8 bytes, the tree walked once: the canonical bytes are the indented bytes
    /// without the whitespace `pretty` writes outside strings (newlines, indentation and the space after each
    /// member name), which is all the whitespace it writes there. Bytes, not `String`s, so that a server can send
    /// one and hash the other without decoding either.
    public static func prettyAndCanonical(_ value: JSONValue) -> (pretty: [UInt8], canonical: [UInt8]) {
        var output = Output(indented: true, text: false)
        output.write(value, level: 0)
        let canonical = output.bytes.withUnsafeBufferPointer { pretty in
            [UInt8](unsafeUninitializedCapacity: pretty.count) { kept, count in
                count = 0
                guard let source = pretty.baseAddress, let target = kept.baseAddress else { return }
                // Line by line: each line is indentation, then at most one member name with its ": ", then one
                // value or bracket, then at most a comma. Only the indentation, the space after the name and the
                // line break are left out; the rest of the line is copied whole (strings hold no raw line break).
                // Byte by byte with a string state this took 3.4% of the server's CPU per FoundationOne report;
                // line by line, with memchr finding the breaks, 1.1%.
                var position = 0
                let end = pretty.count
                while position < end {
                    while position < end, source[position] == UInt8(ascii: " ") { position += 1 }
                    var copyFrom = position
                    if position < end, source[position] == UInt8(ascii: "\"") {
                        var cursor = position + 1
                        while cursor < end, source[cursor] != UInt8(ascii: "\"") {
                            cursor += source[cursor] == UInt8(ascii: "\\") ? 2 : 1
                        }
                        // A member name: copy it and its colon, leave out the space.
                        if cursor + 2 < end, source[cursor + 1] == UInt8(ascii: ":"), source[cursor + 2] == UInt8(ascii: " ") {
                            let length = cursor + 2 - position
                            (target + count).update(from: source + position, count: length)
                            count += length
                            copyFrom = cursor + 3
                        }
                    }
                    let lineEnd = memchr(source + copyFrom, 0x0A, end - copyFrom).map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - source } ?? end
                    (target + count).update(from: source + copyFrom, count: lineEnd - copyFrom)
                    count += lineEnd - copyFrom
                    position = lineEnd + 1
                }
            }
        }
        output.bytes.append(UInt8(ascii: "\n"))
        return (output.bytes, canonical)
    }

    /// The text being written, as UTF-8 bytes (appending bytes is several times faster than appending to a
    /// `String` scalar by scalar).
    private struct Output {
        /// Whether lines are broken and indented by two spaces a level.
        let indented: Bool
        /// A line break and the indentation of the first 32 levels.
        private let breaks: [UInt8] = [UInt8(ascii: "\n")] + Array(repeating: UInt8(ascii: " "), count: 64)
        var bytes: [UInt8] = []
        /// For a `String` result, the text written before `bytes`. Strings with non-ASCII characters are appended
        /// to it as they are, so that `String(decoding:)` only sees ASCII bytes, which it checks eight at a time:
        /// checking the whole output as UTF-8 was 14% of the serializer's time for a FoundationOne report.
        private var head: String?

        init(indented: Bool, text: Bool) {
            self.indented = indented
            bytes.reserveCapacity(1 << 16)
            if text {
                head = ""
                head?.reserveCapacity(1 << 16)
            }
        }

        /// The text written, for an output made with `text: true`.
        mutating func finishedText() -> String {
            flush()
            return head ?? ""
        }

        /// Moves the bytes written into `head`.
        private mutating func flush() {
            guard head != nil, !bytes.isEmpty else { return }
            head?.append(String(decoding: bytes, as: UTF8.self))
            bytes.removeAll(keepingCapacity: true)
        }

        mutating func write(_ value: JSONValue, level: Int) {
            switch value {
            case .null: bytes.append(contentsOf: "null".utf8)
            case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
            case .int(let number): bytes.append(contentsOf: JSONSerializer.integerText(number).utf8)
            case .double(let number): bytes.append(contentsOf: JSONSerializer.format(number).utf8)
            case .string(let text): writeString(text)
            case .array(let values):
                guard !values.isEmpty else { bytes.append(contentsOf: "[]".utf8); return }
                bytes.append(UInt8(ascii: "["))
                for (position, element) in values.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(level: level + 1)
                    write(element, level: level + 1)
                }
                newline(level: level)
                bytes.append(UInt8(ascii: "]"))
            case .object(let members):
                guard !members.isEmpty else { bytes.append(contentsOf: "{}".utf8); return }
                bytes.append(UInt8(ascii: "{"))
                // The members' positions are sorted by a name prefix that compares as one integer, the names
                // themselves compared only when the prefixes cannot tell: reading names in the comparisons
                // retained and released a name and a value each time (pretty 0.27 -> 0.23 ms for a FoundationOne
                // interpretation). Reading a member by its position spares hashing its name again.
                var order: [NamePrefix] = []
                order.reserveCapacity(members.count)
                for index in members.indices { order.append(NamePrefix(of: members[index].key, position: index)) }
                order.sort { first, second in
                    first.decides(against: second)
                        ? first.bytes < second.bytes : JSONSerializer.precedes(members[first.position].key, members[second.position].key)
                }
                for (place, name) in order.enumerated() {
                    if place > 0 { bytes.append(UInt8(ascii: ",")) }
                    newline(level: level + 1)
                    let member = members[name.position]
                    writeString(member.key)
                    bytes.append(UInt8(ascii: ":"))
                    if indented { bytes.append(UInt8(ascii: " ")) }
                    write(member.value, level: level + 1)
                }
                newline(level: level)
                bytes.append(UInt8(ascii: "}"))
            }
        }

        private mutating func newline(level: Int) {
            guard indented else { return }
            // A line break and its indentation copied from `breaks` at once: appending an array of two spaces
            // per level retained and released it each time (a fifth of the serializer's time), appending
            // repeated spaces took 0.05 of it more than the copy.
            let count = 1 + 2 * level
            guard count <= breaks.count else {
                bytes.append(UInt8(ascii: "\n"))
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: 2 * level))
                return
            }
            breaks.withUnsafeBufferPointer { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[..<count])) }
        }

        /// A string with the minimal JCS escapes: quote, backslash and the control characters below U+0020
        /// (the short forms where JSON has them). Every other byte of the UTF-8 text is copied as it is.
        private mutating func writeString(_ text: String) {
            bytes.append(UInt8(ascii: "\""))
            defer { bytes.append(UInt8(ascii: "\"")) }
            var text = text
            let kind = text.withUTF8 { utf8 in
                let kind = TextKind(utf8)
                if kind == .ascii || (kind == .unicode && head == nil) { bytes.append(contentsOf: utf8) }
                return kind
            }
            if kind == .unicode, head != nil {
                flush()
                head?.append(text)
            }
            guard kind == .escaped else { return }
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "\""): bytes.append(contentsOf: "\\\"".utf8)
                case UInt8(ascii: "\\"): bytes.append(contentsOf: "\\\\".utf8)
                case 0x08: bytes.append(contentsOf: "\\b".utf8)
                case 0x0C: bytes.append(contentsOf: "\\f".utf8)
                case 0x0A: bytes.append(contentsOf: "\\n".utf8)
                case 0x0D: bytes.append(contentsOf: "\\r".utf8)
                case 0x09: bytes.append(contentsOf: "\\t".utf8)
                case 0..<0x20:
                    let hex = String(byte, radix: 16)
                    bytes.append(contentsOf: ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
                default: bytes.append(byte)
                }
            }
        }
    }

    /// The first eight UTF-8 bytes of a member name as one big-endian integer (zero-padded), and where the
    /// member is in the object's list.
    private struct NamePrefix {
        private(set) var bytes: UInt64 = 0
        /// No byte from 0xEE up, where UTF-8 and UTF-16 orders can differ (see ``precedes(_:_:)``).
        private var plain = true
        let position: [String: JSONValue].Index

        init(of name: String, position: [String: JSONValue].Index) {
            self.position = position
            // Read through the name's own storage, not a mutable copy (which took 0.06 of the serializer's time).
            // A name without contiguous UTF-8 is not `plain`, and so is always compared in full.
            var prefix: UInt64 = 0
            var plain = true
            let read: Void? = name.utf8.withContiguousStorageIfAvailable { utf8 in
                for index in 0..<min(8, utf8.count) {
                    prefix |= UInt64(utf8[index]) << (56 - 8 * index)
                    if utf8[index] >= 0xEE { plain = false }
                }
            }
            bytes = prefix
            self.plain = plain && read != nil
        }

        /// Whether the prefixes alone order the two names: they differ, and in bytes that sort as UTF-16 does.
        /// When one name is a prefix of the other, the zero padding sorts the shorter one first.
        func decides(against other: NamePrefix) -> Bool { bytes != other.bytes && plain && other.plain }
    }

    /// What a string's UTF-8 bytes need: copying as ASCII, copying with characters beyond ASCII, or escaping
    /// (a quote, a backslash or a byte below 0x20).
    private enum TextKind {
        case ascii, unicode, escaped

        /// Eight bytes are tested at a time: a byte is below n where the high bit of `(word - n) & ~word` is set
        /// (n at most 0x80), equal to c where `word ^ c` is below 1 (a byte-by-byte scan was 5% of the
        /// serializer's time).
        init(_ utf8: UnsafeBufferPointer<UInt8>) {
            let raw = UnsafeRawBufferPointer(utf8)
            let ones: UInt64 = 0x0101_0101_0101_0101
            let highBits = ones &* 0x80
            var seen: UInt64 = 0
            var offset = 0
            while offset + 8 <= raw.count {
                let word = raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
                let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
                let below = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                if below & highBits != 0 { self = .escaped; return }
                seen |= word
                offset += 8
            }
            for byte in raw[offset...] {
                if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { self = .escaped; return }
                seen |= UInt64(byte)
            }
            self = seen & highBits == 0 ? .ascii : .unicode
        }
    }

    /// Whether `first` sorts before `second` by UTF-16 code units (RFC 8785 section 3.2.3).
    ///
    /// UTF-8 bytes sort in code-point order, which is the UTF-16 order except between a character of
    /// U+E000–U+FFFF (led by 0xEE or 0xEF) and one beyond U+FFFF (led by 0xF0–0xF4). The bytes are compared
    /// until the first difference; only when a lead byte from 0xEE up is part of it are the UTF-16 units compared.
    static func precedes(_ first: String, _ second: String) -> Bool {
        var firstBytes = first.utf8.makeIterator()
        var secondBytes = second.utf8.makeIterator()
        while true {
            switch (firstBytes.next(), secondBytes.next()) {
            case let (a?, b?):
                if a == b { continue }
                if a >= 0xEE || b >= 0xEE { return first.utf16.lexicographicallyPrecedes(second.utf16) }
                return a < b
            case (nil, .some): return true
            default: return false
            }
        }
    }

    /// Integers as ECMAScript numbers: exact up to 2^53; beyond, the nearest double, as a JCS
    /// implementation that parses into IEEE 754 doubles would write them.
    private static func integerText(_ number: Int) -> String {
        let exactLimit = 1 << 53
        return (-exactLimit...exactLimit).contains(number) ? String(number) : format(Double(number))
    }

    /// ECMAScript `Number.prototype.toString` for a finite double (RFC 8785 section 3.2.2.3).
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == 0 { return "0" }
        // Swift writes the same shortest round-trip digits, and writes them without an exponent only between
        // 1e-4 and 2^53, inside ECMAScript's range for plain digits (1e-6 up to 1e21): there the two texts differ
        // only in Swift's ".0" after a whole number (equal for 9.6 million doubles of every magnitude, random bit
        // patterns included, against the general path below).
        let text = number.description
        if !text.utf8.contains(UInt8(ascii: "e")) { return text.hasSuffix(".0") ? String(text.dropLast(2)) : text }
        if number < 0 { return "-" + format(-number) }
        let (digits, exponent) = shortestDigits(number)
        let k = digits.count
        let n = exponent
        if k <= n && n <= 21 {
            return digits + String(repeating: "0", count: n - k)
        }
        if 0 < n && n <= 21 {
            let split = digits.index(digits.startIndex, offsetBy: n)
            return String(digits[..<split]) + "." + String(digits[split...])
        }
        if -6 < n && n <= 0 {
            return "0." + String(repeating: "0", count: -n) + digits
        }
        let e = n - 1
        let exponentText = (e < 0 ? "-" : "+") + String(abs(e))
        if k == 1 { return digits + "e" + exponentText }
        return String(digits.prefix(1)) + "." + String(digits.dropFirst()) + "e" + exponentText
    }

    /// The shortest round-trip decimal digits of a positive double and the exponent n such that
    /// value = 0.d1d2…dk × 10^n.
    private static func shortestDigits(_ number: Double) -> (String, Int) {
        let text = "\(number)"  // Swift prints the shortest digits that round-trip
        let parts = text.split(separator: "e", maxSplits: 1)
        let mantissa = String(parts[0])
        let exponent = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        let pieces = mantissa.split(separator: ".", maxSplits: 1, omittingEmptySubsequences: false)
        let whole = String(pieces[0])
        let fraction = pieces.count > 1 ? String(pieces[1]) : ""
        var digits = Array(whole + fraction)
        var pointPosition = whole.count
        while let first = digits.first, first == "0", digits.count > 1 {
            digits.removeFirst()
            pointPosition -= 1
        }
        while let last = digits.last, last == "0", digits.count > 1 { digits.removeLast() }
        return (String(digits), pointPosition + exponent)
    }
}
