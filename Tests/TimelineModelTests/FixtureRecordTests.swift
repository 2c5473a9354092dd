import Foundation
import Testing
@testable import TimelineModel

/// The bundled incident claims only what is on record: French passages are the seed
/// articles' own words, attributed; publishers cited in a text are in its sources; times
/// decoded from tweet ids are the ids' times to the millisecond.
@Suite struct FixtureRecordTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The two seed articles (copied from ../shared/seeds), by number: "000", "003".
    static let seeds: [String: String] = {
        let folder = root.appendingPathComponent("Tests/Fixtures/seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        var seeds: [String: String] = [:]
        for name in names where name.hasSuffix(".txt") {
            seeds[String(name.prefix(3))] = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return seeds
    }()

    static func json(_ path: String) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(contentsOf: root.appendingPathComponent(path)))
    }

    /// Every string in a JSON value.
    static func strings(in value: Any) -> [String] {
        switch value {
        case let s as String: [s]
        case let a as [Any]: a.flatMap(strings)
        case let o as [String: Any]: o.values.flatMap(strings)
        default: []
        }
    }

    /// The passages between « and », without the spaces inside the marks.
    static func guillemetPassages(_ s: String) -> [String] {
        var passages: [String] = []
        var rest = s[...]
        while let open = rest.firstIndex(of: "«") {
            guard let close = rest[open...].firstIndex(of: "»") else {
                passages.append(String(rest[open...]))  // unclosed: cannot be in a seed
                break
            }
            passages.append(rest[rest.index(after: open)..<close].trimmingCharacters(in: .whitespaces))
            rest = rest[rest.index(after: close)...]
        }
        return passages
    }

    /// A source named "French article (seed NNN): HEADLINE": NNN and the headline.
    static func namedArticle(_ s: String) -> (seed: String, headline: String)? {
        let prefix = "French article (seed "
        guard s.hasPrefix(prefix), let colon = s.range(of: "): ") else { return nil }
        return (String(s[s.index(s.startIndex, offsetBy: prefix.count)..<colon.lowerBound]), String(s[colon.upperBound...]))
    }

    /// The fixture's strings, and those of the full example in docs/FORMAT.md (an excerpt
    /// of it, which must not quote what the seeds do not say either).
    static func recordStrings() throws -> [String] {
        let doc = try String(contentsOf: root.appendingPathComponent("docs/FORMAT.md"), encoding: .utf8)
        let example = try #require(doc.components(separatedBy: "## A full example").last?
            .components(separatedBy: "```json\n").dropFirst().first?.components(separatedBy: "```").first)
        let fromDoc = strings(in: try JSONSerialization.jsonObject(with: Data(example.utf8)))
        return strings(in: try json("fixtures/2017-11-03.json")) + fromDoc
    }

    @Test func theSeedsAreThere() {
        #expect(Self.seeds.keys.sorted() == ["000", "003"])
        #expect(Self.seeds.values.allSatisfy { $0.contains("Twitter") })
    }

    @Test func everyFrenchPassageIsASeedsOwnWordsAttributedToItsArticle() throws {
        for s in try Self.recordStrings() {
            let passages = Self.guillemetPassages(s)
            for p in passages {
                #expect(!p.contains("«") && Self.seeds.values.contains { $0.contains(p) }, "« \(p) » is in no seed")
            }
            if !passages.isEmpty {
                // French only where quoting an article, and saying so in the same text.
                #expect(s.contains("French article"), "French quoted without naming its article: \(s)")
            }
        }
    }

    @Test func everyArticleNamedInASourceHasItsSeedsHeadline() throws {
        let named = try Self.recordStrings().compactMap(Self.namedArticle)
        #expect(!named.isEmpty)
        for article in named {
            #expect(Self.seeds[article.seed]?.contains(article.headline) == true, "seed \(article.seed) has no “\(article.headline)”")
        }
    }

    @Test func noFrenchOutsideQuotedPassagesAndHeadlines() throws {
        for s in try Self.recordStrings() {
            var rest = s
            if let article = Self.namedArticle(s) { rest = String(s.dropLast(article.headline.count)) }
            for p in Self.guillemetPassages(rest) { rest = rest.replacingOccurrences(of: p, with: "") }
            #expect(rest.rangeOfCharacter(from: CharacterSet(charactersIn: "éèêàâçôûùîœÉÈÀÇ")) == nil, "unquoted French in: \(s)")
        }
    }

    @Test func publishersCitedInATextAreInItsSources() throws {
        let doc = try #require(try Self.json("fixtures/2017-11-03.json") as? [String: Any])
        let events = try #require(doc["events"] as? [[String: Any]])
        let publishers = ["AP", "The Washington Post", "New York Times", "Gizmodo", "Rappler", "InsideHook", "TechCrunch"]
        for event in events {
            let text = event["text"] as? String ?? ""
            let sources = Self.strings(in: event["sources"] ?? []).joined(separator: "\n")
            for publisher in publishers where text.range(of: "\\b\(publisher)\\b", options: .regularExpression) != nil {
                #expect(sources.range(of: "\\b\(publisher)\\b", options: .regularExpression) != nil,
                        "\(event["id"] ?? "?") cites \(publisher) without listing it")
            }
        }
    }

    /// A tweet id is a snowflake: `(id >> 22) + 1288834974657` is its Unix time in ms.
    @Test func tweetTimesAreTheirIdsToTheMillisecond() throws {
        let timeline = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        var checked = 0
        for event in timeline.events {
            guard let field = event.extraFields.first(where: { $0.name == "tweet_id" }),
                  let id = UInt64(field.json.trimmingCharacters(in: CharacterSet(charactersIn: "\"")))
            else { continue }
            let ms = Int64(id >> 22) + 1_288_834_974_657
            let instant = try #require(event.time.instant)
            #expect(instant.seconds * 1000 + Int64(instant.nanoseconds / 1_000_000) == ms, "\(event.id)")
            #expect(instant.nanoseconds % 1_000_000 == 0)
            #expect(event.precision == .exact)
            checked += 1
        }
        #expect(checked == 5)
    }

    @Test func theFirstTweetAfterIsQuotedOnlyAsFarAsTheRecordGoes() throws {
        let timeline = try TimelineLoader.load(path: FixtureLoadingTests.fixturePath)
        let event = try #require(timeline.events.first { $0.id == "first-tweet-after" })
        #expect(event.quote?.text == "Great Tax Cut rollout today…")
        #expect(event.text?.contains("as if nothing had happened") == false)
    }
}
