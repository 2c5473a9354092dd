/// A list of strings as Python prints it (`['suspicious', "it's"]`): what a Timesketch
/// export written by pandas holds in its `tag` column (a list cell becomes its `repr`).
enum PythonListText {
    /// The strings of `text` when it is exactly such a list (quotes `'` or `"`, backslash
    /// escapes of the quote and of the backslash, commas and spaces between); nil else.
    static func strings(_ text: String) -> [String]? {
        var chars = Substring(text.trimmingWhitespace)
        guard chars.first == "[", chars.last == "]" else { return nil }
        chars = chars.dropFirst().dropLast()
        var items: [String] = []
        var i = chars.startIndex
        func skipSpaces() { while i < chars.endIndex, chars[i] == " " { i = chars.index(after: i) } }
        skipSpaces()
        if i == chars.endIndex { return [] }
        while true {
            guard i < chars.endIndex, chars[i] == "'" || chars[i] == "\"" else { return nil }
            let quote = chars[i]
            i = chars.index(after: i)
            var item = ""
            var closed = false
            while i < chars.endIndex {
                let c = chars[i]
                i = chars.index(after: i)
                if c == quote { closed = true; break }
                if c == "\\", i < chars.endIndex, chars[i] == quote || chars[i] == "\\" {
                    item.append(chars[i])
                    i = chars.index(after: i)
                    continue
                }
                item.append(c)
            }
            guard closed else { return nil }
            items.append(item)
            skipSpaces()
            if i == chars.endIndex { return items }
            guard chars[i] == "," else { return nil }
            i = chars.index(after: i)
            skipSpaces()
        }
    }
}
