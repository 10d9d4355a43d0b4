import FuzzSupport

/// The reviewer-override YAML loader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    FuzzEntry.overrides(start, count)
    return 0
}
