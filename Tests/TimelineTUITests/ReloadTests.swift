import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// `R` through `update`: the effect asked for, and what carries over to the file read again.
@Suite struct ReloadTests {
    typealias F = ViewerFixture

    /// The fixture without its `restored` event and with one more at the end.
    static func changed() throws -> Timeline {
        var doc = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: F.fixturePath))) as? [String: Any])
        var events = try #require(doc["events"] as? [[String: Any]])
        events.removeAll { $0["id"] as? String == "restored" }
        events.append(["id": "later", "time": "2017-12-01T12:00:00Z", "kind": "statement", "title": "A later statement"])
        doc["events"] = events
        return try TimelineLoader.load(bytes: Array(try JSONSerialization.data(withJSONObject: doc)), name: "t.json")
    }

    @Test func reloadKeepsSelectionFilterZoneBookmarksAndMarkWhereTheEventsRemain() throws {
        var s = F.press(try F.state(), "z", "jj", "M", "j", "M", "m", "r", "f", "kind:statement OR kind:action", "Enter", "j")
        s.bookmarksFile = "/tmp/t.json.marks.json"
        let asked = F.press(s, "R")
        #expect(asked.effect == .reload)
        let selected = s.selectedEvent?.id
        let fresh = ViewState(timeline: try Self.changed(), sourceName: s.sourceName, zones: [s.zone] + s.zones, measure: s.measure)
        let r = F.send(asked, .reloaded(fresh))
        #expect(r.events.count == 10)
        #expect(r.zone.identifier == "UTC")
        #expect(r.filter == "kind:statement OR kind:action")
        #expect(r.shownEvents.map(\.id).contains("later"))
        #expect(r.selectedEvent?.id == selected)
        #expect(r.bookmarkedIds == ["first-tweet-after"], "restored is gone, its bookmark with it")
        #expect(r.mark.map { r.events[$0].id } == "first-tweet-after")
        #expect(r.relative)
        #expect(r.bookmarksFile == "/tmp/t.json.marks.json")
        #expect(r.message == "Reloaded: 10 events (were 10); 1 bookmark of events no longer there dropped.")
        #expect(F.screen(r).contains("UTC+00:00"))
    }

    @Test func theScreenSaysReloadingUntilTheFileIsIn() throws {
        let asked = F.press(try F.state(), "R")
        #expect(asked.reloading && asked.effect == .reload)
        #expect(F.screen(asked).contains("reloading…"))
        #expect(F.press(asked, "j").selected == 1, "keys still work meanwhile")
        let twice = F.press(asked, "R")
        #expect(twice.effect == nil && twice.message == "Still reloading…")
        let fresh = ViewState(timeline: try Self.changed(), sourceName: asked.sourceName, zones: [asked.zone], measure: asked.measure)
        let r = F.send(asked, .reloaded(fresh))
        #expect(!r.reloading && !F.screen(r).contains("reloading…"))
        let failed = F.send(asked, .reloadFailed(reason: "t.json:3:1: unexpected end of file"))
        #expect(!failed.reloading)
    }

    @Test func aFailedReloadKeepsWhatWasShown() throws {
        let s = F.press(try F.state(), "jj")
        let r = F.send(s, .reloadFailed(reason: "t.json:3:1: unexpected end of file"))
        #expect(r.selectedEvent?.id == "restored")
        #expect(r.message == "Not reloaded: t.json:3:1: unexpected end of file. Still showing what was loaded.")
    }

    /// On a big file the filter runs again in the background; its answer does not hide
    /// that the file was reloaded.
    @Test func aBigFilesFilterRunAgainKeepsTheReloadMessage() throws {
        var s = try F.state()
        s.liveSearchLimit = 5
        s = F.press(s, "f", "kind:statement", "Enter", "R")
        var fresh = ViewState(timeline: try Self.changed(), sourceName: s.sourceName, zones: [s.zone], measure: s.measure)
        fresh.liveSearchLimit = 5
        let asked = update(s, .reloaded(fresh))
        guard case .filter? = asked.effect else { Issue.record("the filter runs again in the background"); return }
        let r = F.send(s, .reloaded(fresh))
        #expect(r.shownEvents.contains { $0.id == "later" } && r.shownEvents.allSatisfy { $0.kind == "statement" })
        #expect(r.message == "Reloaded: 10 events (were 10).")
        // A filter typed afterwards says its count as usual.
        #expect(F.press(r, "f", "C-u", "kind:action", "Enter").message?.hasSuffix("events match “kind:action”.") == true)
    }
}
