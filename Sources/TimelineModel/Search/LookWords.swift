/// The words a quick look at a store's raw bytes searches for, and how what it finds
/// answers for the expression's words (`ExpressionMatcher.words`, one bit each).
///
/// A store may look for other words than those asked (`EventStore.quickLookWords`): a
/// word's pieces between spaces, none for a word the reader or the store may have made up.
/// Each expression word is then present when all of its pieces are; a word with no piece
/// to look for is always taken as present, so a look never rules out an event it should
/// not (`-word` included).
struct LookWords: Sendable {
    /// What the look searches for, at most 64 words: bit `k` stands for `words[k]`.
    let words: [FoldedText]
    /// For each expression word, the bits of `words` it needs; nil when the store looks
    /// for the expression's words as they are.
    private let needs: [UInt64]?

    init(_ asked: [FoldedText], store: some EventStore) {
        if store.quickLookWords(asked) == asked {
            words = asked
            needs = nil
            return
        }
        var words: [FoldedText] = []
        var needs: [UInt64] = []
        for word in asked {
            var mask: UInt64 = 0
            for piece in store.quickLookWords([word]) {
                if let k = words.firstIndex(of: piece) {
                    mask |= 1 << UInt64(k)
                } else if words.count < 64 {
                    words.append(piece)
                    mask |= 1 << UInt64(words.count - 1)
                }
                // A piece without a bit is not needed: a weaker look, still sound.
            }
            needs.append(mask)
        }
        self.words = words
        self.needs = needs
    }

    /// The expression words that may be in an event, from the look's words found in it.
    func present(_ found: UInt64) -> UInt64 {
        guard let needs else { return found }
        var present: UInt64 = 0
        for (k, mask) in needs.enumerated() where found & mask == mask { present |= 1 << UInt64(k) }
        return present
    }
}
