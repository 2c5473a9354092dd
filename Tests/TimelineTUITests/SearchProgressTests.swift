import Foundation
import Testing
import TimelineModel
@testable import timeline_tui

/// A search of a big timeline runs in the background a part at a time: the first match
/// is selected as soon as found, the header counts what is found so far, n and N walk
/// it, Esc stops it, and the whole answer is the one pass's.
@Suite struct SearchProgressTests {
    /// 3,000 events, one in seven with "rogue" in its title, one in 500 with "tax".
    static let timeline: Timeline = {
        var events: [String] = []
        for k in 0..<3000 {
            let minute = String(format: "%02d:%02d", k / 60 % 24, k % 60)
            let title = (k % 7 == 3 ? "rogue employee " : "routine ") + (k % 500 == 250 ? "tax cut " : "") + "step \(k)"
            events.append(#"{"id": "e\#(k)", "time": "2017-11-0\#(1 + k / 1440)T\#(minute):00Z", "actor": "a\#(k % 5)", "title": "\#(title)"}"#)
        }
        let json = #"{"title": "Big", "timezone": "UTC", "events": [\#(events.joined(separator: ",\n"))]}"#
        return try! TimelineLoader.load(bytes: Array(json.utf8), name: "big.json")
    }()

    /// The viewer on it, searching in the background from 100 events on (as above 200,000).
    static func state() -> ViewState {
        var s = ViewState(timeline: timeline, sourceName: "big.json", local: Zone(identifier: "UTC")!, width: 100, height: 24,
                          measure: .screen)
        s.liveSearchLimit = 100
        return s
    }

    /// Keys through `update` alone: the background search is left to the test.
    static func press(_ state: ViewState, _ names: String...) -> ViewState {
        ViewerFixture.keys(names).reduce(state) { update($0, .key($1)) }
    }

    /// The messages the runtime sends for `job`, parts of 64 events.
    static func messages(_ job: SearchJob) -> [Message] {
        var told: [Message] = []
        let answer = EffectRunner.searchInParts(job, timeline: timeline, part: 64, wanted: { true }, told: { told.append($0) })
        return told + [answer!]
    }

    @Test(arguments: ["rogue", "tax", "step 29", "zzqx", "a3", "actor:a1", "e"])
    func partsGiveTheOnePassAnswer(query: String) throws {
        let job = SearchJob(query: query, among: nil, shownVersion: 0)
        guard case .searched(_, let found)? = Self.messages(job).last else { Issue.record("no answer"); return }
        #expect(found == Self.timeline.search(query))
        // Among a narrower list too (a search that extends the last one).
        let among = Self.timeline.search("rogue")
        let narrowed = SearchJob(query: query, among: among, shownVersion: 0)
        guard case .searched(_, let within)? = Self.messages(narrowed).last else { Issue.record("no answer"); return }
        #expect(within == Self.timeline.search(query, among: among))
    }

    /// Parts are an eighth of the timeline, never under 16,384 events: 3,000 are one part,
    /// answered without progress.
    @Test func aSmallListIsOnePart() {
        var told = 0
        let answer = EffectRunner.searchInParts(SearchJob(query: "rogue", among: nil, shownVersion: 0), timeline: Self.timeline,
                                                wanted: { true }, told: { _ in told += 1 })
        #expect(told == 0)
        guard case .searched(_, let found)? = answer else { Issue.record("no answer"); return }
        #expect(found == Self.timeline.search("rogue"))
    }

    @Test func aStoppedSearchSaysNothingMore() {
        var asked = 0
        let answer = EffectRunner.searchInParts(SearchJob(query: "rogue", among: nil, shownVersion: 0), timeline: Self.timeline,
                                                part: 64, wanted: { asked += 1; return asked < 3 }, told: { _ in })
        #expect(answer == nil)
    }

    @Test func theFirstMatchIsSelectedAsSoonAsFoundAndTheAnswerKeepsIt() throws {
        var s = Self.press(Self.state(), "/", "tax", "Enter")
        guard case .search(let job)? = s.effect else { Issue.record("no background search: \(String(describing: s.effect))"); return }
        #expect(s.message == "Searching “tax”…")
        let told = Self.messages(job)
        // Parts of 64: the first "tax" (event 250) is in the fourth.
        var k = 0
        while s.shownEvents[s.selected].id != "e250", k < told.count - 1 {
            s = update(s, told[k])
            k += 1
        }
        #expect(s.shownEvents[s.selected].id == "e250")
        #expect(!s.searchAnswered)
        let header = ViewerFixture.screen(s).split(separator: "\n")[1]
        #expect(header.contains("search “tax”: searching… "), "\(header)")
        #expect(header.contains("%, 1 match so far"), "\(header)")
        // Highlighted on the selected row while the search runs.
        #expect(ViewerFixture.screen(s).contains("tax cut step 250"))
        // n: no other match found yet.
        s = Self.press(s, "n")
        #expect(s.message == "Still searching “tax”: no match after this one found yet.")
        for m in told[k...] { s = update(s, m) }
        #expect(s.searchAnswered)
        #expect(s.matches.map { s.shownEvents[$0].id } == ["e250", "e750", "e1250", "e1750", "e2250", "e2750"])
        #expect(s.shownEvents[s.selected].id == "e250")
        #expect(s.message == "6 matches for “tax”: n next, N previous.")
    }

    @Test func nAndNWalkTheMatchesFoundSoFar() throws {
        var s = Self.press(Self.state(), "/", "rogue", "Enter")
        guard case .search(let job)? = s.effect else { Issue.record("no background search"); return }
        let told = Self.messages(job)
        s = update(s, told[0])  // the first 64 events: matches at 3, 10, 17, …
        #expect(s.shownEvents[s.selected].id == "e3")
        s = Self.press(s, "n", "n")
        #expect(s.shownEvents[s.selected].id == "e17")
        s = Self.press(s, "N")
        #expect(s.shownEvents[s.selected].id == "e10")
        // The whole answer leaves the selection where n and N put it.
        for m in told.dropFirst() { s = update(s, m) }
        #expect(s.searchAnswered && s.shownEvents[s.selected].id == "e10")
        #expect(s.matches.count == Self.timeline.search("rogue").count)
    }

    @Test func escStopsTheSearchAndItsLateAnswersAreDropped() throws {
        var s = Self.press(Self.state(), "/", "rogue", "Enter")
        guard case .search(let job)? = s.effect else { Issue.record("no background search"); return }
        let told = Self.messages(job)
        s = update(s, told[0])
        s = update(s, .key(.escape))
        #expect(s.effect == .stopSearch)
        #expect(s.search.isEmpty && s.runningSearch == nil && s.partialSearch == nil)
        for m in told.dropFirst() { s = update(s, m) }
        #expect(s.matches.isEmpty)
        #expect(!ViewerFixture.screen(s).contains("search “"))
        // Esc at the prompt, while the search typed there runs, stops it too.
        var typing = Self.press(Self.state(), "/", "rogue")
        typing = update(typing, .keysPaused)
        guard case .search? = typing.effect else { Issue.record("no search on the pause"); return }
        typing = update(typing, .key(.escape))
        #expect(typing.effect == .stopSearch && typing.prompt == nil)
    }
}
