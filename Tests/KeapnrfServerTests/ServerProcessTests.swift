@testable import KeapnrfServerApp
import Testing

/// The process settings `keapnrf-server` makes at start.
@Suite struct ServerProcessTests {
    /// glibc takes the allocator's thresholds (a C shim that did not see `__GLIBC__` would silently set none).
    @Test func allocatorTakesTheThresholds() {
        #if canImport(Glibc)
        #expect(ServerProcess.keepFreedMemory())
        #endif
    }
}
