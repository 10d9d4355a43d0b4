#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif
internal import CZlib

/// Decompresses gzip data, including bgzip files (a series of gzip members), with an output limit so that a
/// small compressed file cannot expand without bound.
enum GzipDecoder {
    /// True when the bytes start with the gzip magic number.
    static func isGzip(_ data: Data) -> Bool { data.starts(with: [0x1F, 0x8B]) }

    /// The decompressed bytes, or an error naming the file.
    static func decompress(_ data: Data, file: String, limit: Int) throws(ReportReadError) -> Data {
        func fail(_ problem: String) -> ReportReadError {
            ReportReadError(file: file, location: "whole file", problem: problem)
        }
        var output = Data()
        var input = [UInt8](data)
        var offset = 0
        let chunk = 1 << 16
        var buffer = [UInt8](repeating: 0, count: chunk)
        // One inflate stream per gzip member; bgzip files hold many members back to back.
        while offset < input.count {
            var stream = z_stream()
            // windowBits 15 + 16: expect a gzip header and trailer.
            guard inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
                throw fail("the gzip decoder could not start")
            }
            defer { inflateEnd(&stream) }
            var status: Int32 = Z_OK
            let memberStart = offset
            try input.withUnsafeMutableBufferPointer { inputBuffer throws(ReportReadError) in
                guard let base = inputBuffer.baseAddress else { return }
                stream.next_in = base + memberStart
                stream.avail_in = UInt32(inputBuffer.count - memberStart)
                repeat {
                    try buffer.withUnsafeMutableBufferPointer { outputBuffer throws(ReportReadError) in
                        stream.next_out = outputBuffer.baseAddress
                        stream.avail_out = UInt32(chunk)
                        status = inflate(&stream, Z_NO_FLUSH)
                        guard status == Z_OK || status == Z_STREAM_END else {
                            throw fail("the gzip data is corrupt or truncated (zlib status \(status))")
                        }
                        let produced = chunk - Int(stream.avail_out)
                        guard output.count + produced <= limit else {
                            throw fail("the decompressed input exceeds the limit of \(limit) bytes; raise it with --max-input-mb if the file is genuine")
                        }
                        if let base = outputBuffer.baseAddress { output.append(base, count: produced) }
                    }
                } while status != Z_STREAM_END && stream.avail_in > 0
                offset = inputBuffer.count - Int(stream.avail_in)
            }
            guard status == Z_STREAM_END else { throw fail("the gzip data ends before the end of its stream (truncated file)") }
            if offset == memberStart { break }
        }
        return output
    }
}
