import FuzzSupport

/// The FoundationOne ResultsReport XML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .foundationOneXML)
    return 0
}
