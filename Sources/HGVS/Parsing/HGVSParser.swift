/// Parses variant descriptions as they appear in reports: full HGVS (`NM_006164.5:c.235G>A`,
/// `NP_203500.1:p.(Gly333Cys)`) and the short spellings of panels and MAF files (`E79K`,
/// `p.R320*`, `908A>T`, `X123_splice`).
///
/// Accepted:
/// - an optional prefix before `:`: an accession with an optional gene in parentheses
///   (`NM_203500.2(KEAP1):`), or a gene symbol alone (`KEAP1:`); see ``HGVSVariant/accession``
///   for how the two are told apart;
/// - a coordinate type `c.`, `g.`, `m.`, `n.`, `r.` or `p.` and a description in that system;
/// - without a coordinate type, and only when no accession is given, a bare change. The rule:
///   text starting with a digit or `-` is coding DNA (`235G>A`, `-14G>C`); text starting with an
///   upper-case letter is protein (`E79K`, `Gly333Cys`, `R34_S40del`, `X123_splice`); text
///   starting with `*` is coding DNA when the number is followed by something only a nucleotide
///   description has (an offset, `_`, `>`, `=`, `[`, a lower-case edit such as `del`, or bases
///   followed by `>` or `=`: `*46T>A`, `*10dup`, `*10_*12del`, `*606=`) and protein otherwise
///   (`*606Lext*5`; write `p.*606=` for a retained stop). A leading `(` is looked through
///   (`(E79K)` is a predicted protein change).
///
/// Surrounding white space is ignored; inputs longer than ``maximumLength`` are rejected.
/// See `Differences.md` in the documentation catalogue for where this parser deliberately
/// differs from biocommons `hgvs`.
public enum HGVSParser {
    /// The longest input accepted, in characters.
    public static let maximumLength = 10_000

    /// Parses one variant description.
    public static func parse(_ text: String) throws(HGVSParseError) -> HGVSVariant {
        if text.utf8.count > maximumLength, text.count > maximumLength {
            throw HGVSParseError(
                input: text, position: maximumLength + 1,
                expected: "at most \(maximumLength) characters", found: "\(text.count) characters",
                context: "")
        }
        var contiguous = text
        let result: Result<HGVSVariant, ParseFailure> = contiguous.withUTF8 { bytes in
            var parser = VariantTextParser(scanner: ByteScanner(bytes: bytes))
            do throws(ParseFailure) {
                return .success(try parser.parseVariant())
            } catch {
                return .failure(error)
            }
        }
        switch result {
        case .success(let variant):
            return variant
        case .failure(let failure):
            throw HGVSParseError(failure, in: text)
        }
    }
}

extension HGVSParseError {
    /// Turns a byte-located failure into a character-located error with context.
    init(_ failure: ParseFailure, in text: String) {
        let utf8 = text.utf8
        let prefix = String(decoding: utf8.prefix(failure.offset), as: UTF8.self)
        let contextBytes = utf8.prefix(failure.offset).dropFirst(min(failure.contextStart, failure.offset))
        let context = String(decoding: contextBytes, as: UTF8.self)
        self.init(
            input: text,
            position: prefix.count + 1,
            expected: failure.expected,
            found: failure.found ?? Self.token(in: Substring(decoding: utf8.dropFirst(failure.offset), as: UTF8.self)),
            context: context.count > Self.longestContext ? "…" + context.suffix(Self.longestContext) : context)
    }

    private static let longestContext = 30
    private static let longestToken = 12

    /// How the text at an error position is quoted: a run of letters or digits, else one character.
    private static func token(in rest: Substring) -> String {
        guard let first = rest.first else { return "end of input" }
        let sameKind: (Character) -> Bool
        if first.isASCII && first.isLetter {
            sameKind = { $0.isASCII && $0.isLetter }
        } else if first.isASCII && first.isNumber {
            sameKind = { $0.isASCII && $0.isNumber }
        } else {
            return first == " " ? "a space" : "'\(first)'"
        }
        return "'\(rest.prefix(while: sameKind).prefix(longestToken))'"
    }
}
