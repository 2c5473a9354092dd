import Foundation
import Testing
@testable import TimelineModel

/// What responders export from the services of an incident — chat, paging, alerting,
/// identity, audit — opens without `--map`: each record's shape names its time (and the
/// unit of a number, from the service's documentation, said in "Read as"), its title,
/// kind and actor. Files in the shapes the services' API documentation shows (SOURCES.md).
@Suite struct IncidentServicesReadingTests {
    func export(_ t: Timeline, zone: String? = nil) -> String { FormatFixtures.text(t, zone: zone) }

    @Test func slacksExportTsIsSecondsAsText() throws {
        let t = try FormatFixtures.load("services/slack-incident-2023-11-14.json")
        #expect(t.inputFormat == "JSON array of log records (Slack: ts in epoch seconds)")
        // A mention of a user the file names no one for is shown by id.
        #expect(t.events.map(\.title) == ["Seeing 502s on the edge, anyone deploying?", "@U024BE7LJ has joined the channel"])
        #expect(t.events.map(\.actor) == ["Ana Ops", "U024BE7LJ"])
        #expect(t.events.map(\.kind) == [nil, "channel_join"])
        // "1699999200.000200": its decimals make the message unique in the channel, not a
        // fraction of a second: exact to the second (see SlackMessage).
        #expect(export(t).contains("Tuesday 14 November 2023\n  22:00:00       Ana Ops — Seeing 502s"))
        #expect(export(t, zone: "Europe/Paris").contains("Tuesday 14 November 2023\n  23:00:00       Ana Ops — Seeing 502s"))
    }

    @Test func oktaGitHubAndSentryRecords() throws {
        let okta = try FormatFixtures.load("services/okta-system-log.json")
        #expect(okta.inputFormat == "JSON array of log records (Okta System Log)")
        #expect(okta.events.map(\.title) == ["User login to Okta"])
        #expect(okta.events.map(\.kind) == ["user.session.start"])
        #expect(okta.events.map(\.actor) == ["john.doe@example.com"])
        #expect(export(okta, zone: "America/New_York").contains("  15:33:29.975   john.doe@example.com — User login to Okta"))

        let github = try FormatFixtures.load("services/github-audit-log.json")
        #expect(github.inputFormat == "JSON array of log records (GitHub audit log: @timestamp in epoch milliseconds)")
        #expect(github.events.map(\.title) == ["org.create", "team.add_member"])
        #expect(export(github).contains("Wednesday 2 December 2020\n  17:24:34.512   octocat — team.add_member"))

        let sentry = try FormatFixtures.load("services/sentry-events.json")
        #expect(sentry.inputFormat == "JSON array of log records (Sentry events)")
        #expect(sentry.events.map(\.title) == ["This is an example Python exception"])
        #expect(export(sentry).contains("  17:46:36       This is an example Python exception"))

        // Each record's id as the service wrote it: Okta's `uuid`, GitHub's `_document_id`,
        // Sentry's `eventID`.
        #expect(okta.events.map(\.id) == ["dc9fd3c0-598c-11ef-8478-2b7584bf8d5a"])
        #expect(Set(github.events.map(\.id)) == ["Vqvg6kZ4MYqwWRKFDzlMoQ", "xJJFlFOhQ6b-5vaAFy9Rjw"])
        #expect(sentry.events.map(\.id) == ["9fac2ceed9344f2bbfdd1fdacb0ed9b1"])
    }

    /// Merged, a PagerDuty entry that another file also holds is named by its own id in
    /// "As each file wrote it" (`pager: … · id R2XGXEI3W0FHMT`), not by its line.
    @Test func aMergeNamesPagerDutyEntriesByTheirIds() throws {
        let pager = try FormatFixtures.load("services/pagerduty-log-entries.json")
        let first = pager.events[0]
        let note = """
            {"title": "notes", "events": [{"id": "ack", "time": "\(ExportTimes.written(first.time))", "title": "\(first.title)"}]}
            """
        let notes = try TimelineLoader.load(bytes: Array(note.utf8), name: "notes.json")
        let merged = TimelineMerge.merge([MergeInput(label: "notes", timeline: notes), MergeInput(label: "pager", timeline: pager)])
        let shown = try #require(merged.events.firstIndex { $0.title == first.title })
        let lines = WrittenCopies.lines(merged.events[shown], copies: merged.events.copies(at: shown),
                                        formatter: TimeFormatter(timeline: merged, zone: .utc))
        #expect(lines.count == 2)
        #expect(lines.contains { $0.hasPrefix("pager: ") && $0.hasSuffix(" · id R2XGXEI3W0FHMT") })
    }

    /// Grafana's numeric `id` and `time` do not make its annotations ours; a region is a span.
    @Test func grafanaAnnotationsRegionsAreSpans() throws {
        let t = try FormatFixtures.load("services/grafana-annotations.json")
        #expect(t.inputFormat == "JSON array of log records (Grafana annotations: time in epoch milliseconds)")
        #expect(t.events.map(\.title) == ["deploy window", "test"])
        #expect(t.events.map { $0.end != nil } == [true, false])
        #expect(export(t).contains("  04:45:11.000–04:55:11.000 (10 min)  admin — deploy window\n"))
        // A point's timeEnd (its own time) stays an extra field.
        #expect(t.events[1].extraFields.contains { $0.name == "timeEnd" })
    }

