/// Deterministic JSON text for ``JSONValue``s.
///
/// Both forms sort object members by the UTF-16 code units of their names, escape strings minimally and write
/// numbers as ECMAScript does (shortest round-trip digits), as RFC 8785 (JSON Canonicalization Scheme, JCS)
/// specifies. `canonical` is the JCS form, used for digests; `pretty` adds two-space indentation and a final
/// newline for files people read. Parsing `pretty` output and writing it `canonical` gives the JCS form.
public enum JSONSerializer {
    /// The RFC 8785 canonical form: no whitespace.
    public static func canonical(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output, indent: nil, level: 0)
        return output
    }

    /// Indented form with a trailing newline.
    public static func pretty(_ value: JSONValue) -> String {
        var output = ""
        write(value, into: &output, indent: "  ", level: 0)
        output += "\n"
        return output
    }

    private static func write(_ value: JSONValue, into output: inout String, indent: String?, level: Int) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .int(let number): output += integerText(number)
        case .double(let number): output += format(number)
        case .string(let text): writeString(text, into: &output)
        case .array(let values):
            guard !values.isEmpty else { output += "[]"; return }
            output += "["
            for (position, element) in values.enumerated() {
                if position > 0 { output += "," }
                newline(&output, indent: indent, level: level + 1)
                write(element, into: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent: indent, level: level)
            output += "]"
        case .object(let members):
            guard !members.isEmpty else { output += "{}"; return }
            output += "{"
            let keys = members.keys.sorted { Array($0.utf16).lexicographicallyPrecedes(Array($1.utf16)) }
            for (position, key) in keys.enumerated() {
                if position > 0 { output += "," }
                newline(&output, indent: indent, level: level + 1)
                writeString(key, into: &output)
                output += indent == nil ? ":" : ": "
                write(members[key] ?? .null, into: &output, indent: indent, level: level + 1)
            }
            newline(&output, indent: indent, level: level)
            output += "}"
        }
    }

    /// Integers as ECMAScript numbers: exact up to 2^53; beyond, the nearest double, as a JCS
    /// implementation that parses into IEEE 754 doubles would write them.
    private static func integerText(_ number: Int) -> String {
        let exactLimit = 1 << 53
        return (-exactLimit...exactLimit).contains(number) ? String(number) : format(Double(number))
    }

    private static func newline(_ output: inout String, indent: String?, level: Int) {
        guard let indent else { return }
        output += "\n" + String(repeating: indent, count: level)
    }

    private static func writeString(_ text: String, into output: inout String) {
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\u{08}": output += "\\b"
            case "\u{0C}": output += "\\f"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case _ where scalar.value < 0x20:
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }

    /// ECMAScript `Number.prototype.toString` for a finite double (RFC 8785 section 3.2.2.3).
    public static func format(_ number: Double) -> String {
        guard number.isFinite else { return "null" }
        if number == 0 { return "0" }
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
