import FuzzSupport

/// The RFC 8785 JSON reader and canonicaliser of `keapnrf digest`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.canonicalJSON(start, count)
    return 0
}
