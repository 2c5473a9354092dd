/// Tweets: an account archive's `data/tweets.js` (`window.YTD.tweets.part0 = [{"tweet":
/// {…}}, …]`, older archives without the `tweet` wrapper), API v1.1 tweet objects (an array,
/// a search's `{"statuses": […]}`, or one a line as twarc writes them) and API v2 responses
/// (`{"data": […], "includes": {"users": […]}}`, one a line too).
///
/// Each tweet is an event at its `created_at`, to the second: its text the title (the
/// three characters Twitter escapes, `&amp;` `&lt;` `&gt;`, decoded), its id the event's
/// id, its author the actor (`@screen_name`; v2's `author_id` by the `username` of
/// `includes.users`, or its `author` as twarc2 flattens it), kind `tweet`, `retweet`, `reply` or `quote`, hashtags as tags, its
/// address on twitter.com as source.
enum TweetsReader {
    static func declines(_ sample: FileSample) -> String? {
        if sample.text.hasPrefix("window.YTD.") { return nil }
        guard sample.startsLikeJSON else { return "does not start with window.YTD. (an archive's tweets.js) or JSON" }
        guard sample.contains("\"created_at\""), sample.contains("\"text\"") || sample.contains("\"full_text\"") else {
            return "no \"created_at\" with \"text\" or \"full_text\""
        }
        if sample.contains("\"id_str\""), sample.contains("\"user\"") || sample.contains("\"retweeted\"") { return nil }
        if sample.contains("\"data\""), sample.contains("\"author_id\"") || sample.contains("\"edit_history_tweet_ids\"") { return nil }
        // twarc2's flattened lines: v2 tweets with their `author` beside `author_id`.
        if sample.contains("\"author_id\""), sample.contains("\"edit_history_tweet_ids\"") || sample.contains("\"conversation_id\"") { return nil }
        return "no v1.1 \"id_str\" with \"user\", and no v2 \"author_id\""
    }

    static func read(_ bytes: [UInt8], file: String, options: ReadOptions) -> ReaderOutput {
        var out = ReaderOutput()
        var places = ProblemPlaces(file: file, bytes: bytes)
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var archive = false
        if bytes[start...].starts(with: Array("window.YTD.".utf8)) {
            guard let eq = bytes[start...].firstIndex(of: 0x3D) else {
                out.problems.append(places.problem(at: start, "", "window.YTD… is not followed by = and the tweets"))
                return out
            }
            start = eq + 1
            archive = true
        }
        var end = bytes.count
        while end > start, [0x20, 0x09, 0x0A, 0x0D, 0x3B].contains(bytes[end - 1]) { end -= 1 }
        let fileBytes = bytes.withUnsafeBytes { FileBytes(copying: $0) }
        var values: [(JSONValue, line: String)] = []
        var parser = JSONValueParser(fileBytes, start: start, end: end)
        parser.endName = "the file"
        do throws(JSONValueParser.Failure) {
            values = [(try parser.parseWhole(), "")]
        } catch {
            // One JSON value a line (twarc's output), or a broken file.
            guard !archive, let lines = jsonLines(fileBytes, start: start, end: end, places: &places, into: &out) else {
                if out.problems.isEmpty { out.problems.append(places.problem(at: error.offset, "", error.message)) }
                return out
            }
            values = lines
        }
        for offset in parser.invalidUTF8Offsets {
            out.warnings.append(places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
        }
        var tweets = TweetList(places: places, options: options, file: file)
        for (value, line) in values {
            tweets.add(value, path: line, into: &out)
            if out.problems.count >= TimelineBuilder.maxProblems { break }
        }
        let authors = Set(out.events.compactMap(\.actor).filter { $0.hasPrefix("@") })
        out.title = authors.count == 1 ? "Tweets by \(authors.first!)" : (archive ? "Twitter archive: tweets" : "Tweets")
        return out
    }

    /// Each non-blank line as a JSON value, `line 3` its path; nil when the first line is not
    /// a whole value (the file is then one broken document).
    private static func jsonLines(_ file: FileBytes, start: Int, end: Int, places: inout ProblemPlaces,
                                  into out: inout ReaderOutput) -> [(JSONValue, line: String)]? {
        var values: [(JSONValue, line: String)] = []
        let bytes = file.buffer
        var lineStart = start
        var lineNumber = places.place(start).line
        while lineStart < end {
            let lineEnd = bytes[lineStart..<end].firstIndex(of: 0x0A) ?? end
            if bytes[lineStart..<lineEnd].contains(where: { ![0x20, 0x09, 0x0D].contains($0) }) {
                var p = JSONValueParser(file, start: lineStart, end: lineEnd)
                do throws(JSONValueParser.Failure) {
                    values.append((try p.parseWhole(), "line \(lineNumber)"))
                    for offset in p.invalidUTF8Offsets {
                        out.warnings.append(places.problem(at: offset, "", "invalid UTF-8 inside a string (shown as U+FFFD)"))
                    }
                } catch {
                    if values.isEmpty { return nil }
                    out.problems.append(places.problem(at: error.offset, "line \(lineNumber)", error.message))
                    if out.problems.count >= TimelineBuilder.maxProblems { break }
                }
            }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        return values.isEmpty ? nil : values
    }
}
