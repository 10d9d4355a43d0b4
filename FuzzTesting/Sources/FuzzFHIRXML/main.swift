import FuzzSupport

/// The FHIR XML reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.report(start, count, format: .fhirXML)
    return 0
}
