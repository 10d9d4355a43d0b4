import FuzzSupport

/// The MAF reader, plain or gzip-compressed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .maf)
    return 0
}
