import Testing
@testable import TimelineModel

/// A link target made from a URL's bytes (`WebText.appendLinkTarget`, what TimelineJS and
/// Markdown write for a source without a `String`) is `WebText.link` of the URL — as HTML
/// for TimelineJS, as it is for Markdown — and it writes nothing when `link` gives none.
@Suite struct WebTextTests {
    static func target(_ url: String, entities: Bool) -> String? {
        var out: [UInt8] = [0x7C]
        var url = url
        let made = url.withUTF8 { WebText.appendLinkTarget($0, prefix: "<", entities: entities, to: &out) }
        if !made {
            #expect(out == [0x7C], "\(url): written although no target")
            return nil
        }
        #expect(Array(out.prefix(2)) == [0x7C, 0x3C], "\(url): the prefix first")
        return String(decoding: out.dropFirst(2), as: UTF8.self)
    }

    @Test func everyCharacterOfATargetAsLinkEncodesIt() {
        var characters = (0x20...0x7E).map { String(UnicodeScalar(UInt8($0))) }
        characters += ["é", "’", "障", "🇫🇷", "\u{7F}", "\t", "\n"]
        for c in characters {
            for url in ["https://example.com/a" + c + "b", "HTTP://x.org/" + c] {
                let expected = WebText.link(url)
                #expect(expected != nil)
                #expect(Self.target(url, entities: false) == expected, "\(url)")
                #expect(Self.target(url, entities: true) == expected.map { WebText.html($0) }, "\(url)")
            }
        }
    }

    @Test func onlyWebAddressesAreLinks() {
        for url in ["hTtPs://x", "http://x", "https://"] {
            #expect(Self.target(url + "/p", entities: false) == WebText.link(url + "/p"))
        }
        for url in ["http:/x", "ftp://x.org", "javascript:alert(1)", "https:x", "/relative", "", "httpx://a"] {
            #expect(WebText.link(url) == nil)
            #expect(Self.target(url, entities: false) == nil, "\(url)")
        }
        // A non-ASCII character right after the scheme: the bytes cannot tell, `link` says.
        #expect(Self.target("https://\u{301}x", entities: false) == nil)
    }
}
