import TestSupport
import Testing
@testable import TimelineModel

/// The writers of every field read a loaded file's text where it sits: on the two thousand
/// varied generated events of `FastExportTests`, in every view, the very bytes the same
/// events give from memory (`WritersFromFileTests.expectSameBytes`). Seconds in a debug
/// build, the file's size being the point: `.slow`, run by CI and the full `swift test`.
@Suite(.tags(.slow)) struct WritersFromGeneratedFileTests {
    @Test(arguments: WritersFromFileTests.formats)
    func generatedEvents(format: ExportFormat) throws {
        let (lazy, _) = try FastExportTests.timelines()
        WritersFromFileTests().expectSameBytes(lazy, format: format, "generated.json")
    }
}
