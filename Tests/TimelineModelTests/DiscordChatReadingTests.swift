import Foundation
import Testing
@testable import TimelineModel

/// DiscordChatExporter's JSON (`--format Json`): a channel's messages as events.
@Suite struct DiscordChatReadingTests {
    @Test func aChannelExportIsReadMessageByMessage() throws {
        let t = try FormatFixtures.load("discord/incident-channel.json")
        #expect(t.inputFormat == "DiscordChatExporter JSON", "the format names the tool once")
        #expect(t.title == "#inc-2023-11-14 (Acme Ops)")
        #expect(t.events.map { ExportTimes.written($0.time) } == ["2023-11-14T14:32:05.118Z", "2023-11-14T15:33:11.702+01:00",
                                                                   "2023-11-14T14:38:00Z"])
        let lead = t.events[0]
        #expect(lead.id == "1173980211460743209" && lead.actor == "Ana (on call)" && lead.kind == nil && lead.precision == .exact)
        #expect(lead.extraFields.contains(ExtraField(name: "isPinned", json: "true")))
        let reply = t.events[1]
        #expect(reply.title == "attached a file: error-rate.png" && reply.actor == "bo" && reply.kind == "Reply")
        #expect(reply.sources.first?.url?.hasSuffix("/error-rate.png") == true)
        #expect(reply.extraFields.contains(ExtraField(name: "reply_to", json: #""1173980211460743209""#)))
        // Text from the file reaches the screen neutralised.
        #expect(!FormatFixtures.text(t).contains("\u{1B}") && !FormatFixtures.text(t).contains("\u{202E}"))
    }

    @Test func aMessageWithoutATimestampIsRefusedWithItsPlace() {
        let bad = #"{"guild": {"name": "g"}, "channel": {"name": "c"}, "messages": [{"id": "1", "content": "x"}]}"#
        do throws(LoadFailure) {
            _ = try TimelineLoader.load(bytes: Array(bad.utf8), name: "d.json")
            Issue.record("read")
        } catch {
            #expect(error.problems.map(\.description) == ["d.json:1:65: messages[0].timestamp: a message with no timestamp"])
        }
    }
}
