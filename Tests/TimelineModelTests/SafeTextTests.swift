import Testing
@testable import TimelineModel

@Suite struct SafeTextTests {
    @Test(arguments: [
        ("\u{1B}]0;pwned\u{07}title", "^[]0;pwned^Gtitle"),
        ("\u{1B}[2J\u{1B}[H", "^[[2J^[[H"),
        ("osc52 \u{1B}]52;c;cm0gLXJm\u{1B}\\", "osc52 ^[]52;c;cm0gLXJm^[\\"),
        ("line\rover", "line^Mover"),
        ("nul\u{0}byte", "nul^@byte"),
        ("del\u{7F}", "del^?"),
        ("c1 \u{9B}31m", "c1 \\u{009B}31m"),
        ("evil\u{202E}txt.exe", "evil\\u{202E}txt.exe"),
        ("\u{2066}isolate\u{2069}", "\\u{2066}isolate\\u{2069}"),
        ("zero\u{200B}width", "zero\\u{200B}width"),
        ("bom\u{FEFF}", "bom\\u{FEFF}"),
        ("soft\u{AD}hyphen", "soft\\u{00AD}hyphen"),
        ("para\u{2029}sep", "para\\u{2029}sep"),
        ("tab\there", "tab    here"),
        ("two\nlines", "two^Jlines"),
        ("tag\u{E0041}smuggled", "tag\\u{E0041}smuggled"),
        ("🏴é\u{E0041}", "🏴é\\u{E0041}"),
        ("🏴a\u{E0041}", "🏴a\\u{E0041}"),
    ])
    func controlsAndInvisiblesBecomeVisible(input: String, shown: String) {
        #expect(SafeText.neutralise(input) == shown)
    }

    @Test(arguments: [
        "« Désolé, cette page n’existe pas »",
        "l’erreur humaine — “by a rogue employee”",
        "emoji 🎉 family 👨‍👩‍👧 flag 🇫🇷 england 🏴󠁧󠁢󠁥󠁮󠁧󠁿 thumbs 👍🏽",
        "東京 ÉTAT ñ café",
        "plain ASCII, nothing to do",
    ])
    func ordinaryTextIsKept(text: String) {
        #expect(SafeText.neutralise(text) == text)
    }

    @Test func newlinesCanBeKept() {
        #expect(SafeText.neutralise("a\nb\u{1B}", keepingNewlines: true) == "a\nb^[")
    }

    @Test func nothingNeutralisedContainsAControl() {
        var all = ""
        for v in UInt32(0)..<0x3000 { if let s = Unicode.Scalar(v) { all.unicodeScalars.append(s) } }
        let out = SafeText.neutralise(all)
        #expect(!out.unicodeScalars.contains { $0.value < 0x20 || ($0.value >= 0x7F && $0.value <= 0x9F) })
        #expect(!out.unicodeScalars.contains { (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value) })
    }
}

@Suite struct DisplayWidthTests {
    @Test(arguments: [
        ("plain", 5), ("« Désolé »", 10), ("l’erreur — “x”…", 15), ("東京", 4), ("e\u{301}", 1),
        ("🎉", 2), ("👨‍👩‍👧", 6), ("🇫🇷", 2), ("a\u{200D}b", 2), ("☕", 2), ("é東", 3),
        ("❤️", 1), ("👍🏽", 4), ("\u{AD}", 1), ("\u{1160}", 0), ("\u{1F5A5}", 1), ("\u{17000}", 2),
    ])
    func columns(text: String, width: Int) {
        #expect(DisplayWidth.of(text) == width)
    }
}
