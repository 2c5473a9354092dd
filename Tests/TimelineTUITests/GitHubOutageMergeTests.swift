import Foundation
import Testing
import TimelineModel

/// Another real incident, as a responder writing its postmortem holds it: GitHub's
/// 21–22 October 2018 outage (Tests/Fixtures/incidents/github-2018-10-21/, SOURCES.md
/// cites the post-incident analysis) in four files of four formats — a hand-written
/// timeline in our JSON (UTC), the Statuspage incident, PagerDuty log entries, and a
/// colleague's spreadsheet in San Francisco time without a zone. Merged, they interleave
/// at the minute, each happening found in two files is shown once naming both, and every
/// export reads back in the tools users read it with.
@Suite struct GitHubOutageMergeTests {
    static let folder = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/incidents/github-2018-10-21")
    static func file(_ name: String) -> String { folder.appendingPathComponent(name).path }
    /// The four files, the spreadsheet's zone named for it alone.
    static let merge = [file("timeline.json"), file("status.json"), file("pager.json"), file("sheet.csv"),
                        "--assume-zone", "sheet.csv=America/Los_Angeles"]

    @Test func theFourFilesInterleaveAtTheMinute() throws {
        let r = try CLIRun.run(["export"] + Self.merge)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout == (try CLIProcess.golden("incident-github-2018-10-21.txt")))
        // The spreadsheet's 16:07 in San Francisco (PDT) is 23:07 UTC, the timeline's.
        #expect(r.stdout.contains("  23:07          [timeline, sheet] Responders — Deployment tooling locked\n"))
        // Ties keep the files' order on the command line: the sheet's 22:52 after the timeline's.
        let at2252 = r.stdout.split(separator: "\n").filter { $0.hasPrefix("  22:52 ") }
        #expect(at2252.map { $0.dropFirst(17).prefix(11) } == ["[timeline] ", "[timeline] ", "[sheet] Net"])
    }

    @Test func aHappeningInTwoFilesIsShownOnceUnlessKept() throws {
        let once = try CLIRun.run(["export", Self.file("timeline.json"), Self.file("pager.json")])
        #expect(once.status == 0)
        #expect(once.stdout.contains("  22:54          [timeline, pager] Monitoring — Alerts: numerous faults in the\n"))
        #expect(once.stdout.contains("Events:     11\n"))
        let kept = try CLIRun.run(["export", Self.file("timeline.json"), Self.file("pager.json"), "--keep-duplicates",
                                   "--label", "pager.json=PagerDuty"])
        #expect(kept.stdout.contains("""
              22:54          [timeline] Monitoring — Alerts: numerous faults in the systems
              22:54          [PagerDuty] Monitoring — ALERTS: numerous faults in the systems

            """))
        #expect(kept.stdout.contains("Events:     12\n"))
    }

    @Test func theMergedMarkdownIsAGitHubTableNamingTheFiles() throws {
        let path = try ExternalTool.export(Array(Self.merge.dropFirst()) + ["--relative"], name: "postmortem.md", input: Self.merge[0])
        #expect(try String(contentsOfFile: path, encoding: .utf8) == (try CLIProcess.golden("incident-github-2018-10-21.md")))
        let rows = MarkdownExportTests.rows(try MarkdownExportTests.render(path))
        #expect(rows.count == 15 && rows.allSatisfy { $0.count == 5 })
        #expect(rows.prefix(5).map { [$0[0], $0[1], $0[2]] } == [
            ["22:52–22 Oct 23:03 (1 d 11 min)", "T+0", "timeline"], ["22:52", "T+0", "timeline"], ["22:52", "T+0", "timeline"],
            ["22:52", "T+0", "sheet"], ["22:54", "T+2 min", "timeline, pager"],
        ])
        #expect(rows.last == ["time unknown", "~T+9 days", "timeline", "Jason Warner, GitHub", "GitHub publishes its post-incident analysis"])
    }

    /// Each file's problems name that file; the one without zones is told how to name its
    /// zone alone, and the id both files use is noted with both places.
    @Test func validateNamesEachFileAndItsOwnWayOut() throws {
        let r = try CLIRun.run(["validate"] + Self.merge.prefix(4))
        #expect(r.status == 1)
        #expect(r.stdout == "\(Self.file("timeline.json")): ok, 10 events\n\(Self.file("status.json")): ok, 4 events\n"
                 + "\(Self.file("pager.json")): ok, 2 events\n")
        let sheet = Self.file("sheet.csv")
        #expect(r.stderr == """
            \(sheet):2:11: Time "2018-10-21 15:52" has no zone; add --assume-zone sheet.csv=ZONE, the zone the writer used (UTC for example); the same for 2 more times of this file
            timeline-tui: 1 of 4 files has problems

            """)
        let good = try CLIRun.run(["validate"] + Self.merge)
        #expect(good.status == 0)
        #expect(good.stderr == "timeline-tui: note: the id 'partition' is used in \(Self.file("timeline.json")):16:5 and \(sheet):2:1; a merged timeline shows timeline:partition and sheet:partition\n")
    }

    /// A time each file gets wrong, in each format: every problem names its own file, line,
    /// column and field, and says what is wrong as written (`minute 61`, never `23:61:0`).
    @Test func eachBrokenFileNamesItsOwnPlace() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, from, to) in [("timeline.json", #""time": "2018-10-21T23:02Z""#, #""time": "2018-10-21T23:02""#),
                                 ("status.json", #""2018-10-21T23:11Z""#, #""2018-10-21T23:61Z""#),
                                 ("pager.json", #""created_at": "2018-10-21T23:13Z""#, #""created_at": "yesterday""#),
                                 ("sheet.csv", "2018-10-21 16:07", "2018-10-21 16:67")] {
            let text = try String(contentsOfFile: Self.file(name), encoding: .utf8)
            #expect(text.contains(from))
            try Data(text.replacingOccurrences(of: from, with: to).utf8).write(to: dir.appendingPathComponent(name))
        }
        let r = try CLIProcess.run(["validate", "timeline.json", "status.json", "pager.json", "sheet.csv",
                                    "--assume-zone", "sheet.csv=America/Los_Angeles"], in: dir)
        #expect(r.status == 1 && r.stdout == "")
        #expect(r.stderr == """
            timeline.json:43:15: events[4].time: has no zone: add Z for UTC or an offset such as -04:00, or give --assume-zone timeline.json=UTC
            status.json:28:25: incidents[0].incident_updates[1].display_at: time "2018-10-21T23:61Z": minute 61 does not exist
            pager.json:15:21: log_entries[1]: created_at "yesterday" is not a time; expected ISO 8601 such as 2015-07-24T19:01:01+00:00
            sheet.csv:3:6: Time "2018-10-21 16:67" has no minute 67
            timeline-tui: 4 of 4 files have problems

            """)
    }

    /// The timeline's analysis is known only to the day: 30 October in UTC. Merged after
    /// the San Francisco spreadsheet, whose zone the merge takes, it stays a day in UTC:
    /// nothing to warn about.
    @Test func datesOfALaterFileInAnotherZoneNeedNoNote() throws {
        let sheetFirst = try CLIRun.run(["export", Self.file("sheet.csv"), Self.file("timeline.json"), Self.file("status.json"),
                                         "--assume-zone", "sheet.csv=America/Los_Angeles"])
        #expect(sheetFirst.status == 0)
        #expect(sheetFirst.stderr == "")
        #expect(sheetFirst.stdout.contains("  time unknown (day in UTC)\n"))
        let utcFirst = try CLIRun.run(["export"] + Self.merge)
        #expect(utcFirst.stderr == "")
    }

    /// The day is labelled with its own file's zone, not the first file's, in Los Angeles
    /// time (the merge's) and in UTC (its own: no label).
    @Test func aLaterFilesDayKeepsItsOwnZone() throws {
        let files = [Self.file("sheet.csv"), Self.file("timeline.json"), "--assume-zone", "sheet.csv=America/Los_Angeles"]
        let r = try CLIRun.run(["export"] + files)
        #expect(r.stdout.hasSuffix("  time unknown (day in UTC)\n                 [timeline] Jason Warner, GitHub — GitHub publishes its\n                 post-incident analysis\n"))
        let inUTC = try CLIRun.run(["export"] + files + ["--tz", "UTC"])
        #expect(inUTC.stdout.hasSuffix("\n  time unknown   [timeline] Jason Warner, GitHub — GitHub publishes its\n                 post-incident analysis\n"))
        #expect(!inUTC.stdout.contains("day in America/Los_Angeles"))
    }

    /// Saved as CSV, the later file's day in UTC keeps its zone in a `date zone` column
    /// (a date alone carries none), so read back it is the same day: 30 October in UTC,
    /// not in the Los Angeles offset the CSV's times are written in.
    @Test func aLaterFilesDayReadsBackFromCSVInItsOwnZone() throws {
        let rest = [Self.file("timeline.json"), Self.file("status.json"), "--assume-zone", "sheet.csv=America/Los_Angeles"]
        let saved = try ExternalTool.export(rest + ["--format", "csv"], name: "sheet-first.csv", input: Self.file("sheet.csv"))
        let rows = try CSVExportTests.read(saved)
        #expect(rows[0].suffix(2) == ["source file", "date zone"])
        #expect(rows.allSatisfy { $0.count == 13 })
        let analysis = try #require(rows.first { $0[0] == "analysis" })
        #expect(analysis[1] == "2018-10-30" && analysis[12] == "UTC")
        #expect(rows.dropFirst().filter { $0[12] != "" }.map { $0[0] } == ["analysis"])
        for (zone, line) in [("UTC", "  time unknown   Jason Warner, GitHub — GitHub publishes its post-incident\n"),
                             ("America/Los_Angeles", "  time unknown (day in UTC)\n                 Jason Warner, GitHub")] {
            let back = try CLIRun.run(["export", saved, "--tz", zone])
            #expect(back.status == 0 && back.stderr == "")
            #expect(back.stdout.contains(line), "\(zone):\n\(back.stdout)")
            // The same T+ as the merge's: it sorts at the end of 30 October in UTC.
            let merged = try CLIRun.run(["export", Self.file("sheet.csv")] + rest + ["--tz", zone, "--relative"])
            let again = try CLIRun.run(["export", saved, "--tz", zone, "--relative"])
            #expect(merged.stdout.contains("~T+9 days") && again.stdout.contains("~T+9 days"))
        }
        let json = try CLIRun.run(["export", saved, "--format", "jsonl"])
        #expect(json.stdout.split(separator: "\n").contains { $0.contains(#""id":"analysis""#) && $0.contains(#""timezone":"UTC""#) })
        // T+ stays last.
        let relative = try CSVExportTests.read(try ExternalTool.export(rest + ["--format", "csv", "--relative"], name: "rel.csv",
                                                                       input: Self.file("sheet.csv")))
        #expect(relative[0].suffix(3) == ["source file", "date zone", "t_plus"])
        // One file (no date of another zone): the columns as before.
        let one = try CSVExportTests.read(try ExternalTool.export(["--format", "csv"], name: "one.csv", input: Self.file("timeline.json")))
        #expect(one[0].last == "source file")
    }

    @Test func aBrokenFileRefusesTheMergeUnlessSkipped() throws {
        let broken = try ExternalTool.write(#"{"title": "x", "events": [{"id": "a", "time": "2018-10-21T25:00Z", "title": "t"}]}"#, name: "broken.json")
        let refused = try CLIRun.run(["export", Self.file("timeline.json"), broken, Self.file("pager.json")])
        #expect(refused.status == 1 && refused.stdout == "")
        #expect(refused.stderr == """
            \(broken):1:47: events[0].time: hour 25 does not exist
            timeline-tui: 1 of 3 files has problems (--skip-bad opens the others)

            """)
        let skipped = try CLIRun.run(["export", Self.file("timeline.json"), broken, Self.file("pager.json"), "--skip-bad"])
        #expect(skipped.status == 0)
        #expect(skipped.stderr.hasSuffix("timeline-tui: skipped \(broken) (1 problem)\n"))
        #expect(skipped.stdout.contains("Events:     11\n"))
    }

    /// A saved merge (`--format json`, `jsonl`, Timesketch) read back gives the same text
    /// export, in UTC and in San Francisco time, with and without details, but for how
    /// each file wrote a happening shown once (`As each file wrote it:`): it keeps which
    /// files hold it, not their own events.
    @Test(arguments: [("json", "m.json"), ("jsonl", "m.jsonl"), ("timesketch-jsonl", "m.jsonl"), ("timesketch-csv", "m.csv")])
    func aSavedMergeReadsBackToTheSameText(format: String, name: String) throws {
        let saved = try ExternalTool.export(Array(Self.merge.dropFirst()) + ["--format", format], name: name, input: Self.merge[0])
        for options in [[], ["--details"], ["--tz", "America/Los_Angeles", "--relative"]] {
            let original = try CLIRun.run(["export"] + Self.merge + options)
            let back = try CLIRun.run(["export", saved] + options)
            #expect(back.status == 0 && back.stderr == "")
            #expect(!back.stdout.contains(WrittenCopies.heading))
            #expect(back.stdout == Self.withoutCopies(original.stdout), "\(format) \(options)")
            #expect(original.stdout.contains(WrittenCopies.heading) == options.contains("--details"))
        }
        if format.hasPrefix("timesketch") {
            let rows = try TimesketchExportTests.validate(format == "timesketch-csv" ? "csv" : "jsonl", saved)
            #expect(rows.count == 15)
        }
    }

    /// A text export's details without their `As each file wrote it:` lines.
    static func withoutCopies(_ text: String) -> String {
        var out: [Substring] = []
        var skipping = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.trimmingCharacters(in: .whitespaces) == WrittenCopies.heading { skipping = true }
            if skipping && line.isEmpty { skipping = false }
            if !skipping { out.append(line) }
        }
        return out.joined(separator: "\n")
    }

    @Test func theMergeAsTimelineJSAndCSV() throws {
        let (title, slides) = try TimelineJSExportTests.load(Array(Self.merge.dropFirst()) + ["--details"], input: Self.merge[0])
        #expect(TimelineJSExportTests.text(title, "headline")?.hasPrefix("GitHub, 21–22 October 2018") == true)
        #expect(slides.count == 15)
        let csv = try CSVExportTests.read(try ExternalTool.export(Array(Self.merge.dropFirst()) + ["--format", "csv"], name: "m.csv",
                                                                   input: Self.merge[0]))
        #expect(csv.count == 16)
        let locked = try #require(csv.first { $0[7] == "Deployment tooling locked" })
        #expect(locked[1] == "2018-10-21T23:07:00Z" && locked[3] == "minute" && locked[11] == "timeline; sheet")
    }
}
