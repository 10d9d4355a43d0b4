/// Decodes XML character references (`&#38;`, `&#x41;`) and the five predefined entities in a text.
enum XMLCharacterReferences {
    private static let predefined: [Substring: Character] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// `text` with its references replaced by the characters they stand for; anything else is kept as written.
    static func decode(_ text: String) -> String {
        var result = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            result += rest[..<ampersand]
            let afterAmpersand = rest.index(after: ampersand)
            guard let semicolon = rest[afterAmpersand...].firstIndex(of: ";"), let character = character(rest[afterAmpersand..<semicolon]) else {
                result.append("&")
                rest = rest[afterAmpersand...]
                continue
            }
            result.append(character)
            rest = rest[rest.index(after: semicolon)...]
        }
        return result + rest
    }

    /// The character a reference's name (`#38`, `#x41`, `amp`) stands for.
    private static func character(_ name: Substring) -> Character? {
        if let known = predefined[name] { return known }
        guard name.first == "#" else { return nil }
        let digits = name.dropFirst()
        let scalar = digits.first == "x" ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits, radix: 10)
        return scalar.flatMap(Unicode.Scalar.init).map(Character.init)
    }
}
