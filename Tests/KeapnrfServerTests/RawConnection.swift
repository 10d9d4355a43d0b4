import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A blocking HTTP/1.1 connection to a loopback port, for sending a request in parts (a body that is still
/// arriving, a declared length that never comes) and reading the response until the server closes.
final class RawConnection: @unchecked Sendable {
    private let descriptor: Int32

    init(port: Int) throws {
        descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw FixtureFailure("socket: \(String(cString: strerror(errno)))") }
        // Long: under a full parallel test run the server may wait many seconds for a thread.
        var timeout = timeval(tv_sec: 600, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else {
            close(descriptor)
            throw FixtureFailure("connect: \(String(cString: strerror(errno)))")
        }
    }

    deinit { close(descriptor) }

    /// A request head with `Connection: close`, so that the response ends with the connection.
    static func head(_ method: String, _ path: String, contentLength: Int, token: String) -> Data {
        Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nContent-Length: \(contentLength)\r\nConnection: close\r\n\r\n".utf8)
    }

    /// A request head announcing a chunked body, with `Connection: close`.
    static func chunkedHead(_ method: String, _ path: String, token: String) -> Data {
        Data("\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer \(token)\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n".utf8)
    }

    func send(_ data: Data) throws {
        var offset = 0
        while offset < data.count {
            let sent = data.withUnsafeBytes { Glibc.send(descriptor, $0.baseAddress! + offset, data.count - offset, Int32(MSG_NOSIGNAL)) }
            guard sent > 0 else { throw FixtureFailure("send: \(String(cString: strerror(errno)))") }
            offset += sent
        }
    }

    /// Everything the server sends until it closes the connection, read off the cooperative thread pool.
    func readToEnd() async -> String {
        await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                var received = Data()
                var buffer = [UInt8](repeating: 0, count: 65_536)
                while true {
                    let count = recv(self.descriptor, &buffer, buffer.count, 0)
                    if count <= 0 { break }
                    received.append(contentsOf: buffer[..<count])
                }
                continuation.resume(returning: String(decoding: received, as: UTF8.self))
            }
        }
    }
}
