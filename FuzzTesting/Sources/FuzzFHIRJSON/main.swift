import FuzzSupport

/// The FHIR JSON reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .fhirJSON)
    return 0
}
