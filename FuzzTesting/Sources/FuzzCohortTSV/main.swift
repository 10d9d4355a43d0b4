import FuzzSupport

/// The cohort table (TSV) reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.cohortTable(start, count)
    return 0
}
