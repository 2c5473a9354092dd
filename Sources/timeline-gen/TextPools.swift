/// The words synthetic events are made of, as UTF-8 bytes that need no escaping in JSON
/// (no `"`, `\` or control characters; checked when the pools are made).
///
/// `latin` is French and English with é « » ’ and the odd 🔥 or ✅ (never a joined emoji).
/// `cjk` is Japanese and Chinese text heavy in emoji, joined ones included (👩‍💻, 🇫🇷, 👍🏽),
/// for the width and wrapping paths. Both have the same number of entries in each pool, so
/// one seed gives the same times, spans and shapes with either text.
struct TextPools {
    var actors: [[UInt8]]
    var kinds: [[UInt8]]
    var tags: [[UInt8]]
    var subjects: [[UInt8]]
    var verbs: [[UInt8]]
    var sentences: [[UInt8]]
    var emoji: [[UInt8]]
    /// How many more titles (per thousand) end with an emoji than the 50 all texts have.
    var extraEmojiPerMille: Int
    var quotes: [(text: [UInt8], lang: [UInt8])]
    var sources: [(name: [UInt8], url: [UInt8]?)]

    /// The text sets `timeline-gen --text` offers.
    enum Name: String, CaseIterable {
        case latin, cjk
    }

    static func named(_ name: Name) -> TextPools {
        switch name {
        case .latin: latin
        case .cjk: cjk
        }
    }

    private static func bytes(_ list: [String]) -> [[UInt8]] {
        list.map { s in
            precondition(!s.utf8.contains { $0 == 0x22 || $0 == 0x5C || $0 < 0x20 }, "a pool entry needs escaping: \(s)")
            return Array(s.utf8)
        }
    }

    private static let kinds = ["action", "statement", "reaction", "report", "alert", "deploy", "note", "page"]

