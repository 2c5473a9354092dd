import Testing
import TimelineModel
@testable import timeline_tui

/// The viewer's `Z` takes the names `--tz` takes, and no others.
@Suite struct ZonePromptNameTests {
    typealias F = ViewerFixture

    @Test(arguments: ["EST5EDT", "Japan", "utc", "UTC"])
    func zTakesAnyNameTheDatabaseResolves(_ name: String) throws {
        let s = F.press(try F.state(), "Z", name, "Enter")
        #expect(s.zone == Zone(identifier: name))
        #expect(s.message?.hasPrefix("Times in") == true, "\(s.message ?? "")")
    }

    @Test(arguments: ["PST", "europe/paris"])
    func zRefusesWhatTzRefuses(_ name: String) throws {
        let s = F.press(try F.state(), "Z", name, "Enter")
        #expect(s.zone.identifier == "America/New_York")
        #expect(s.message?.contains("Unknown zone") == true)
    }
}
