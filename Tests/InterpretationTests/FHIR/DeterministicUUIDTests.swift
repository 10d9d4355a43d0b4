@testable import Interpretation
import Testing

@Suite("Name-based UUIDs (RFC 4122 version 5)")
struct DeterministicUUIDTests {
    @Test("the example of Python's uuid documentation: uuid5(NAMESPACE_DNS, 'python.org')")
    func pythonDocumentationExample() {
        // NAMESPACE_DNS = 6ba7b810-9dad-11d1-80b4-00c04fd430c8; the documented result is 886313e1-3b8a-5372-9b90-0c9aee199e5d.
        let dns: [UInt8] = [0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]
        #expect(DeterministicUUID.version5(namespace: dns, name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
    }

    @Test("version and variant bits, and different names give different UUIDs")
    func versionAndVariant() {
        let first = DeterministicUUID.version5(name: "keapnrf/a")
        let second = DeterministicUUID.version5(name: "keapnrf/b")
        #expect(first != second)
        let characters = Array(first)
        #expect(characters[14] == "5")
        #expect("89ab".contains(characters[19]))
        #expect(first == DeterministicUUID.version5(name: "keapnrf/a"))
    }
}
