import Foundation

extension String {
    /// `utf8` as text, bytes that are not UTF-8 shown as U+FFFD, and whether there were
    /// none: the text is the bytes exactly when they were valid.
    static func checkedUTF8(_ utf8: UnsafeBufferPointer<UInt8>) -> (text: String, valid: Bool) {
        let text = String(decoding: utf8, as: UTF8.self)
        guard let base = utf8.baseAddress, text.utf8.count == utf8.count else { return (text, utf8.isEmpty) }
        var copy = text
        return (text, copy.withUTF8 { memcmp($0.baseAddress!, base, utf8.count) == 0 })
    }
}
