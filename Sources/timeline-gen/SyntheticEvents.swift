import TimelineModel

/// Synthetic incident events, written straight as compact JSON objects, one per line.
///
/// They look like an incident's: French and English text with accents, « », ’ and the odd
/// 🔥 or ✅ (never a joined emoji); varied actors, kinds and tags; exact times with
/// milliseconds, times with offsets, times to the minute, day-only dates; approximate times,
/// spans, quotes, sources with URLs. Times are spread over six weeks in random order.
/// About 420 bytes an event.
struct SyntheticEvents {
    private var rng: SplitMix

    init(seed: UInt64) {
        rng = SplitMix(seed: seed)
    }

    /// 2017-10-14T00:00:00Z, and six weeks after it.
    private static let base = 1_507_939_200
    private static let spread = 42 * 86_400

    /// Appends event number `index` (no newline).
    mutating func append(event index: Int, to out: inout JSONBytes) {
        let t = Self.base + rng.below(Self.spread)
        let ms = rng.below(1000)
        let form: Form
        let roll = rng.below(100)
        switch roll {
        case ..<62: form = .exact
        case ..<82: form = .second(Self.offsets[rng.below(Self.offsets.count)])
        case ..<94: form = .minute(Self.offsets[rng.below(Self.offsets.count)])
        default: form = .day
        }
        out.raw("{\"id\":\"ev-")
        out.int(index, width: 7)
        out.raw("\",\"time\":\"")
        write(time: t, ms: ms, form, to: &out)
        out.byte(0x22)
        if rng.chance(perMille: 60) {
            let end: Int
            if case .day = form { end = t + rng.below(4) * 86_400 } else { end = t + 60 + rng.below(6 * 3600) }
            out.raw(",\"end\":\"")
            write(time: end, ms: end > t ? rng.below(1000) : ms, form, to: &out)
            out.byte(0x22)
        }
        if case .day = form {} else if rng.chance(perMille: 80) {
            out.raw(",\"approximate\":true,\"precision\":\"minute\"")
        } else if case .exact = form, rng.chance(perMille: 40) {
            out.raw(",\"precision\":\"second\"")
        }
        let actor = rng.below(Self.actors.count)
        out.raw(",\"actor\":\"")
        out.raw(Self.actors[actor])
        out.raw("\",\"kind\":\"")
        out.raw(Self.kinds[rng.below(Self.kinds.count)])
        out.raw("\",\"title\":\"")
        writeTitle(actor: Self.actors[actor], to: &out)
        out.raw("\",\"text\":\"")
        let sentences = rng.chance(perMille: 330) ? 2 : 1
        for s in 0..<sentences {
            if s > 0 { out.byte(0x20) }
            out.raw(Self.sentences[rng.below(Self.sentences.count)])
        }
        if rng.chance(perMille: 100) {
            out.raw("\\n\\n")
            out.raw(Self.sentences[rng.below(Self.sentences.count)])
        }
        out.byte(0x22)
        if rng.chance(perMille: 100) {
            let q = Self.quotes[rng.below(Self.quotes.count)]
            out.raw(",\"quote\":{\"text\":\"")
            out.raw(q.text)
            out.raw("\",\"lang\":\"")
            out.raw(q.lang)
            out.raw("\"}")
        }
        let sourceCount = rng.below(100) < 60 ? 1 : rng.below(100) < 60 ? 0 : 2
        if sourceCount > 0 {
            out.raw(",\"sources\":[")
            for s in 0..<sourceCount {
                if s > 0 { out.byte(0x2C) }
                let source = Self.sources[rng.below(Self.sources.count)]
                let number = 926_216_279_287_042_048 + rng.below(1_000_000_000)
                out.raw("{\"name\":\"")
                out.raw(source.name)
                out.int(number)
                if let url = source.url {
                    out.raw("\",\"url\":\"")
                    out.raw(url)
                    out.int(number)
                }
                out.raw("\"}")
            }
            out.byte(0x5D)
        }
        let tagCount = rng.below(4)
        if tagCount > 0 {
            out.raw(",\"tags\":[")
            let first = rng.below(Self.tags.count)
            for k in 0..<tagCount {
                if k > 0 { out.byte(0x2C) }
                out.byte(0x22)
                out.raw(Self.tags[(first + k * 5) % Self.tags.count])
                out.byte(0x22)
            }
            out.byte(0x5D)
        }
        out.byte(0x7D)
    }

    private mutating func writeTitle(actor: [UInt8], to out: inout JSONBytes) {
        let subject = Self.subjects[rng.below(Self.subjects.count)]
        let verb = Self.verbs[rng.below(Self.verbs.count)]
        switch rng.below(6) {
        case 0: out.raw(subject); out.byte(0x20); out.raw(verb); out.raw(" by "); out.raw(actor)
        case 1: out.raw(actor); out.raw(": "); out.raw(subject); out.byte(0x20); out.raw(verb)
        case 2: out.raw("Update on "); out.raw(subject); out.raw(" ("); out.raw(verb); out.byte(0x29)
        case 3: out.raw(verb); out.raw(": "); out.raw(subject); out.raw(" — "); out.raw(actor)
        case 4: out.raw("« "); out.raw(subject); out.raw(" » "); out.raw(verb)
        default:
            out.raw(subject); out.byte(0x20); out.raw(verb); out.raw(" after ")
            out.int(2 + rng.below(58)); out.raw(" minutes")
        }
        if rng.chance(perMille: 50) {
            out.byte(0x20)
            out.raw(Self.emoji[rng.below(Self.emoji.count)])
        }
    }

    /// The written forms a time takes in the file.
    private enum Form {
        case exact               // 2017-11-02T22:35:43.905Z
        case second(Int)         // 2017-11-02T18:35:43-04:00
        case minute(Int)         // 2017-11-02T18:35-04:00
        case day                 // 2017-11-02 (New York's date)
    }

