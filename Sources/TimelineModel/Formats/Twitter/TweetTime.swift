/// The time Twitter writes in its archive and API v1.1: `Thu Nov 02 23:05:07 +0000 2017`
/// (day name, month, day, clock, offset, year). API v2 writes ISO 8601 to the millisecond,
/// always `.000`: Twitter keeps `created_at` to the second, so those zeros are not read as
/// a millisecond the tweet was known to.
enum TweetTime {
    static func read(_ text: String, what: String, options: ReadOptions) -> Result<EventTime, WrittenTime.Failure> {
        if text.utf8.first.map({ $0 &- 0x30 <= 9 }) == true {
            let seconds = text.hasSuffix(".000Z") ? String(text.dropLast(5)) + "Z" : text
            return options.time.read(seconds, what: what)
        }
        let w = text.split(separator: " ")
        guard w.count == 6, w[3].count == 8, w[5].count == 4,
              case .success(let (written, _)) = FeedTime.rfc822("\(w[2]) \(w[1]) \(w[5]) \(w[3]) \(w[4])"),
              written.offsetSeconds != nil
        else {
            return .failure(.init(message: "\(what) \"\(text)\" is not a time; expected Twitter's form such as Thu Nov 02 23:05:07 +0000 2017, or ISO 8601"))
        }
        return options.time.place(written, text: text, what: what)
    }
}
