import HummingbirdCore
import Logging
import NIOCore

/// Hummingbird's HTTP/1.1 child channel with socket reads of up to 512 KB instead of NIO's default 64 KB.
///
/// A FoundationOne report body is 144–389 KB. At 64 KB it arrived in at least three to seven reads, each a
/// separate body part handed from the event loop to the request's task; at 256 KB it takes one or two. With the
/// two FoundationOne sample reports at 16 connections, the server's CPU per request fell from 2.69–3.08 to
/// 2.57–2.67 ms and the throughput rose from 584–678 to 686–720 requests a second (three alternated 10 s runs
/// each). At 512 KB the body of the 389 KB report, which always came in two or more parts at 256 KB, comes in one
/// part in 3 requests of 4 (the 148 KB report's in 9 of 10), and ``RequestBodyReader`` uses a body of one part
/// without copying it. The adaptive allocator still starts each
/// connection at 64 KB and shrinks for small requests.
struct LargeReadChannel: ServerChildChannel {
    typealias Value = HTTP1Channel.Value

    /// The largest socket read.
    static let maximumRead = 524_288
    let http1: HTTP1Channel

    func setup(channel: any Channel, logger: Logger) -> EventLoopFuture<Value> {
        let allocator = AdaptiveRecvByteBufferAllocator(minimum: 1024, initial: 65_536, maximum: Self.maximumRead)
        return channel.setOption(ChannelOptions.recvAllocator, value: allocator).flatMap {
            http1.setup(channel: channel, logger: logger)
        }
    }

    func handle(value: Value, logger: Logger) async {
        await http1.handle(value: value, logger: logger)
    }
}