    /// API responses that hold their records under a name: Alertmanager's webhook
    /// (`alerts`, each a span while it fired), PagerDuty (`log_entries`), Opsgenie (`data`).
    @Test func apiResponsesWithTheirRecordsUnderAName() throws {
        let alerts = try FormatFixtures.load("services/alertmanager-webhook.json")
        #expect(alerts.inputFormat == "JSON array of log records (Alertmanager alerts)")
        #expect(alerts.events.map(\.title) == ["HighLatency p99 latency above 500 ms", "HighLatency p99 latency above 500 ms"])
        #expect(alerts.events.map(\.actor) == ["api-1:9100", "api-2:9100"])
        #expect(alerts.events.map(\.kind) == ["page", "page"])
        // Resolved: a span; still firing (endsAt 0001-01-01): an instant, its endsAt kept.
        #expect(export(alerts).contains("  10:02:30.123–10:19:00.123 (17 min)  api-1:9100 — HighLatency p99 latency above 500 ms\n"))
        #expect(alerts.events[1].end == nil)
        #expect(alerts.events[1].extraFields.contains(ExtraField(name: "endsAt", json: #""0001-01-01T00:00:00Z""#)))

        let pager = try FormatFixtures.load("services/pagerduty-log-entries.json")
        #expect(pager.inputFormat == "JSON array of log records (PagerDuty log entries)")
        #expect(pager.events.map(\.title) == ["Acknowledged by Earline Greenholt", "Triggered through the API"])
        #expect(pager.events.map(\.kind) == ["acknowledge_log_entry", "trigger_log_entry"])
        #expect(pager.events.map(\.actor) == ["Earline Greenholt", "Email Integration"])
        #expect(pager.zoneNote == "offsets vary: +00:00, +01:00; home zone UTC")
        // The id PagerDuty gave each entry, not its line.
        #expect(pager.events.map(\.id) == ["R2XGXEI3W0FHMT", "Q02JTSNZWHSEKV"])
        #expect(!pager.events[0].extraFields.contains { $0.name == "id" })

        let opsgenie = try FormatFixtures.load("services/opsgenie-logs.json")
        #expect(opsgenie.events.map(\.title) == ["Alert acknowledged via web", "Alert closed"])
        #expect(opsgenie.events.map(\.kind) == ["system", "alertRecipient"])
        // Opsgenie's `offset` is a page's cursor and Alertmanager's `fingerprint` names the
        // alert, not the notice: neither is an id, so the line's is made.
        #expect(opsgenie.events[0].id.hasPrefix("opsgenie-logs:"))
        #expect(alerts.events.map(\.id).allSatisfy { $0.hasPrefix("alertmanager-webhook:") })
        #expect(export(opsgenie, zone: "Asia/Kolkata").contains("  17:49:10.914   john.smith@opsgenie.com — Alert acknowledged via web"))
    }

    /// One a line, the ids are the entries' too; the first pass's skim is for logs of no
    /// known writer only, and a plain log whose later lines look like PagerDuty's is read the
    /// same with the skim and without (its ids made from lines either way).
    @Test func pagerDutyIdsOneALineAndTheSkimAgree() throws {
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(FormatFixtures.bytes("services/pagerduty-log-entries.json"))) as? [String: Any])
        let entries = try #require(parsed["log_entries"] as? [Any])
        let lines = try entries.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: .sortedKeys), as: UTF8.self) }
        let file = Array((lines.joined(separator: "\n") + "\n").utf8)
        let t = try TimelineLoader.load(bytes: file, name: "pager.jsonl")
        #expect(Set(t.events.map(\.id)) == ["R2XGXEI3W0FHMT", "Q02JTSNZWHSEKV"])
        #expect(JSONLogReader.reader(file.withUnsafeBytes { FileBytes(copying: $0) }, file: "pager.jsonl", options: ReadOptions()).skim == nil)
        // Past the first line no writer is looked for: these entries (given a `time`) are log lines.
        let timed = try entries.map { e -> String in
            var entry = try #require(e as? [String: Any])
            entry["time"] = entry["created_at"]
            return String(decoding: try JSONSerialization.data(withJSONObject: entry, options: .sortedKeys), as: UTF8.self)
        }
        let plain = #"{"time":"2023-11-14T14:30:00Z","msg":"deploy","service":"api"}"# + "\n" + timed.joined(separator: "\n") + "\n"
        for options in SkimComparison.optionSets {
            let (skimmed, whole, skims) = SkimComparison.loads(Array(plain.utf8), name: "mixed.jsonl") {
                JSONLogReader.reader($0, file: $1, options: options)
            }
            #expect(skims)
            try SkimComparison.expectSame(skimmed, whole)
            let read = try whole.get()
            #expect(read.events.count == 3 && read.events.allSatisfy { $0.id.hasPrefix("mixed:") })
        }
    }

    /// The same shapes one a line (`jq -c '.[]'`) are read the same.
    @Test func oneRecordALineIsReadTheSame() throws {
        let array = try FormatFixtures.load("services/slack-incident-2023-11-14.json")
        let parsed = try JSONSerialization.jsonObject(with: Data(FormatFixtures.bytes("services/slack-incident-2023-11-14.json"))) as! [Any]
        let lines = try parsed.map { String(decoding: try JSONSerialization.data(withJSONObject: $0), as: UTF8.self) }.joined(separator: "\n")
        let t = try TimelineLoader.load(bytes: Array((lines + "\n").utf8), name: "2023-11-14.jsonl")
        #expect(t.inputFormat == "JSON Lines log (Slack: ts in epoch seconds)")
        #expect(t.events.map(\.title) == array.events.map(\.title))
        #expect(t.events.map(\.time) == array.events.map(\.time))
    }
}
