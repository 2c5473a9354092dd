import Foundation
import Testing

/// `export`'s options as a user combines them: repeated filters, a wrong width, a filter
/// that keeps nothing, the timeline's own extra fields.
@Suite struct ExportOptionsCLITests {
    static func file(_ text: String, name: String = "t.json") throws -> String {
        let url = try CLIProcess.temporaryFolder().appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    /// The event lines' actors (`  06:51:51.120   @realDonaldTrump — …`, the time and the
    /// actor three spaces apart).
    static func actors(_ export: String) -> [String] {
        export.split(separator: "\n").compactMap { line in
            guard let dash = line.range(of: " — "), line.hasPrefix("  "), !line.hasPrefix("  ·") else { return nil }
            return line[..<dash.lowerBound].components(separatedBy: "   ").last?.trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func aRepeatedFilterMatchesAnyOfItsValues() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--actor", "twittergov", "--actor", "realdonaldtrump"])
        #expect(r.status == 0)
        #expect(r.stdout.contains("Events:     6 of 10\n"))
        #expect(Set(Self.actors(r.stdout)) == ["@TwitterGov", "@realDonaldTrump"])
    }

    @Test func theFilterLineSaysHowTheValuesCombine() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--actor", "twittergov", "--actor", "realdonaldtrump", "--kind", "reaction"])
        #expect(r.stdout.contains("\nFilter:     (actor:twittergov OR actor:realdonaldtrump) kind:reaction\n"), "\(r.stdout)")
    }

    @Test func differentFiltersMustAllMatch() throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--width", "0", "--actor", "twittergov", "--actor", "realdonaldtrump", "--kind", "reaction"])
        #expect(r.stdout.contains("Events:     1 of 10\n"))
        #expect(r.stdout.contains("Trump: taken down “by a rogue employee”"))
    }

    @Test func helpSaysHowFiltersCombine() throws {
        let r = try CLIProcess.run(["export", "--help"])
        let help = r.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("repeated values of one option match any of them"))
        #expect(help.contains("different options must all match"))
    }

    @Test(arguments: [("-1", "timeline-tui: --width must be 0 (no wrapping) or at least 20, not -1 (see 'timeline-tui export --help')\n"),
                      ("-40", "timeline-tui: --width must be 0 (no wrapping) or at least 20, not -40 (see 'timeline-tui export --help')\n")])
    func aNegativeWidthIsSaidToBeWrong(_ width: String, _ message: String) throws {
        let r = try CLIRun.run(["export", CLIProcess.fixture, "--width", width])
        #expect(r.status == 2)
        #expect(r.stderr == message)
    }

    static let july = """
        {"title": "Summer outage", "timezone": "America/Los_Angeles", "severity": "SEV-1", "status": {"resolved": true},
         "events": [{"id": "a", "time": "2024-07-01T10:00:00-07:00", "actor": "SRE", "title": "paged"},
                    {"id": "b", "time": "2024-07-01T11:30:00-07:00", "actor": "Network", "title": "fixed"}]}
        """

    /// A filter that keeps nothing: the header gives the offsets of July (PDT), never
    /// those of another time of year (it used to say PST, from 1 January 1970).
    @Test func aFilterThatKeepsNothingStillGivesTheSpansOffset() throws {
        let r = try CLIRun.run(["export", try Self.file(Self.july), "--actor", "nobody"])
        #expect(r.status == 0)
        #expect(r.stdout == "Summer outage\n=============\nTime zone:  America/Los_Angeles (UTC−07:00 PDT)\nEvents:     none of 2\nFilter:     actor:nobody\n")
    }

    @Test func aTimelineWithNoEventNamesItsZoneWithoutGuessingAnOffset() throws {
        let r = try CLIRun.run(["export", try Self.file(#"{"title": "Quiet", "timezone": "Europe/Paris", "events": []}"#)])
        #expect(r.stdout == "Quiet\n=====\nTime zone:  Europe/Paris (no event to date its offset)\nEvents:     none\n")
    }

    @Test func detailsShowTheTimelinesExtraFields() throws {
        let r = try CLIRun.run(["export", try Self.file(Self.july), "--details", "--width", "0"])
        #expect(r.stdout.contains("\nseverity: \"SEV-1\"\nstatus: {\"resolved\":true}\n"), "\(r.stdout)")
        let plain = try CLIRun.run(["export", try Self.file(Self.july), "--width", "0"])
        #expect(!plain.stdout.contains("severity"))
    }
}