    private func write(time t: Int, ms: Int, _ form: Form, to out: inout JSONBytes) {
        switch form {
        case .exact:
            writeClock(t, seconds: true, to: &out)
            out.byte(0x2E)
            out.int(ms, width: 3)
            out.byte(0x5A)
        case .second(let offset):
            writeClock(t + offset, seconds: true, to: &out)
            writeZone(offset, to: &out)
        case .minute(let offset):
            writeClock(t + offset, seconds: false, to: &out)
            writeZone(offset, to: &out)
        case .day:
            writeDate((t - 4 * 3600) / 86_400, to: &out)
        }
    }

    private func writeDate(_ days: Int, to out: inout JSONBytes) {
        let date = CivilDate(daysSinceEpoch: Int64(days))
        out.int(date.year, width: 4)
        out.byte(0x2D)
        out.int(date.month, width: 2)
        out.byte(0x2D)
        out.int(date.day, width: 2)
    }

    private func writeClock(_ local: Int, seconds: Bool, to out: inout JSONBytes) {
        writeDate(local / 86_400, to: &out)
        let s = local % 86_400
        out.byte(0x54)
        out.int(s / 3600, width: 2)
        out.byte(0x3A)
        out.int(s / 60 % 60, width: 2)
        if seconds {
            out.byte(0x3A)
            out.int(s % 60, width: 2)
        }
    }

    private func writeZone(_ offset: Int, to out: inout JSONBytes) {
        if offset == 0 { out.byte(0x5A); return }
        out.byte(offset < 0 ? 0x2D : 0x2B)
        out.int(abs(offset) / 3600, width: 2)
        out.byte(0x3A)
        out.int(abs(offset) / 60 % 60, width: 2)
    }

    // MARK: Pools, stored as the inside of JSON string literals.

    private static func inner(_ s: String) -> [UInt8] {
        Array(JSONBytes.literal(s).dropFirst().dropLast())
    }

    private static let offsets = [-4 * 3600, -5 * 3600, 3600, 0]
    private static let actors = [
        "@realDonaldTrump", "@TwitterGov", "@TwitterSupport", "@jack", "Élodie Marchand",
        "Zoë Nguyễn", "François Dubois", "Søren Ødegård", "ops-oncall", "Ana Gómez",
        "Łukasz Wróbel", "The Washington Post", "Le Monde", "BuzzFeed News", "Chloé Lefèvre",
        "sre-bot", "Jürgen Müller", "Renée O’Connor", "Bahtiyar Duysak", "TechCrunch",
    ].map(inner)
    private static let kinds = ["action", "statement", "reaction", "report", "alert", "deploy", "note", "page"].map(inner)
    private static let tags = [
        "outage", "account", "moderation", "press", "safeguards", "twitter", "insider",
        "access-control", "follow-up", "timeline", "rumour", "confirmed", "paris", "dc",
        "on-call", "postmortem", "contractor",
    ].map(inner)
    private static let subjects = [
        "l’accès au compte", "the deactivation", "le compte @realDonaldTrump", "the support tool",
        "la file d’attente du support", "the review queue", "les journaux d’accès", "the audit log",
        "a « human error »", "« un employé rebelle »", "the on-call rotation", "le tableau de bord",
    ].map(inner)
    private static let verbs = [
        "restored", "rétabli", "flagged", "vérifié", "escalated", "documented", "annulé",
        "confirmed", "contesté", "reported", "paged", "résumé",
    ].map(inner)
    private static let sentences = [
        "Le compte a été désactivé pendant onze minutes, puis rétabli sans explication.",
        "Support staff say the change went through the ordinary review tool.",
        "Selon l’équipe, « il s’agit d’une erreur humaine » et une enquête est ouverte.",
        "The account was back at 7:03 p.m. Eastern, after roughly eleven minutes offline.",
        "Des garde-fous supplémentaires seront mis en place dès vendredi.",
        "Reporters asked whether contractors could reach high-profile accounts.",
        "Le salarié, prestataire, en était à son dernier jour dans l’entreprise.",
        "Engineers reviewed the audit log entry by entry; nothing else was touched.",
        "Réaction amusée sur les réseaux sociaux, où l’on parle d’un « héros ».",
        "The timeline here is assembled from tweet ids, press reports and logs.",
        "Un porte-parole n’a pas souhaité commenter l’identité de l’employé.",
        "Follow-up: access to account tools now needs a second reviewer.",
    ].map(inner)
    private static let emoji = ["🔥", "✅", "🚨", "📣", "👀"].map(inner)
    private static let quotes: [(text: [UInt8], lang: [UInt8])] = [
        ("We have taken a number of steps to keep this from happening again.", "en"),
        ("Le compte a été désactivé par erreur humaine par un employé de Twitter.", "fr"),
        ("My Twitter account was taken down for 11 minutes by a rogue employee.", "en"),
        ("Nous menons une enquête approfondie et prenons des mesures.", "fr"),
    ].map { (inner($0.0), inner($0.1)) }
    private static let sources: [(name: [UInt8], url: [UInt8]?)] = [
        ("Tweet (time decoded from its id) ", "https://twitter.com/TwitterGov/status/"),
        ("The Washington Post, live coverage ", "https://www.washingtonpost.com/news/"),
        ("Le Monde, « Le compte de Trump désactivé » ", "https://www.lemonde.fr/pixels/article/"),
        ("Internal audit log, entry ", nil),
        ("BuzzFeed News: the employee’s last day ", "https://www.buzzfeednews.com/article/"),
    ].map { (inner($0.0), $0.1.map(inner)) }
}
