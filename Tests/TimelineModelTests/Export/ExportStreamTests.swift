import Foundation
import TestSupport
import Testing
@testable import TimelineModel

/// An export written as it is made (`ExportFormat.write(_:to:)`, what `export` does): the
/// pieces made at once on the cores reach the output in order, as soon as those before
/// them are out, and the bytes are exactly those of the export made whole — for every
/// format, all events or a filter's, on a timeline big enough to be cut in pieces.
@Suite(.tags(.slow)) struct ExportStreamTests {
    /// What an export wrote, and in how many writes (one thread writes at a time).
    final class Written: @unchecked Sendable {
        var bytes: [UInt8] = []
        var writes = 0
        var failAfter = Int.max

        func emit(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
            writes += 1
            guard writes <= failAfter else { return false }
            bytes.append(contentsOf: b)
            return true
        }
    }

    /// 40,000 events (more than two pieces' worth), some day-only, with actors, texts,
    /// tags, sources and an extra field.
    static let big: Timeline = {
        var json = #"{"title": "Big", "summary": "s", "timezone": "Europe/Paris", "events": ["#
        for n in 0..<40_000 {
            if n > 0 { json += ",\n" }
            let minute = n % 60, hour = n / 60 % 24, day = 1 + n / 1440 % 28
            let time = n % 97 == 0 ? String(format: "2020-02-%02d", day) : String(format: "2020-02-%02dT%02d:%02d:07Z", day, hour, minute)
            json += #"{"id": "e\#(n)", "time": "\#(time)", "actor": "actor \#(n % 13)", "title": "Event \#(n) «é» \"q\"", "#
            json += #""text": "line\nnext, \#(n)", "tags": ["t\#(n % 5)"], "sources": [{"name": "s", "url": "https://example.com/\#(n)"}], "#
            json += #""ticket": \#(n)}"#
        }
        json += "]}"
        return try! TimelineLoader.load(bytes: Array(json.utf8), name: "big.json")
    }()

    /// The writers that stream (the others, such as text, give their parts to write).
    @Test(arguments: [ExportFormat.csv, .timesketchJSONL, .timesketchCSV, .timelineJS, .text])
    func aStreamedExportIsTheWholeExport(format: ExportFormat) throws {
        let all = Self.big
        #expect(ExportPieces(Array(all.events.indices)).pieces.count > 1)
        let some = all.events.indices.filter { $0 % 3 != 1 }
        for view in [ExportView(timeline: all), ExportView(timeline: all, zone: .utc, indices: some, relative: true, details: true)] {
            let written = Written()
            #expect(format.write(view, to: written.emit))
            #expect(written.bytes == format.bytes(view), "\(format.name)")
        }
        // Streamed: nothing is left to return.
        var streamed = ExportView(timeline: all)
        streamed.stream = ExportStream { _ in true }
        #expect(format.parts(streamed).isEmpty == (format != .text))
    }

    /// A failed write stops the writing: nothing more is written, and the export says so.
    @Test func aFailedWriteIsTheLast() {
        let written = Written()
        written.failAfter = 1
        let view = ExportView(timeline: Self.big)
        #expect(!ExportFormat.timesketchJSONL.write(view, to: written.emit))
        #expect(written.writes == 2)
        #expect(!written.bytes.isEmpty)
    }

    /// Slots handed their parts from many threads, in any order, come out in slot order,
    /// each slot's parts in the order handed; parts written are handed back for reuse.
    @Test func theOutletWritesInSlotOrder() {
        let written = Written()
        let stream = ExportStream(emit: written.emit)
        let slots = 24
        let outlet = ExportOutlet(slots: slots, stream: stream)
        DispatchQueue.concurrentPerform(iterations: slots) { k in
            let slot = (k * 7) % slots  // not in order
            for part in 0..<3 {
                let bytes = outlet.spare(capacity: 4) ?? ExportPart(capacity: 4)
                bytes.base[0] = UInt8(slot)
                bytes.base[1] = UInt8(part)
                bytes.count = 2
                outlet.hand(bytes, slot: slot)
            }
            outlet.finish(slot: slot)
        }
        #expect(written.bytes == (0..<slots).flatMap { slot in (0..<3).flatMap { [UInt8(slot), UInt8($0)] } })
        #expect(!stream.failed)
    }
}
