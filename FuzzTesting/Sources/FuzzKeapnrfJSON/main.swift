import FuzzSupport

/// The keapnrf JSON report reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .keapnrfJSON)
    return 0
}
