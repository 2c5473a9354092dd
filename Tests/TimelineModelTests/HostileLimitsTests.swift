import TestSupport
import Testing
import TimelineModel

/// The limits of issue 4, on inputs too big to keep in the repository, made here: a 10 MB
/// field, absurd nesting, 100,000 events at one instant, a very long line, very many
/// fields. Each loads or is refused with a clear message, without crashing, in bounded time.
@Suite(.tags(.slow)) struct HostileLimitsTests {
    /// Generous: a debug build on a busy machine; a quadratic path would take far longer.
    static let timeLimit = Duration.seconds(30)

    static func event(_ id: String, title: String = "t", extra: String = "") -> String {
        #"{"id":"\#(id)","time":"2017-11-02T22:35:43.905Z","title":"\#(title)"\#(extra)}"#
    }

    static func document(_ events: [String]) -> [UInt8] {
        Array(#"{"title":"limits","timezone":"UTC","events":["#.utf8) + Array(events.joined(separator: ",\n").utf8) + Array("]}\n".utf8)
    }

    /// Loads `bytes`, checking the time it takes; the failure's problems when refused.
    static func load(_ bytes: [UInt8], _ name: String) -> Result<Timeline, LoadFailure> {
        let clock = ContinuousClock()
        let start = clock.now
        let result = Result { () throws(LoadFailure) in try TimelineLoader.load(bytes: bytes, name: name) }
        let took = clock.now - start
        #expect(took < timeLimit, "\(name) took \(took)")
        return result
    }

    @Test func aTenMegabyteTitleLoadsAndExportsWhole() throws {
        let big = String(repeating: "é", count: 5_000_000)  // 10 MB of UTF-8
        let timeline = try Self.load(Self.document([Self.event("big", title: big)]), "ten-megabytes.json").get()
        #expect(timeline.events.first?.title.utf8.count == 10_000_000)
        let text = String(decoding: TextExporter(timeline: timeline, zone: .utc, options: .init(details: true, width: nil)).export(), as: UTF8.self)
        #expect(text.contains(big))
    }

    @Test func aMillionEscapesInOneFieldAreNeutralised() throws {
        let hostile = String(repeating: #"\u001b]0;pwned\u0007"#, count: 100_000)
        let timeline = try Self.load(Self.document([Self.event("osc", title: hostile)]), "many-escapes.json").get()
        let text = String(decoding: TextExporter(timeline: timeline, zone: .utc, options: .init(details: true, width: nil)).export(), as: UTF8.self)
        #expect(TerminalSafety.firstUnsafe(in: text) == nil)
        #expect(text.contains("^[]0;pwned^G^[]0;pwned^G"))
    }

    @Test(arguments: [("[", "]"), (#"{"a":"#, "}")])
    func nestingAHundredThousandDeepIsRefusedWithoutOverflow(open: String, close: String) throws {
        let depth = 100_000
        let deep = String(repeating: open, count: depth) + "1" + String(repeating: close, count: depth)
        let result = Self.load(Self.document([Self.event("deep", extra: #","deep":"# + deep)]), "deep.json")
        guard case .failure(let failure) = result else { Issue.record("100,000 levels of nesting loaded"); return }
        #expect(failure.problems.first?.message.contains("nesting is deeper than") == true, "\(failure)")
        #expect(failure.problems.first?.place != nil)
    }

    @Test func aDocumentThatIsOnlyOpeningBracketsIsRefused() throws {
        let result = Self.load(Array(String(repeating: "[", count: 1_000_000).utf8), "brackets.json")
        guard case .failure(let failure) = result else { Issue.record("a million brackets loaded"); return }
        #expect(failure.problems.count >= 1)
    }

    @Test func aHundredThousandEventsAtOneInstantKeepTheFileOrder() throws {
        let count = 100_000
        let events = (0..<count).map { Self.event("e\($0)", title: "tie \($0)") }
        let timeline = try Self.load(Self.document(events), "same-instant.json").get()
        #expect(timeline.events.count == count)
        var inOrder = true
        for (i, e) in timeline.events.enumerated() where e.id != "e\(i)" {
            inOrder = false
            Issue.record("position \(i) holds \(e.id)")
            break
        }
        #expect(inOrder)
    }

    @Test func aVeryLongLineInJSONLinesLoads() throws {
        let long = String(repeating: "« long line » ’ ", count: 300_000)  // ≈ 6 MB on one line
        let lines = [#"{"title":"long lines"}"#, Self.event("a"), Self.event("long", extra: #","text":"\#(long)""#), Self.event("c")]
        let timeline = try Self.load(Array((lines.joined(separator: "\n") + "\n").utf8), "long-line.jsonl").get()
        #expect(timeline.events.count == 3)
        #expect(timeline.events.contains { $0.text == long })
    }

    @Test func anEventWithAHundredThousandFieldsLoadsOrIsRefusedQuickly() throws {
        let fields = (0..<100_000).map { #""f\#($0)":\#($0)"# }.joined(separator: ",")
        let result = Self.load(Self.document([Self.event("wide", extra: "," + fields)]), "wide.json")
        switch result {
        case .success(let timeline):
            #expect(timeline.events.first?.extraFields.count == 100_000)
        case .failure(let failure):
            #expect(failure.problems.first?.place != nil, "\(failure)")
        }
    }

    /// The cap `docs/FORMAT.md` documents: the first 1000 problems in file order, then
    /// one line saying reading stopped, placed at the first problem left out.
    static func expectCapped(_ failure: LoadFailure, every message: String, stoppedAt place: SourcePlace?) {
        #expect(failure.problems.count == 1001, "\(failure.problems.count) problems")
        #expect(failure.problems.dropLast().allSatisfy { $0.message == message })
        #expect(failure.problems.last?.message == "too many problems; stopped reading here")
        #expect(failure.problems.last?.place == place)
    }

    @Test func aHundredThousandDuplicateIdsGiveExactlyAThousandProblemsAndAStop() throws {
        let events = (0..<100_000).map { _ in Self.event("same") }
        let result = Self.load(Self.document(events), "duplicates.json")
        guard case .failure(let failure) = result else { Issue.record("duplicate ids loaded"); return }
        // Line 1 holds the first event (the first use), so the 1000th repeat is on line
        // 1001 and the first one left out on line 1002, at its id.
        Self.expectCapped(failure, every: #"duplicate id "same" (first used at line 1, column 52)"#,
                          stoppedAt: SourcePlace(line: 1002, column: 7))
    }

    @Test func problemsInEveryEventStopAtTheCapInADocumentAndInJSONLines() throws {
        let bad = (0..<5_000).map { #"{"id":"e\#($0)","time":1,"title":"t"}"# }
        let doc = Self.load(Self.document(bad), "numbers.json")
        guard case .failure(let docFailure) = doc else { Issue.record("numbers as times loaded"); return }
        Self.expectCapped(docFailure, every: "must be a string, not a number", stoppedAt: SourcePlace(line: 1001, column: 22))
        let lines = Self.load(Array((bad.joined(separator: "\n") + "\n").utf8), "numbers.jsonl")
        guard case .failure(let linesFailure) = lines else { Issue.record("numbers as times loaded"); return }
        Self.expectCapped(linesFailure, every: "must be a string, not a number", stoppedAt: SourcePlace(line: 1001, column: 22))
        #expect(linesFailure.problems[999].description == "numbers.jsonl:1000:21: events[999].time: must be a string, not a number")
    }

    @Test func invalidUTF8InEveryEventLoadsWithAThousandWarningsAndAStop() throws {
        var bytes = Array(#"{"title":"latin-1","events":["#.utf8)
        for i in 0..<5_000 {
            let event = (i == 0 ? "" : ",\n") + #"{"id":"e\#(i)","time":"2017-11-02T22:35:43Z","title":"caf"#
            bytes += Array(event.utf8)
            bytes.append(0xE9)  // é in Latin-1
            bytes += Array(#""}"#.utf8)
        }
        bytes += Array("]}\n".utf8)
        let timeline = try Self.load(bytes, "latin1.json").get()
        #expect(timeline.events.count == 5_000)
        #expect(timeline.events.last?.title == "caf\u{FFFD}")
        #expect(timeline.warnings.count == 1001)
        #expect(timeline.warnings[999].description.hasPrefix("latin1.json:1000:56: events[999].title: invalid UTF-8 at byte "))
        #expect(timeline.warnings.last?.message == "too many warnings; the rest are not listed")
        #expect(timeline.warnings.last?.place == SourcePlace(line: 1001, column: 57))
    }
}
