import CMallocTuning
import NIOCore
import NIOPosix

/// Settings of the whole `keapnrf-server` process, made once at its start, before any task runs.
public enum ServerProcess {
    /// Blocks up to this size come from the allocator's arenas instead of fresh mappings (glibc's largest
    /// M_MMAP_THRESHOLD on 64-bit systems).
    static let mmapThreshold: Int32 = 32 << 20
    /// Freed memory goes back to the kernel only past this much at an arena's top.
    static let trimThreshold: Int32 = 64 << 20

    /// Runs Swift concurrency's jobs on NIO's event loops and keeps the allocator's freed memory for reuse.
    ///
    /// - Event loops: request tasks run on the threads that read and write their sockets, so a request no longer
    ///   hops between the event loops and a separate pool of cooperative threads (context switches per request
    ///   with the FoundationOne sample reports at 16 connections: 8.5 before, 4.3 after).
    /// - Allocator: glibc returned the pages of each request's large buffers (socket reads of up to 512 KB, the
    ///   report, the answer) to the kernel and faulted fresh ones in for the next request; minor page faults per
    ///   request fell from 4.5 to 0.1 in the real server and from 51 to 0 in one answering without annotating
    ///   (its CPU per request 0.29 → 0.16 ms).
    ///
    /// Call once, from the main thread, before anything else runs.
    public static func configure() {
        _ = NIOSingletons.unsafeTryInstallSingletonPosixEventLoopGroupAsConcurrencyGlobalExecutor()
        keepFreedMemory()
    }

    /// Sets the allocator's thresholds; whether the C library took them (glibc does).
    @discardableResult
    static func keepFreedMemory() -> Bool {
        keapnrf_malloc_keep_freed_memory(mmapThreshold, trimThreshold) == 1
    }
}
