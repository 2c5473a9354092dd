extension InputFormat {
    /// Twitter/X: an account archive's `tweets.js` and API v1.1/v2 tweet JSON (see `TweetsReader`).
    static let tweets = InputFormat.foreign(
        name: "tweets", title: "Twitter/X tweets",
        declines: { TweetsReader.declines($0) }, read: { TweetsReader.read($0, file: $1, options: $2) })
}
