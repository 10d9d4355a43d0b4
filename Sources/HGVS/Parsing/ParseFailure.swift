/// A parse failure located by byte offset, before it is turned into an ``HGVSParseError``
/// (which counts characters and quotes the input).
struct ParseFailure: Error {
    /// The UTF-8 offset in the whole input where parsing stopped.
    let offset: Int
    /// What was expected there.
    let expected: String
    /// What was found, when the default (the token at `offset`) would mislead.
    let found: String?
    /// The UTF-8 offset where the text quoted as context starts (the description after any `:`).
    let contextStart: Int
}
