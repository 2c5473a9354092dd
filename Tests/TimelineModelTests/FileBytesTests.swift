import Foundation
import Testing
@testable import TimelineModel

/// A file is read into memory of our own; a big one in two halves at once. Either way the
/// bytes are the file's, in order, whatever its size.
@Suite struct FileBytesTests {
    static func roundTrip(_ size: Int) throws -> Bool {
        let path = NSTemporaryDirectory() + "timeline-filebytes-\(getpid())-\(size).bin"
        defer { unlink(path) }
        // A pattern that does not repeat at any power of two, so a half read to the wrong
        // place, or twice, shows.
        var written = Data(count: size)
        written.withUnsafeMutableBytes { raw in
            let p = raw.bindMemory(to: UInt32.self)
            for i in p.indices { p[i] = UInt32(truncatingIfNeeded: i &* 2_654_435_761) }
        }
        try written.write(to: URL(fileURLWithPath: path))
        let bytes = try FileBytes.read(path: path)
        return bytes.count == size && written.withUnsafeBytes { memcmp($0.baseAddress!, bytes.base, size) == 0 }
    }

    @Test func smallAndBigFilesAreReadWhole() throws {
        #expect(try Self.roundTrip(1))
        #expect(try Self.roundTrip(4096 + 3))
        #expect(try Self.roundTrip(FileBytes.halvesThreshold - 1))
        #expect(try Self.roundTrip(FileBytes.halvesThreshold))
        #expect(try Self.roundTrip(FileBytes.halvesThreshold * 2 + 1))
    }
}
