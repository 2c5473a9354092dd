extension InputFormat {
    /// Atom and RSS feeds (see `FeedReader`).
    static let feed = InputFormat.foreign(
        name: "feed", title: "Atom or RSS feed",
        declines: { FeedReader.declines($0) }, read: { FeedReader.read($0, file: $1, options: $2) })
}