    static let latin = TextPools(
        actors: bytes([
            "@realDonaldTrump", "@TwitterGov", "@TwitterSupport", "@jack", "Élodie Marchand",
            "Zoë Nguyễn", "François Dubois", "Søren Ødegård", "ops-oncall", "Ana Gómez",
            "Łukasz Wróbel", "The Washington Post", "Le Monde", "BuzzFeed News", "Chloé Lefèvre",
            "sre-bot", "Jürgen Müller", "Renée O’Connor", "Bahtiyar Duysak", "TechCrunch",
        ]),
        kinds: bytes(kinds),
        tags: bytes([
            "outage", "account", "moderation", "press", "safeguards", "twitter", "insider",
            "access-control", "follow-up", "timeline", "rumour", "confirmed", "paris", "dc",
            "on-call", "postmortem", "contractor",
        ]),
        subjects: bytes([
            "l’accès au compte", "the deactivation", "le compte @realDonaldTrump", "the support tool",
            "la file d’attente du support", "the review queue", "les journaux d’accès", "the audit log",
            "a « human error »", "« un employé rebelle »", "the on-call rotation", "le tableau de bord",
        ]),
        verbs: bytes([
            "restored", "rétabli", "flagged", "vérifié", "escalated", "documented", "annulé",
            "confirmed", "contesté", "reported", "paged", "résumé",
        ]),
        sentences: bytes([
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
        ]),
        emoji: bytes(["🔥", "✅", "🚨", "📣", "👀"]),
        extraEmojiPerMille: 0,
        quotes: [
            ("We have taken a number of steps to keep this from happening again.", "en"),
            ("Le compte a été désactivé par erreur humaine par un employé de Twitter.", "fr"),
            ("My Twitter account was taken down for 11 minutes by a rogue employee.", "en"),
            ("Nous menons une enquête approfondie et prenons des mesures.", "fr"),
        ].map { (Array($0.0.utf8), Array($0.1.utf8)) },
        sources: [
            ("Tweet (time decoded from its id) ", "https://twitter.com/TwitterGov/status/"),
            ("The Washington Post, live coverage ", "https://www.washingtonpost.com/news/"),
            ("Le Monde, « Le compte de Trump désactivé » ", "https://www.lemonde.fr/pixels/article/"),
            ("Internal audit log, entry ", nil),
            ("BuzzFeed News: the employee’s last day ", "https://www.buzzfeednews.com/article/"),
        ].map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }
    )

    static let cjk = TextPools(
        actors: bytes([
            "@realDonaldTrump", "@TwitterJP", "山田太郎", "佐藤花子", "李伟", "王芳",
            "김민준", "運用チーム🚨", "オンコール担当", "鈴木一郎", "陈静", "朝日新聞",
            "NHKニュース", "人民日报", "障害対応ボット🤖", "高橋美咲", "张磊", "SRE当番👩‍💻",
            "田中健太", "読売新聞",
        ]),
        kinds: bytes(kinds),
        tags: bytes([
            "障害", "アカウント", "モデレーション", "報道", "安全対策", "ツイッター", "内部",
            "アクセス管理", "フォローアップ", "時系列", "噂", "確認済み", "東京", "北京",
            "当番", "ポストモーテム", "委託先",
        ]),
        subjects: bytes([
            "アカウントへのアクセス", "凍結処理", "@realDonaldTrump のアカウント", "サポートツール",
            "サポートの待ち行列", "審査キュー", "アクセスログ", "監査ログ",
            "「人為的ミス」", "「反抗的な従業員」", "当番のローテーション", "ダッシュボード📊",
        ]),
        verbs: bytes([
            "復旧✅", "恢复", "検知🔍", "已验证", "エスカレーション", "記録📝", "取り消し",
            "確認済み", "异议", "報告📣", "呼び出し📟", "要約",
        ]),
        sentences: bytes([
            "アカウントは11分間停止され、その後説明なく復旧しました🔥。",
            "サポート担当者によると、変更は通常の審査ツールを経由したとのことです👀。",
            "チームによれば「人為的ミス」であり、調査が開始されました🕵️‍♀️。",
            "账户在东部时间晚上7点03分恢复，离线约十一分钟⏱️。",
            "金曜日から追加の安全対策が導入されます🛡️🇯🇵。",
            "记者询问外包人员是否可以访问知名账户🤔。",
            "その委託社員は最終出社日でした👋🏽 🇩🇪。",
            "工程师逐条检查了审计日志，没有其他改动✅。",
            "SNSでは「英雄」と呼ぶ声も上がっています😂👍🏽❤️。",
            "この時系列はツイートID、報道、ログから組み立てられています🧵。",
            "広報担当者は従業員の身元についてコメントを控えました🙅‍♂️。",
            "后续：访问账户工具现在需要第二位审核人👨‍👩‍👧🇫🇷。",
        ]),
        emoji: bytes(["🔥", "✅", "🚨", "👩‍💻", "🇫🇷"]),
        extraEmojiPerMille: 450,
        quotes: [
            ("再発防止のため、いくつかの措置を講じました🙇。", "ja"),
            ("该账户因推特员工的人为失误被停用。", "zh"),
            ("私のアカウントは不正な従業員によって11分間停止された😠。", "ja"),
            ("我们正在进行彻底调查并采取措施🔎。", "zh"),
        ].map { (Array($0.0.utf8), Array($0.1.utf8)) },
        sources: [
            ("ツイート（IDから時刻を復元）", "https://twitter.com/TwitterJP/status/"),
            ("朝日新聞 速報 ", "https://www.asahi.com/articles/"),
            ("人民日报「特朗普账户被停用」", "https://www.people.com.cn/n1/"),
            ("内部監査ログ 項目 ", nil),
            ("NHKニュース：従業員の最終日 ", "https://www3.nhk.or.jp/news/html/"),
        ].map { (Array($0.0.utf8), $0.1.map { Array($0.utf8) }) }
    )
}
