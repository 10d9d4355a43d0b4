import FuzzSupport

/// The VCF reader, plain or gzip/bgzip-compressed.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .vcf)
    return 0
}
