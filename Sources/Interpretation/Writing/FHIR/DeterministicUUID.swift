import Crypto
import Foundation

/// Name-based UUIDs (RFC 4122 section 4.3, version 5: SHA-1 of a namespace and a name), so that the same
/// interpretation always gives the same resource identifiers and no random or time-based value enters a bundle.
enum DeterministicUUID {
    /// The RFC 4122 URL namespace, 6ba7b811-9dad-11d1-80b4-00c04fd430c8.
    static let urlNamespace: [UInt8] = [0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]

    /// The version-5 UUID of `name` in `namespace`, in lower-case 8-4-4-4-12 form.
    static func version5(namespace: [UInt8] = urlNamespace, name: String) -> String {
        var bytes = Array(Insecure.SHA1.hash(data: Data(namespace + Array(name.utf8))).prefix(16))
        bytes[6] = (bytes[6] & 0x0F) | 0x50
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        let hex = bytes.map { byte -> String in
            let text = String(byte, radix: 16)
            return byte < 16 ? "0" + text : text
        }.joined()
        let cuts = [8, 12, 16, 20]
        var result = ""
        for (index, character) in hex.enumerated() {
            if cuts.contains(index) { result += "-" }
            result.append(character)
        }
        return result
    }
}
