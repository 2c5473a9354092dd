@testable import TimelineModel

/// The fixture's events built by hand (titles and actors as in the file), so formatting is
/// tested without the loader.
enum IncidentEvents {
    static let home = Zone(identifier: "America/New_York")!

    static func event(_ id: String, _ time: String, end: String? = nil, approximate: Bool = false,
                      actor: String?, title: String, fileIndex: Int) -> Event {
        let t = try! TimeParser.parse(time).get()
        let sort: Instant
        switch t {
        case .instant(let i, _): sort = i
        default:
            let period = t.writtenPeriod!
            sort = EventRules.sortInstant(lastDay: period.lastDay.daysSinceEpoch, precision: period.precision, in: home)
        }
        return Event(id: id, time: t, end: end.map { try! TimeParser.parse($0).get() }, approximate: approximate,
                     actor: actor, title: title, fileIndex: fileIndex, sortInstant: sort)
    }

    static var timeline: Timeline {
        let events = [
            event("last-tweet-before", "2017-11-02T22:35:43.905Z", actor: "@realDonaldTrump",
                  title: "Last tweet before the outage: Jerome Powell named to chair the Federal Reserve", fileIndex: 0),
            event("deactivation", "2017-11-02T18:48-04:00", end: "2017-11-02T18:59-04:00", approximate: true,
                  actor: "Twitter customer-support worker",
                  title: "The account is deactivated by a worker on their last day; it stays down 11 minutes", fileIndex: 1),
            event("restored", "2017-11-02T18:59-04:00", approximate: true, actor: "Twitter",
                  title: "The account is restored, 11 minutes after it went down", fileIndex: 2),
            event("first-tweet-after", "2017-11-03T00:05:07.247Z", actor: "@realDonaldTrump",
                  title: "First tweet after the outage: “Great Tax Cut rollout today…”", fileIndex: 3),
            event("twittergov-human-error", "2017-11-03T00:05:51.550Z", actor: "@TwitterGov",
                  title: "@TwitterGov blames human error: the account was down for 11 minutes", fileIndex: 4),
            event("twittergov-last-day", "2017-11-03T02:00:28.893Z", actor: "@TwitterGov",
                  title: "@TwitterGov: it was done by a customer-support employee on their last day", fileIndex: 5),
            event("trump-rogue-employee", "2017-11-03T10:51:51.120Z", actor: "@realDonaldTrump",
                  title: "Trump: taken down “by a rogue employee”", fileIndex: 6),
            event("twittergov-safeguards", "2017-11-03", actor: "@TwitterGov",
                  title: "@TwitterGov: safeguards implemented to prevent it happening again", fileIndex: 7),
            event("nyt-contractor", "2017-11-03", actor: "The New York Times",
                  title: "The worker was a contractor hired through a vendor, reports The New York Times", fileIndex: 8),
            event("duysak-interview", "2017-11-29", actor: "TechCrunch",
                  title: "The worker, Bahtiyar Duysak, speaks to TechCrunch", fileIndex: 9),
        ]
        return Timeline(title: "Eleven minutes without @realDonaldTrump", timezone: "America/New_York",
                        events: EventList(events))
    }
}
