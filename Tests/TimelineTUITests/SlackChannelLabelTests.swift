import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// A Slack export's day files are labelled by their channel (its folder), so that a
/// channel's days share one source and one lane; `--label` still names a file; a folder
/// is refused with the glob that opens it.
@Suite struct SlackChannelLabelTests {
    static let slack = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/slack")
    static func day(_ channel: String, _ name: String) -> String {
        slack.appendingPathComponent(channel).appendingPathComponent(name).path
    }
    static let days = [day("enrique", "2016-01-14.json"), day("enrique", "2016-02-07.json"), day("traveling-sailor", "2016-03-27.json")]

    @Test func aChannelsDaysShareItsName() throws {
        #expect(try MergeArguments.labels(for: Self.days, given: []) == ["enrique", "enrique", "traveling-sailor"])
        let r = try CLIRun.run(["export"] + Self.days + ["--format", "json"])
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(saved["source_files"] as? [String] == ["enrique", "traveling-sailor"])
        let events = try #require(saved["events"] as? [[String: Any]])
        #expect(Set(events.compactMap { ($0["source_files"] as? [String])?.joined() }) == ["enrique", "traveling-sailor"])
        let text = try CLIRun.run(["export"] + Self.days)
        #expect(text.stdout.contains("[enrique] ") && !text.stdout.contains("[2016-01-14]") && !text.stdout.contains("enrique-2"))
    }

    /// A day file holds no title and is named by its date: the channel titles the timeline,
    /// alone or merged; `--title` still wins.
    @Test func aChannelTitlesTheTimeline() throws {
        #expect(try CLIRun.run(["export"] + Self.days).stdout.hasPrefix("#enrique\n========\n"))
        #expect(try CLIRun.run(["export", Self.days[2]]).stdout.hasPrefix("#traveling-sailor\n"))
        #expect(try CLIRun.run(["export", Self.days[2], "--title", "Sailing"]).stdout.hasPrefix("Sailing\n"))
        #expect(try CLIRun.run(["export", CLIProcess.fixture]).stdout.hasPrefix("Eleven minutes without @realDonaldTrump\n"))
    }

    @Test func labelsStillNameAFileAndOtherFilesKeepTheirStems() throws {
        #expect(try MergeArguments.labels(for: Self.days, given: ["2016-02-07.json=feb"]) == ["enrique", "feb", "traveling-sailor"])
        let users = Self.slack.appendingPathComponent("users.json").path
        #expect(try MergeArguments.labels(for: [users, "/tmp/2016-01-14.json"], given: []) == ["users", "2016-01-14"])
    }

    /// Two exports' `general` folders are two sources: the second is `general-2`.
    @Test func twoExportsChannelsOfOneNameStayApart() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("slack-labels-\(getpid())")
        defer { try? FileManager.default.removeItem(at: root) }
        var files: [String] = []
        for export in ["a", "b"] {
            let channel = root.appendingPathComponent(export).appendingPathComponent("general")
            try FileManager.default.createDirectory(at: channel, withIntermediateDirectories: true)
            try Data("[]".utf8).write(to: root.appendingPathComponent(export).appendingPathComponent("channels.json"))
            files.append(channel.appendingPathComponent("2017-11-02.json").path)
        }
        #expect(try MergeArguments.labels(for: files, given: []) == ["general", "general-2"])
    }

    @Test func aFolderIsRefusedWithTheGlobThatOpensIt() throws {
        let channel = try CLIRun.run(["export", Self.slack.appendingPathComponent("enrique").path])
        #expect(channel.status != 0)
        #expect(channel.stderr.contains("enrique: is a directory, not a timeline file; a Slack channel's days open with a glob: ")
                && channel.stderr.contains("enrique/*.json"))
        let export = try CLIRun.run(["export", Self.slack.path])
        #expect(export.stderr.contains("a Slack export's channels open with a glob: ") && export.stderr.contains("slack/*/*.json"))
    }
}
