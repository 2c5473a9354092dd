/// Writes a synthetic event as one compact JSON object of our format (no newline).
struct JSONEventWriter {
    let pools: TextPools

    func write(_ e: SyntheticEvent, to out: inout TextBytes) {
        out.raw("{\"id\":\"ev-")
        out.int(e.index, width: 7)
        out.raw("\",\"time\":\"")
        out.time(e.time, milliseconds: e.milliseconds, e.form)
        out.byte(0x22)
        if let end = e.end {
            out.raw(",\"end\":\"")
            out.time(end.time, milliseconds: end.milliseconds, e.form)
            out.byte(0x22)
        }
        switch e.certainty {
        case .stated: break
        case .approximateToTheMinute: out.raw(",\"approximate\":true,\"precision\":\"minute\"")
        case .toTheSecond: out.raw(",\"precision\":\"second\"")
        }
        out.raw(",\"actor\":\"")
        out.raw(pools.actors[e.actor])
        out.raw("\",\"kind\":\"")
        out.raw(pools.kinds[e.kind])
        out.raw("\",\"title\":\"")
        writeTitle(e, to: &out)
        out.raw("\",\"text\":\"")
        writeText(e, paragraphBreak: "\\n\\n", to: &out)
        out.byte(0x22)
        if let q = e.quote {
            out.raw(",\"quote\":{\"text\":\"")
            out.raw(pools.quotes[q].text)
            out.raw("\",\"lang\":\"")
            out.raw(pools.quotes[q].lang)
            out.raw("\"}")
        }
        if !e.sources.isEmpty {
            out.raw(",\"sources\":[")
            for (s, source) in e.sources.enumerated() {
                if s > 0 { out.byte(0x2C) }
                let pool = pools.sources[source.pool]
                out.raw("{\"name\":\"")
                out.raw(pool.name)
                out.int(source.number)
                if let url = pool.url {
                    out.raw("\",\"url\":\"")
                    out.raw(url)
                    out.int(source.number)
                }
                out.raw("\"}")
            }
            out.byte(0x5D)
        }
        if e.tagCount > 0 {
            out.raw(",\"tags\":[")
            for (k, tag) in e.tags(poolSize: pools.tags.count).enumerated() {
                if k > 0 { out.byte(0x2C) }
                out.byte(0x22)
                out.raw(pools.tags[tag])
                out.byte(0x22)
            }
            out.byte(0x5D)
        }
        out.byte(0x7D)
    }

    /// The title, from its pattern and pieces (the pools need no escaping anywhere).
    func writeTitle(_ e: SyntheticEvent, to out: inout TextBytes) {
        let subject = pools.subjects[e.title.subject]
        let verb = pools.verbs[e.title.verb]
        let actor = pools.actors[e.actor]
        switch e.title.pattern {
        case 0: out.raw(subject); out.byte(0x20); out.raw(verb); out.raw(" by "); out.raw(actor)
        case 1: out.raw(actor); out.raw(": "); out.raw(subject); out.byte(0x20); out.raw(verb)
        case 2: out.raw("Update on "); out.raw(subject); out.raw(" ("); out.raw(verb); out.byte(0x29)
        case 3: out.raw(verb); out.raw(": "); out.raw(subject); out.raw(" — "); out.raw(actor)
        case 4: out.raw("« "); out.raw(subject); out.raw(" » "); out.raw(verb)
        default:
            out.raw(subject); out.byte(0x20); out.raw(verb); out.raw(" after ")
            out.int(e.title.minutes); out.raw(" minutes")
        }
        if let emoji = e.title.emoji {
            out.byte(0x20)
            out.raw(pools.emoji[emoji])
        }
    }

    /// The text: one or two sentences, and maybe a second paragraph after `paragraphBreak`
    /// (an escaped `\n\n` in JSON, real line feeds in CSV).
    func writeText(_ e: SyntheticEvent, paragraphBreak: StaticString, to out: inout TextBytes) {
        for (s, sentence) in e.sentences.enumerated() {
            if s > 0 { out.byte(0x20) }
            out.raw(pools.sentences[sentence])
        }
        if let p = e.paragraph {
            out.raw(paragraphBreak)
            out.raw(pools.sentences[p])
        }
    }
}
