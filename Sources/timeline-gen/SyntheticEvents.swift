import SeededRandom

/// Draws synthetic incident events, deterministically for a seed.
///
/// They look like an incident's: times spread over six weeks in random order, 62 % exact
/// with milliseconds, 20 % to the second and 12 % to the minute with offsets, 6 % day-only;
/// approximate times, spans, quotes, sources with URLs, 0–3 tags. The text comes from a
/// `TextPools` (French and English, or CJK and emoji). The order of the draws is fixed:
/// changing it changes every generated file, so the bench's data would no longer compare.
struct SyntheticEvents {
    private var rng: SplitMix
    let pools: TextPools

    init(seed: UInt64, pools: TextPools) {
        rng = SplitMix(seed: seed)
        self.pools = pools
    }

    /// 2017-10-14T00:00:00Z, and six weeks after it.
    private static let base = 1_507_939_200
    private static let spread = 42 * 86_400
    private static let offsets = [-4 * 3600, -5 * 3600, 3600, 0]

    /// Draws event number `index`.
    mutating func next(_ index: Int) -> SyntheticEvent {
        let t = Self.base + rng.below(Self.spread)
        let ms = rng.below(1000)
        let form: SyntheticEvent.Form
        switch rng.below(100) {
        case ..<62: form = .exact
        case ..<82: form = .second(rng.pick(Self.offsets))
        case ..<94: form = .minute(rng.pick(Self.offsets))
        default: form = .day
        }
        var end: (time: Int, milliseconds: Int)?
        if rng.chance(perMille: 60) {
            let e: Int
            if case .day = form { e = t + rng.below(4) * 86_400 } else { e = t + 60 + rng.below(6 * 3600) }
            end = (e, e > t ? rng.below(1000) : ms)
        }
        var certainty = SyntheticEvent.Certainty.stated
        if case .day = form {} else if rng.chance(perMille: 80) {
            certainty = .approximateToTheMinute
        } else if case .exact = form, rng.chance(perMille: 40) {
            certainty = .toTheSecond
        }
        let actor = rng.below(pools.actors.count)
        let kind = rng.below(pools.kinds.count)
        let subject = rng.below(pools.subjects.count)
        let verb = rng.below(pools.verbs.count)
        let pattern = rng.below(6)
        let minutes = pattern == 5 ? 2 + rng.below(58) : 0
        // 5 % of titles end with an emoji in every text; a text heavy in emoji adds more
        // without drawing (more draws would shift every later event away from the others').
        let spread = (index &* 2_654_435_761) % 1000
        let emoji = rng.chance(perMille: 50) ? rng.below(pools.emoji.count)
            : spread < pools.extraEmojiPerMille ? spread % pools.emoji.count : nil
        let title = SyntheticEvent.Title(subject: subject, verb: verb, pattern: pattern, minutes: minutes, emoji: emoji)
        let sentenceCount = rng.chance(perMille: 330) ? 2 : 1
        let sentences = (0..<sentenceCount).map { _ in rng.below(pools.sentences.count) }
        let paragraph = rng.chance(perMille: 100) ? rng.below(pools.sentences.count) : nil
        let quote = rng.chance(perMille: 100) ? rng.below(pools.quotes.count) : nil
        let sourceCount = rng.below(100) < 60 ? 1 : rng.below(100) < 60 ? 0 : 2
        let sources = (0..<sourceCount).map { _ in
            let pool = rng.below(pools.sources.count)
            return SyntheticEvent.Source(pool: pool, number: 926_216_279_287_042_048 + rng.below(1_000_000_000))
        }
        let tagCount = rng.below(4)
        let firstTag = tagCount > 0 ? rng.below(pools.tags.count) : 0
        return SyntheticEvent(
            index: index, time: t, milliseconds: ms, form: form, end: end, certainty: certainty,
            actor: actor, kind: kind, title: title, sentences: sentences, paragraph: paragraph,
            quote: quote, sources: sources, tagCount: tagCount, firstTag: firstTag)
    }
}
