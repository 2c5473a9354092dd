/// A verbatim quotation and its language (`en`, `fr`).
public struct Quote: Sendable, Hashable {
    public var text: String
    public var lang: String?
    public init(text: String, lang: String? = nil) {
        self.text = text
        self.lang = lang
    }
}
