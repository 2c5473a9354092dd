import Foundation
import Testing

/// Several files on the command line (the real binary, files named as typed): one merged
/// timeline with each event's file shown, bad files refused together or skipped, the
/// per-file options.
@Suite struct MergeCLITests {
    static let statuspage = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/statuspage/emma-incident.json").path

    /// A folder with the on-call notes of the Emma incident (our format, Chicago time)
    /// and an edge log (JSON Lines, times without a zone).
    static func folder() throws -> URL {
        let dir = try CLIProcess.temporaryFolder()
        try #"""
        {"title": "On-call notes", "timezone": "America/Chicago", "events": [
          {"id": "x9wt6q4wbbvn", "time": "2019-02-18T07:25:00-06:00", "actor": "on-call", "title": "Pager: 5xx rate above 2% on web"},
          {"id": "rollback", "time": "2019-02-18T07:40:02-06:00", "actor": "on-call", "title": "Rolled back web to the previous build"},
          {"id": "clear", "time": "2019-02-18T07:56-06:00", "title": "Our systems team has given an all-clear on this morning's application trouble.  Thanks!"}
        ]}
        """#.write(to: dir.appendingPathComponent("notes.json"), atomically: true, encoding: .utf8)
        try """
        {"ts": "2019-02-18 13:30:05", "msg": "edge: 502 from origin"}
        {"ts": "2019-02-18 13:41:00", "msg": "edge: origin healthy"}

        """.write(to: dir.appendingPathComponent("edge.log"), atomically: true, encoding: .utf8)
        try "{ not json".write(to: dir.appendingPathComponent("broken.json"), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func twoFilesExportAsOneTimelineWithEachLinesFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--label", "notes.json=On-call", "--width", "0"], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.hasPrefix("Reports of 500 errors navigating within application\n"))
        // Each file's reader is named, ours too: a merge never looks read by one reader.
        #expect(r.stdout.contains("Read as:    emma-incident: Statuspage incidents; On-call: timeline JSON\n"))
        // The first file's home zone: the incident's times all carry -06:00 (its page's zone).
        #expect(r.stdout.contains("Time zone:  UTC-06:00 (fixed offset)\n"))
        #expect(r.stdout.contains("""
              07:25:00       [On-call] on-call — Pager: 5xx rate above 2% on web
              07:28:41.270–07:56:37.241 (28 min)  [emma-incident] Reports of 500 errors navigating within application
            """))
        #expect(r.stdout.contains("  07:40:02       [On-call] on-call — Rolled back web to the previous build\n"))
        // The all-clear is in both files: shown once, with both.
        #expect(r.stdout.contains("  07:56          [On-call, emma-incident] Our systems team has given an all-clear"))
        #expect(!r.stdout.contains("07:56:37.241   "))
        let both = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--keep-duplicates", "--width", "0", "--title", "Emma, 18 Feb"], in: dir)
        #expect(both.stdout.hasPrefix("Emma, 18 Feb\n"))
        #expect(both.stdout.contains("  07:56:37.241   [emma-incident] Our systems team"))
        // The ids used in both files, and the source filter.
        let details = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--details", "--source", "notes", "--width", "0"], in: dir)
        #expect(details.stdout.contains("Id: notes:x9wt6q4wbbvn"))
        #expect(!details.stdout.contains("[emma-incident]"))
    }

    @Test func csvAndJSONNameEachEventsFiles() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let csv = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--format", "csv"], in: dir)
        #expect(csv.status == 0)
        let rows = csv.stdout.split(separator: "\r\n").map(String.init)
        #expect(rows[0].hasSuffix(",source file"))
        #expect(rows[1].hasPrefix("notes:x9wt6q4wbbvn,") && rows[1].hasSuffix(",notes"))
        #expect(rows.last?.hasSuffix(",notes; emma-incident") == true)
        let json = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--format", "json"], in: dir)
        let parsed = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let events = try #require(parsed?["events"] as? [[String: Any]])
        #expect(events.map { $0["source_files"] as? [String] ?? [] } == [
            ["notes"], ["emma-incident"], ["emma-incident"], ["notes"], ["emma-incident"], ["notes", "emma-incident"],
        ])
        // Read back, the files stay with each event.
        try json.stdout.write(to: dir.appendingPathComponent("merged.json"), atomically: true, encoding: .utf8)
        let again = try CLIProcess.run(["export", "merged.json", "--format", "json"], in: dir)
        #expect(again.status == 0 && again.stdout == json.stdout)
    }

    @Test func oneBadFileRefusesAllUnlessSkipBad() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let refused = try CLIProcess.run(["export", "notes.json", "broken.json", "edge.log"], in: dir)
        #expect(refused.status == 1 && refused.stdout == "")
        // Each problem names its own file: the broken one, and the log without zones.
        #expect(refused.stderr.contains("broken.json:1:"))
        #expect(refused.stderr.contains("edge.log:1:"))
        // The log without zones is told once, with the option that names its zone alone
        // (`--assume-zone UTC` would place the other files' zoneless times too).
        let edge = refused.stderr.split(separator: "\n").filter { $0.hasPrefix("edge.log:") }
        #expect(edge.count == 1 && edge[0].contains("add --assume-zone edge.log=ZONE, the zone the writer used (UTC for example); the same for 1 more time of this file"))
        #expect(!refused.stderr.contains("--assume-zone UTC"))
        #expect(refused.stderr.hasSuffix("""
            timeline-tui: 2 of 3 files have problems (--skip-bad opens the others)

            """))
        let skipped = try CLIProcess.run(["export", "notes.json", "broken.json", "edge.log", "--skip-bad", "--width", "0"], in: dir)
        #expect(skipped.status == 0)
        #expect(skipped.stderr.contains("timeline-tui: skipped broken.json (1 problem)\n"))
        #expect(skipped.stdout.contains("[notes] on-call — Rolled back web"))
        #expect(!skipped.stdout.contains("edge:"))
    }

    @Test func assumeZoneAndInputFormatCanNameOneFile() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", "notes.json", "edge.log", "--assume-zone", "edge.log=UTC",
                                    "--input-format", "edge.log=jsonl-log", "--tz", "UTC", "--width", "0"], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.contains("""
              13:25:00       [notes] on-call — Pager: 5xx rate above 2% on web
              13:30:05       [edge] edge: 502 from origin
            """))
        #expect(r.stdout.contains("  13:40:02       [notes] on-call — Rolled back web to the previous build\n  13:41:00       [edge] edge: origin healthy\n"))
        let wrong = try CLIProcess.run(["export", "notes.json", "--assume-zone", "other.log=UTC"], in: dir)
        #expect(wrong.status == 2 && wrong.stderr.contains("--assume-zone names 'other.log', which is not among the files given"))
        let twice = try CLIProcess.run(["export", "-", "-"], in: dir)
        #expect(twice.status == 2 && twice.stderr.contains("standard input (-) can be read only once"))
    }

    /// `--label edge.log=Edge` and `--assume-zone edge.log=UTC` name a file given with its
    /// folder (`logs/edge.log`) by its own name, as a user types them.
    @Test func fileOptionsNameAFileGivenWithItsFolderByItsName() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let logs = dir.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: dir.appendingPathComponent("edge.log"), to: logs.appendingPathComponent("edge.log"))
        let r = try CLIProcess.run(["export", "notes.json", "logs/edge.log", "--assume-zone", "edge.log=UTC",
                                    "--label", "edge.log=Edge", "--tz", "UTC", "--width", "0"], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.contains("  13:30:05       [Edge] edge: 502 from origin\n"))
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("old"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: logs.appendingPathComponent("edge.log"), to: dir.appendingPathComponent("old/edge.log"))
        let two = try CLIProcess.run(["export", "logs/edge.log", "old/edge.log", "--assume-zone", "UTC", "--label", "edge.log=Edge"], in: dir)
        #expect(two.status == 2 && two.stderr.contains("--label names 'edge.log', which is the name of several files given; write its path as given"))
    }

    @Test func validateNamesBothPlacesOfAnIdUsedInTwoFiles() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["validate", Self.statuspage, "notes.json"], in: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "\(Self.statuspage): ok, 4 events\nnotes.json: ok, 3 events\n")
        #expect(r.stderr == "timeline-tui: note: the id 'x9wt6q4wbbvn' is used in \(Self.statuspage):1:1 and notes.json:2:3; a merged timeline shows emma-incident:x9wt6q4wbbvn and notes:x9wt6q4wbbvn\n")
    }

    /// `--mark ID` with an id two files use: the merge shows it prefixed, so the message
    /// names the ids to choose from; a prefixed id marks that file's event.
    @Test func markWithAnIdOfTwoFilesNamesThePrefixedIds() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let r = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--mark", "x9wt6q4wbbvn"], in: dir)
        #expect(r.status == 1 && r.stdout == "")
        #expect(r.stderr == "timeline-tui: --mark: the id 'x9wt6q4wbbvn' is used in several files; say which: emma-incident:x9wt6q4wbbvn or notes:x9wt6q4wbbvn\n")
        let marked = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--mark", "notes:x9wt6q4wbbvn", "--width", "0"], in: dir)
        #expect(marked.status == 0)
        #expect(marked.stdout.contains("Relative:   T+ from 2019-02-18 07:25 (the mark: notes:x9wt6q4wbbvn)\n"))
        let unknown = try CLIProcess.run(["export", Self.statuspage, "notes.json", "--mark", "nope"], in: dir)
        #expect(unknown.status == 1 && unknown.stderr == "timeline-tui: --mark: no event has the id 'nope'\n")
    }

    /// Standard input among the files is named `stdin` by the per-file options (`-=…`
    /// would read as an option), or `-` written `--label=-=Pager`.
    @Test func standardInputIsNamedStdinByThePerFileOptions() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for options in [["--label", "stdin=Pager", "--assume-zone", "stdin=UTC"], ["--label=-=Pager", "--assume-zone=-=UTC"]] {
            let r = try CLIProcess.run(["export", "notes.json", "-", "--input-format", "stdin=jsonl-log", "--tz", "UTC", "--width", "0"] + options,
                                       in: dir, stdin: dir.appendingPathComponent("edge.log").path)
            #expect(r.status == 0 && r.stderr == "", "\(options): \(r.stderr)")
            #expect(r.stdout.contains("  13:30:05       [Pager] edge: 502 from origin\n"), "\(options)")
        }
    }

    @Test func theFixtureAndAnotherFileOpenAsOneTimelineWithSources() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        // Not a terminal: the viewer prints what it would show.
        let r = try CLIProcess.run([CLIProcess.fixture, "notes.json"], in: dir)
        #expect(r.status == 0 && r.stderr == "")
        #expect(r.stdout.hasPrefix("Eleven minutes without @realDonaldTrump\n"))
        #expect(r.stdout.contains("[2017-11-03] Twitter — The account is restored"))
        #expect(r.stdout.contains("[notes] on-call — Pager"))
    }
}
