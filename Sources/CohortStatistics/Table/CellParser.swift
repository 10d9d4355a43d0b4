/// Reads numbers, event codes and missing-value markers straight from a cell's bytes.
enum CellParser {
    /// The powers of ten that are exact in a `Double`.
    private static let exactPowersOfTen: [Double] = (0 ... 22).map { exponent in
        var value = 1.0
        for _ in 0 ..< exponent { value *= 10 }
        return value
    }

    /// The cell without leading or trailing spaces.
    static func trimmed(_ cell: UnsafeBufferPointer<UInt8>) -> UnsafeBufferPointer<UInt8> {
        var lower = 0
        var upper = cell.count
        while lower < upper, cell[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, cell[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return UnsafeBufferPointer(rebasing: cell[lower ..< upper])
    }

    /// True for the missing-value markers R's `read.delim` is given by the survival oracle:
    /// an empty cell, `NA`, `NaN` and TCGA's `[Not Available]`.
    static func isMissing(_ cell: UnsafeBufferPointer<UInt8>) -> Bool {
        let text = trimmed(cell)
        return text.isEmpty || equals(text, "NA") || equals(text, "NaN") || equals(text, "[Not Available]")
    }

    /// A decimal number such as `12`, `-0.75`, `44.5175` or `1e-3`; `nil` for anything else
    /// (including `Inf`, `NaN` and hexadecimal forms). The result is correctly rounded.
    static func number(_ cell: UnsafeBufferPointer<UInt8>) -> Double? {
        let text = trimmed(cell)
        var index = 0
        var negative = false
        if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
            negative = text[index] == UInt8(ascii: "-")
            index += 1
        }
        var mantissa: UInt64 = 0
        var significantDigits = 0
        var digitCount = 0
        var decimalExponent = 0
        var sawPoint = false
        while index < text.count {
            let byte = text[index]
            if byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
                digitCount += 1
                if mantissa == 0 && byte == UInt8(ascii: "0") {
                    if sawPoint { decimalExponent -= 1 }
                } else if significantDigits < 19 {
                    mantissa = mantissa * 10 + UInt64(byte - UInt8(ascii: "0"))
                    significantDigits += 1
                    if sawPoint { decimalExponent -= 1 }
                } else {
                    significantDigits += 1
                    if !sawPoint { decimalExponent += 1 }
                }
            } else if byte == UInt8(ascii: "."), !sawPoint {
                sawPoint = true
            } else {
                break
            }
            index += 1
        }
        guard digitCount > 0 else { return nil }
        var exponentPart = 0
        if index < text.count, text[index] == UInt8(ascii: "e") || text[index] == UInt8(ascii: "E") {
            index += 1
            var exponentNegative = false
            if index < text.count, text[index] == UInt8(ascii: "-") || text[index] == UInt8(ascii: "+") {
                exponentNegative = text[index] == UInt8(ascii: "-")
                index += 1
            }
            var exponentDigits = 0
            while index < text.count, text[index] >= UInt8(ascii: "0"), text[index] <= UInt8(ascii: "9") {
                if exponentPart < 100_000 { exponentPart = exponentPart * 10 + Int(text[index] - UInt8(ascii: "0")) }
                exponentDigits += 1
                index += 1
            }
            guard exponentDigits > 0 else { return nil }
            if exponentNegative { exponentPart = -exponentPart }
        }
        guard index == text.count else { return nil }

        let exponent = decimalExponent + exponentPart
        let value: Double
        if mantissa == 0 {
            value = 0
        } else if significantDigits <= 19, mantissa < (1 << 53), abs(exponent) <= 22 {
            // Both operands are exact, so one multiplication or division rounds correctly.
            let scale = exactPowersOfTen[abs(exponent)]
            value = exponent >= 0 ? Double(mantissa) * scale : Double(mantissa) / scale
        } else {
            guard let parsed = Double(String(decoding: text, as: UTF8.self)), parsed.isFinite else { return nil }
            return parsed
        }
        guard value.isFinite else { return nil }
        return negative ? -value : value
    }

    /// The event status of a cell, case-insensitive: `true` for an event (`1`, `TRUE`,
    /// `1:DECEASED`, `DEAD`, `DECEASED`), `false` for censoring (`0`, `FALSE`, `0:LIVING`,
    /// `ALIVE`, `LIVING`), `nil` for anything else.
    static func eventStatus(_ cell: UnsafeBufferPointer<UInt8>) -> Bool? {
        let text = trimmed(cell)
        for code in eventCodes where equalsIgnoringCase(text, code) { return true }
        for code in censoringCodes where equalsIgnoringCase(text, code) { return false }
        return nil
    }

    private static let eventCodes = ["1", "TRUE", "1:DECEASED", "DEAD", "DECEASED"]
    private static let censoringCodes = ["0", "FALSE", "0:LIVING", "ALIVE", "LIVING"]

    /// True when the bytes spell `text` exactly.
    static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        bytes.elementsEqual(text.utf8)
    }

    /// True when the bytes spell `text` with ASCII letters compared case-insensitively.
    private static func equalsIgnoringCase(_ bytes: UnsafeBufferPointer<UInt8>, _ text: String) -> Bool {
        bytes.count == text.utf8.count
            && zip(bytes, text.utf8).allSatisfy { asciiUppercased($0) == asciiUppercased($1) }
    }

    private static func asciiUppercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") ? byte - 32 : byte
    }
}
