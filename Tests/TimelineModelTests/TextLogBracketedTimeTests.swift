import Testing
@testable import TimelineModel

/// Text logs whose lines start with their time in brackets — Laravel's Monolog
/// (`[2025-01-02 11:19:06] laravel.EMERGENCY: …`), Python's `[%(asctime)s]`, Santa
/// (`[2018-08-19T03:09:13.120Z] I santad: …`), Confluence's and Jira's access logs
/// (`[17/Jun/2021:12:57:26 +0200] user …`): read as text logs, not refused as a JSON
/// array; the time's zone as written (none: `--assume-zone`), the rest the title, the
/// lines between (stack traces, XML) the event's text.
@Suite struct TextLogBracketedTimeTests {
    typealias F = FormatFixtures

    static let utc = ReadOptions(time: TimeReading(assumedZone: .utc))

    @Test func santaAndAtlassianLogsCarryTheirZone() throws {
        let santa = try F.load("text-log/santa.log")
        #expect(santa.inputFormat == "text log")
        #expect(santa.events.count == 5)
        #expect(santa.events[0].title.hasPrefix("I santad: action=DISKAPPEAR|mount=|volume=EFI|"))
        #expect(F.shown("volume=EFI", in: F.exportLines(santa, zone: "UTC"))! == ("Sunday 19 August 2018", "03:09:13.120"))
        let confluence = try F.load("text-log/confluence_access.log")
        #expect(confluence.events[0].title.hasPrefix("user http-nio-8080-exec-6 192.168.192.1 GET /index.action HTTP/1.1 200 1020ms"))
        // +0200 as written: 10:57:26 UTC.
        #expect(F.shown("GET /index.action", in: F.exportLines(confluence, zone: "UTC"))! == ("Thursday 17 June 2021", "10:57:26"))
        let jira = try F.load("text-log/jira_access.log")
        #expect(jira.inputFormat == "text log" && jira.events.count == 4)
    }

    @Test func laravelAndPythonNeedAZoneAndKeepTheirLines() throws {
        let p = F.problems("text-log/logfile_laravel.1")
        #expect(p.first?.hasPrefix(F.path("text-log/logfile_laravel.1") + #":1:1: time "2025-01-02 11:19:06" has no zone; add --assume-zone UTC"#) == true)
        let laravel = try F.load("text-log/logfile_laravel.1", Self.utc)
        #expect(laravel.events[0].title.hasPrefix("laravel.EMERGENCY: Unable to create configured logger."))
        #expect(laravel.events[0].text?.contains("\n[stacktrace]\n#0 /var/www/html/vendor/laravel/framework/src/Illuminate/Log/LogManager.php(140)") == true)
        let xml = try F.load("text-log/logfile_xml_msg.0", Self.utc)
        #expect(xml.events.map(\.title).prefix(3) == ["INFO [m:108] Calling 'x' with params:", "DEBUG [connect.client:69] Full request text:",
                                                       "DEBUG [m:85] Full reply text:"])
        #expect(xml.events[1].text?.contains("<a-request>") == true)
        #expect(F.shown("Full request text", in: F.exportLines(xml))! == ("Thursday 10 December 2020", "06:56:41.092"))
    }
}
