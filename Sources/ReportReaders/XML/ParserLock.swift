#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A process-wide mutual-exclusion lock (a pthread mutex). ``SafeXMLParser`` holds it while libxml2's
/// process-wide external entity loader is replaced, so that concurrent parses cannot interleave.
///
/// Foundation's `NSLock` is not used because this module imports only FoundationEssentials: Debian's
/// libxml2 headers include the system ICU headers, which clash with Foundation's bundled ICU module.
final class ParserLock: @unchecked Sendable {
    private let mutex: UnsafeMutablePointer<pthread_mutex_t>

    init() {
        mutex = .allocate(capacity: 1)
        mutex.initialize(to: pthread_mutex_t())
        pthread_mutex_init(mutex, nil)
    }

    deinit {
        pthread_mutex_destroy(mutex)
        mutex.deallocate()
    }

    /// Runs `body` while holding the lock.
    func withLock<T, E: Error>(_ body: () throws(E) -> T) throws(E) -> T {
        pthread_mutex_lock(mutex)
        defer { pthread_mutex_unlock(mutex) }
        return try body()
    }
}
