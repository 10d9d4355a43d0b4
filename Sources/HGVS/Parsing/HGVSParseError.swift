/// Why a string is not a variant description this parser accepts, and where it went wrong.
///
/// The message names what was expected, what was found instead, the text that was read before
/// it, and the 1-based character position, e.g.
/// `expected an amino acid after 'p.Gly333', found 'Cyz' (position 21 in 'NP_203500.1:p.Gly333Cyz')`.
public struct HGVSParseError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The text as given to the parser.
    public let input: String
    /// The 1-based character position in ``input`` where parsing stopped.
    public let position: Int
    /// What the parser expected there, in words (`"an amino acid"`, `"'>' after the reference base"`).
    public let expected: String
    /// What it found instead (`"'Cyz'"`, `"end of input"`).
    public let found: String
    /// The part of the description read before ``position`` (`"p.Gly333"`); empty at the start.
    public let context: String

    /// Makes an error; the parser fills every field, tests build expected values with it.
    public init(input: String, position: Int, expected: String, found: String, context: String) {
        self.input = input
        self.position = position
        self.expected = expected
        self.found = found
        self.context = context
    }

    public var description: String {
        let after = context.isEmpty ? "" : " after '\(context)'"
        return "expected \(expected)\(after), found \(found) (position \(position) in '\(Self.shortened(input))')"
    }

    private static let longestQuotedInput = 120

    /// The input as quoted in messages: whole up to 120 characters, else its start and length.
    private static func shortened(_ text: String) -> String {
        guard text.count > longestQuotedInput else { return text }
        return "\(text.prefix(longestQuotedInput))… (\(text.count) characters)"
    }
}
