import Foundation
import Testing
@testable import timeline_tui

@Suite struct EmbeddedFixtureTests {
    /// The incident shown when no file is given is the bundled fixture, byte for byte.
    @Test func embeddedIncidentIsTheFixture() throws {
        let here = URL(fileURLWithPath: #filePath)
        let fixture = here.deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("fixtures/2017-11-03.json")
        let onDisk = try [UInt8](Data(contentsOf: fixture))
        #expect(BundledIncident.bytes == onDisk)
    }
}
