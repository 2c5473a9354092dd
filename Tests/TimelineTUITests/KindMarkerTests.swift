import Testing
import TimelineModel
@testable import timeline_tui

/// Markers and colours for the kinds responders use, and stable ones for the rest.
@Suite struct KindMarkerTests {
    static let responders = """
        {"title": "Checkout outage", "timezone": "UTC", "events": [
          {"id": "a", "time": "2024-07-01T10:00:00Z", "kind": "Alert", "title": "5xx rate over 5%"},
          {"id": "b", "time": "2024-07-01T10:01:00Z", "kind": "page", "title": "on-call paged"},
          {"id": "c", "time": "2024-07-01T10:02:00Z", "kind": "DETECTION", "title": "canary failing"},
          {"id": "d", "time": "2024-07-01T10:03:00Z", "kind": "deploy", "title": "v2.3 rolled out at 09:55"},
          {"id": "e", "time": "2024-07-01T10:04:00Z", "kind": "change", "title": "flag flipped"},
          {"id": "f", "time": "2024-07-01T10:05:00Z", "kind": "mitigation", "title": "rolled back"},
          {"id": "g", "time": "2024-07-01T10:06:00Z", "kind": "recovery", "title": "error rate normal"},
          {"id": "h", "time": "2024-07-01T10:07:00Z", "kind": "resolved", "title": "incident closed"},
          {"id": "i", "time": "2024-07-01T10:08:00Z", "kind": "decision", "title": "freeze deploys"},
          {"id": "j", "time": "2024-07-01T10:09:00Z", "kind": "communication", "title": "status page updated"},
          {"id": "k", "time": "2024-07-01T10:10:00Z", "kind": "Note", "title": "follow-up"},
          {"id": "l", "time": "2024-07-01T10:11:00Z", "kind": "escalation", "title": "VP looped in"},
          {"id": "m", "time": "2024-07-01T10:12:00Z", "title": "no kind"}
        ]}
        """

    @Test func respondersKindsHaveTheirOwnMarkersCaseInsensitive() throws {
        let signs = KindMarker.known.map(\.marker.sign)
        #expect(Set(signs).count == signs.count, "each known kind its own sign")
        for sign in signs + KindMarker.others { #expect(Printable.width(sign) == 1, "\(sign) is one column") }
        #expect(KindMarker.of("ALERT") == KindMarker.of("alert"))
        #expect(KindMarker.of(" Resolved ").sign == "✓")
        #expect(KindMarker.of("alert").role == .kindAlert)
        #expect(KindMarker.of("recovery").role == .kindRecovery)
        // Another kind: one of the small set, the same every time, and never "·".
        #expect(KindMarker.of("escalation").sign == KindMarker.of("Escalation").sign)
        #expect(KindMarker.others.contains(KindMarker.of("escalation").sign))
        #expect(KindMarker.of(nil).sign == "·" && KindMarker.of("").sign == "·")
        for sign in signs + KindMarker.others { #expect(AsciiFallback.text(sign).count == 1, "\(sign) in ASCII") }
    }

    @Test func theListShowsThemAndTheHelpHasTheLegend() throws {
        let t = try TimelineLoader.load(bytes: Array(Self.responders.utf8), name: "checkout.json")
        let s = ViewState(timeline: t, sourceName: "checkout.json", local: .utc, width: 60, height: 20, measure: .screen)
        let screen = ViewerFixture.screen(s)
        try ViewerFixture.expectGolden("responder-kinds-60x20", screen)
        for (kind, marker) in KindMarker.known where kind != "action" && kind != "statement" && kind != "reaction" && kind != "report" {
            #expect(screen.contains(" \(marker.sign) "), "\(kind)")
        }
        let help = HelpScreen.lines(width: 80).map(\.text).joined(separator: "\n")
        #expect(help.contains(" ▲ alert "))
        #expect(help.contains(" ⇄ communication "))
        #expect(help.contains("any other kind: one of □ △ ▽ ◁ ▷ ◊"))
    }
}
