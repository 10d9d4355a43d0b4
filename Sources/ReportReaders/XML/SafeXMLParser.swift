internal import CLibXML2
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Parses untrusted XML with libxml2 into a ``ParsedXMLElement`` tree of the elements a reader selects, safely.
///
/// libxml2 builds no tree of its own: the elements come from its SAX2 events (``XMLTreeBuilder``), and
/// only the selected ones are stored, so memory follows what the reader uses, not the size of the document.
///
/// - No network (`XML_PARSE_NONET`); no entity substitution, DTD loading, DTD attribute defaults or
///   XInclude (`XML_PARSE_NOENT`, `XML_PARSE_DTDLOAD`, `XML_PARSE_DTDATTR`, `XML_PARSE_XINCLUDE` are never
///   set); `XML_PARSE_HUGE` stays off, so libxml2's own limits on text, names and depth apply.
/// - Any document type declaration is refused as soon as the parser meets it, before an internal subset
///   (and so any entity declaration) is read: FoundationOne and FHIR XML never carry one (FHIR forbids them).
/// - libxml2's process-wide external entity loader is set once, before the first parse, to one that refuses
///   everything, and stays so: keapnrf uses libxml2 only through this parser. Parses of different documents
///   then run in parallel, which libxml2 supports once `xmlInitParser` has run (libxml2, doc/threads.html,
///   "Thread safety"). Swapping the loader around each parse needed a lock that serialised them: with two
///   server threads annotating, each waited for the other's parse and a core stood idle.
/// - libxml2 errors go to a per-parse handler, never to standard error; the first error is reported with
///   its line and the path of the element being parsed.
/// - Elements deeper than the configured limit (at most 256) stop the parse.
///
/// The size limit is checked by the caller before this parser is reached (``ReportReader``).
enum SafeXMLParser {
    /// A parsed document: the root element and notices about how it was read.
    struct Document {
        var root: ParsedXMLElement
        var notices: [String]
    }

    /// Runs once, before any parse, on whichever thread parses first (Swift's lazy globals are initialised once).
    private static let initializeLibrary: Void = {
        xmlInitParser()
        xmlSetExternalEntityLoader(XMLParseCallbacks.refuseExternalEntity)
    }()

    /// Parses `data`, keeping the elements `selection` names (elements left out never reach memory
    /// structures, which also keeps patient-identifying blocks out of them).
    static func parse(
        _ data: Data, file: String, maxDepth: Int, maxKeptElements: Int, selection: XMLSelection
    ) throws(ReportReadError) -> Document {
        _ = initializeLibrary
        let prepared = try XMLEncodingPolicy.prepare(data, file: file)
        guard prepared.bytes.count < Int(Int32.max) else {
            throw ReportReadError(file: file, location: "whole file", problem: "the document is too large for the XML parser")
        }
        let state = XMLParseState(
            maxDepth: min(max(1, maxDepth), ReportReadOptions.defaultMaxXMLDepth), maxKeptElements: maxKeptElements, selection: selection)

        guard let context = xmlNewParserCtxt() else {
            throw ReportReadError(file: file, location: "whole file", problem: "the XML parser could not be created (out of memory)")
        }
        defer { xmlFreeParserCtxt(context) }
        let retained = Unmanaged.passRetained(state)
        defer { retained.release() }
        context.pointee._private = retained.toOpaque()
        XMLParseCallbacks.install(on: context, state: state)

        var options = XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        if prepared.ignoresDeclaredEncoding { options |= XML_PARSE_IGNORE_ENC.rawValue }
        let document = prepared.bytes.withUnsafeBytes { raw -> xmlDocPtr? in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            return xmlCtxtReadMemory(context, base, Int32(raw.count), nil, nil, Int32(bitPattern: options))
        }
        defer { if let document { xmlFreeDoc(document) } }

        if let failure = state.failure {
            throw ReportReadError(file: file, location: failure.location, problem: failure.problem)
        }
        guard document != nil, context.pointee.wellFormed != 0, let root = state.tree.finish() else {
            throw ReportReadError(file: file, location: "line 1", problem: "the document is empty or not well-formed XML")
        }
        return Document(root: root, notices: prepared.notices)
    }
}

/// What the callbacks of one parse record.
final class XMLParseState {
    /// The first error or refusal: where, and what was wrong.
    struct Failure {
        var location: String
        var problem: String
    }

    let maxDepth: Int
    /// The most elements kept before the parse stops.
    let maxKeptElements: Int
    var failure: Failure?
    /// The selected elements read so far. Exempt from the run-time exclusivity check: the callbacks that use
    /// it run one at a time on the thread that parses (each parse has its own state), each access within one
    /// callback, and the check on every element start, end and text was 3% of reading a FoundationOne report.
    @exclusivity(unchecked) var tree: XMLTreeBuilder

    init(maxDepth: Int, maxKeptElements: Int, selection: XMLSelection) {
        self.maxDepth = maxDepth
        self.maxKeptElements = maxKeptElements
        tree = XMLTreeBuilder(selection: selection)
    }

    /// Records the first failure only.
    func record(_ location: String, _ problem: String) {
        if failure == nil { failure = Failure(location: location, problem: problem) }
    }
}
