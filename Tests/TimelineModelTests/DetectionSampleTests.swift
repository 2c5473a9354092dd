import Testing
@testable import TimelineModel

/// Detection reads a file's start once, however many formats are asked (a merge of ten
/// files asked each of ~35 formats, each making its own 64 KB sample).
@Suite struct DetectionSampleTests {
    @Test func theSampleIsMadeOnceAndIsTheFilesStart() {
        let text = "{\"title\": \"t\", \"timezone\": \"UTC\"}\n" + String(repeating: "{\"time\": \"2017-11-02T22:48:00Z\", \"title\": \"x\"}\n", count: 3_000)
        let bytes = Array(text.utf8).withUnsafeBytes { FileBytes(copying: $0) }
        let sample = bytes.sample
        #expect(sample.text == FileSample(bytes).text)
        #expect(sample.text.utf8.count == FileSample.length)
        #expect(sample.firstLine == "{\"title\": \"t\", \"timezone\": \"UTC\"}")
    }

    @Test func linesAreSplitAtLineFeedsWithTheirCarriageReturnsLeftOut() {
        let sample = FileSample(Array("#1509662880\r\nls -l\r\n\r\n: 1509662881:0;echo é\nlast\r".utf8))
        #expect(sample.lines == ["#1509662880", "ls -l", "", ": 1509662881:0;echo é", "last"])
        #expect(FileSample(Array("one".utf8)).lines == ["one"])
        #expect(FileSample(Array("one\n".utf8)).lines == ["one", ""])
    }

    @Test func aCRLFShellHistoryIsTakenByItsTimeLines() {
        let sample = FileSample(Array("ls\r\n#1509662880\r\ncd /tmp\r\n#1509662890\r\nmake\r\n".utf8))
        #expect(ShellHistoryReader.declines(sample) == nil)
    }
}
