import FuzzSupport

/// The HGVS parser and formatter.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.hgvs(start, count)
    return 0
}
