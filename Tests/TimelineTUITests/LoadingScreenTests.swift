import Foundation
import Testing
@testable import timeline_tui

/// The screen shown while files are read (`LoadingScreen`, pure), pinned in `Golden/`.
@Suite struct LoadingScreenTests {
    static func screen(_ loading: Loading, _ width: Int, _ height: Int) -> String {
        LoadingScreen.render(loading, size: Size(width: width, height: height)).rows.joined(separator: "\n")
    }

    @Test func oneBigFileSaysItsNameSizeAndTime() throws {
        let loading = Loading(files: [.init(name: "/work/benchdata/1000000.json", bytes: 422_936_574)], tenths: 23, cores: 2)
        let text = Self.screen(loading, 80, 24)
        try ViewerFixture.expectGolden("loading-one-80x24", text)
        #expect(text.contains(" Reading /work/benchdata/1000000.json (423 MB)…"))
        #expect(text.contains("2.3 s"))
        #expect(text.contains("q or Ctrl-C stops"))
    }

    @Test func tenFilesAreListedWithTheirSizes() throws {
        let files = (1...10).map { Loading.File(name: "100000-seed\($0).jsonl", bytes: 41_000_000 + $0) }
        let text = Self.screen(Loading(files: files, tenths: 5, cores: 2), 80, 24)
        try ViewerFixture.expectGolden("loading-ten-80x24", text)
        #expect(text.contains("Reading 10 files (410 MB) side by side on 2 cores…"))
        // At 30×8 the list ends with how many more there are.
        let narrow = Self.screen(Loading(files: files, tenths: 5, cores: 2), 30, 8)
        #expect(narrow.contains("and 8 more"))
        #expect(narrow.split(separator: "\n").count == 8)
    }

    /// How far the reader has gone through the file (`ReadProgress`), once it tells.
    @Test(arguments: [(80, 24), (120, 40)]) func oneBigFileSaysHowFarItIsRead(width: Int, height: Int) throws {
        var loading = Loading(files: [.init(name: "/work/benchdata/1000000.json", bytes: 422_936_574)], tenths: 23, cores: 2)
        #expect(!Self.screen(loading, width, height).contains("%"))
        loading.files[0].read = 158_000_000
        let text = Self.screen(loading, width, height)
        try ViewerFixture.expectGolden("loading-one-read-\(width)x\(height)", text)
        #expect(text.contains(" Reading /work/benchdata/1000000.json (423 MB)… 37 %"))
    }

    /// Each file says how far it is read; the total only once every file's reader tells
    /// (a document read whole never does: no figure is made up for it).
    @Test(arguments: [(80, 24), (120, 40)]) func severalFilesSayHowFarEachIsRead(width: Int, height: Int) throws {
        var files = (1...4).map { Loading.File(name: "100000-seed\($0).jsonl", bytes: 40_000_000) }
        files.append(Loading.File(name: "status.json", bytes: 2_000))
        files[0].read = 40_000_000
        files[1].read = 10_000_000
        var loading = Loading(files: files, tenths: 12, cores: 2)
        var text = Self.screen(loading, width, height)
        try ViewerFixture.expectGolden("loading-five-read-\(width)x\(height)", text)
        let lines = text.split(separator: "\n").map(String.init)
        #expect(lines[0].trimmingCharacters(in: .whitespaces).hasSuffix("cores…"))
        #expect(lines.first { $0.contains("seed1.jsonl") }!.contains("100 %"))
        #expect(lines.first { $0.contains("seed2.jsonl") }!.contains("25 %"))
        #expect(!lines.first { $0.contains("seed3.jsonl") }!.contains("%"))
        for k in 2..<5 { loading.files[k].read = k == 4 ? 2_000 : 0 }
        text = Self.screen(loading, width, height)
        #expect(text.contains("Reading 5 files (160 MB) side by side on 2 cores… 31 %"))
    }

    @Test func standardInputHasNoSize() {
        let text = Self.screen(Loading(files: [.init(name: "<stdin>", bytes: nil)]), 40, 10)
        #expect(text.contains(" Reading <stdin>…"))
    }

    @Test func fileTextNeverReachesTheScreenRaw() {
        let text = Self.screen(Loading(files: [.init(name: "evil\u{1B}]0;pwned\u{07}.json", bytes: 3)]), 60, 10)
        #expect(!text.contains("\u{1B}") && !text.contains("\u{07}"))
    }

    @Test func sizesReadAsAPersonReadsThem() {
        #expect(Loading.sizeText(1) == "1 byte")
        #expect(Loading.sizeText(999) == "999 bytes")
        #expect(Loading.sizeText(3_140) == "3.1 KB")
        #expect(Loading.sizeText(41_000_000) == "41 MB")
        #expect(Loading.sizeText(999_600_000) == "1.0 GB")
        #expect(Loading.sizeText(4_229_365_740) == "4.2 GB")
    }
}
