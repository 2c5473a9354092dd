import Foundation
import Testing
@testable import TimelineModel
@testable import timeline_tui

/// A Discord channel saved by DiscordChatExporter under its default name (`Guild - Category
/// - channel [id].json`) is labelled `#channel` in a merge, as its users know it: from the
/// file's own `channel.name`, else from that name; `--label` still names it, and two
/// channels of one name stay apart.
@Suite struct DiscordChannelLabelTests {
    static let fixture = CLIProcess.packageRoot.appendingPathComponent("Tests/Fixtures/formats/discord/incident-channel.json")

    /// The fixture under the exporter's default name, in a folder of its own.
    func exported(as name: String, in dir: URL, channel: String? = "keep") throws -> String {
        var text = String(decoding: try Data(contentsOf: Self.fixture), as: UTF8.self)
        if let channel, channel != "keep" {
            text = text.replacingOccurrences(of: #""name": "inc-2023-11-14""#, with: #""name": "\#(channel)""#)
        } else if channel == nil {
            text = text.replacingOccurrences(of: #""name": "inc-2023-11-14","#, with: "")
        }
        let path = dir.appendingPathComponent(name).path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test func aChannelIsLabelledByItsNameInAMerge() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let discord = try exported(as: "Acme Ops - Incidents - inc-2023-11-14 [913094340438556702].json", in: dir)
        let text = try CLIRun.run(["export", discord, CLIProcess.fixture, "--tz", "UTC", "--width", "0"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("[#inc-2023-11-14] ") && !text.stdout.contains("[Acme Ops"))
        let csv = try CLIRun.run(["export", discord, CLIProcess.fixture, "--format", "csv"])
        #expect(csv.stdout.contains(",#inc-2023-11-14,") && !csv.stdout.contains("Acme Ops - "))
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(CLIRun.run(["export", discord, CLIProcess.fixture, "--format", "json"]).stdout.utf8)) as? [String: Any])
        #expect(saved["source_files"] as? [String] == ["#inc-2023-11-14", "2017-11-03"])
        // `source:` filters by it.
        let only = try CLIRun.run(["export", discord, CLIProcess.fixture, "--source", "#inc-2023-11-14", "--format", "jsonl"])
        #expect(only.status == 0)
        #expect(only.stdout.split(separator: "\n").count == 1 + 3)
        #expect(only.stdout.contains(##""read_as":"#inc-2023-11-14: DiscordChatExporter JSON"##))
        // One file alone shows no source; its title is the channel's and its guild's.
        #expect(try CLIRun.run(["export", discord]).stdout.hasPrefix("#inc-2023-11-14 (Acme Ops)\n"))
        #expect(try CLIRun.run(["export", discord]).stdout.contains("\nRead as:    DiscordChatExporter JSON; offsets vary"))
    }

    @Test func labelStillNamesTheFile() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let discord = try exported(as: "Acme Ops - Incidents - inc-2023-11-14 [913094340438556702].json", in: dir)
        let text = try CLIRun.run(["export", discord, CLIProcess.fixture, "--label", "\(discord)=chat"])
        #expect(text.stdout.contains("[chat] ") && !text.stdout.contains("[#inc"))
    }

    /// Two guilds' `#general`: `#general` and `#general-2`, as two files of one name are.
    @Test func twoChannelsOfOneNameStayApart() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try exported(as: "Acme - Ops - general [1].json", in: dir, channel: "general")
        let b = try exported(as: "Other - general [2].json", in: dir, channel: "general")
        let saved = try #require(try JSONSerialization.jsonObject(with: Data(CLIRun.run(["export", a, b, "--format", "json", "--keep-duplicates"]).stdout.utf8)) as? [String: Any])
        #expect(saved["source_files"] as? [String] == ["#general", "#general-2"])
    }

    /// A file without `channel.name` is labelled from the exporter's file name, a date range
    /// after the id too; a name of another shape keeps the file's stem.
    @Test func theFileNameSaysTheChannelWhenTheFileDoesNot() throws {
        #expect(DiscordChannelLabel.channel(inFileName: "x/Acme Ops - Incidents - inc-7 [913094340438556702].json") == "inc-7")
        #expect(DiscordChannelLabel.channel(inFileName: "Acme - deploys [12] (after 2024-01-01).json") == "deploys")
        #expect(DiscordChannelLabel.channel(inFileName: "incident-channel.json") == nil)
        #expect(DiscordChannelLabel.channel(inFileName: "Acme - deploys [draft].json") == nil)
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let nameless = try exported(as: "Acme Ops - Incidents - war-room [913094340438556702].json", in: dir, channel: nil)
        let t = try TimelineLoader.load(bytes: Array(try Data(contentsOf: URL(fileURLWithPath: nameless))), name: nameless)
        #expect(t.ownLabel == "#war-room")
        let plain = try exported(as: "incident-channel.json", in: dir, channel: nil)
        let text = try CLIRun.run(["export", plain, CLIProcess.fixture])
        #expect(text.stdout.contains("[incident-channel] "))
    }

    /// `validate` names the file's events as the merge would, in its note on shared ids.
    @Test func validateNotesUseTheChannel() throws {
        let dir = try CLIProcess.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = try exported(as: "Acme - Ops - general [1].json", in: dir, channel: "general")
        let b = try exported(as: "Acme - Ops - ops [2].json", in: dir, channel: "ops")
        let r = try CLIRun.run(["validate", a, b])
        #expect(r.status == 0)
        #expect(r.stderr.contains("a merged timeline shows #general:1173980211460743209 and #ops:1173980211460743209"))
    }
}
