extension HTMLTokenizer {
    /// The attributes of a start tag, by lower-cased name; the first of a
    /// repeated name wins. Values are as written: quotes removed, character
    /// references not decoded.
    ///
    /// For example, the attributes of `<meta http-equiv=Content-Type content="text/html; charset=gb2312">`
    /// are `["http-equiv": "Content-Type", "content": "text/html; charset=gb2312"]`.
    mutating func attributes(in range: Range<Int>) -> [String: String] {
        var result: [String: String] = [:]
        let input = self.input
        _ = walkAttributes(from: range.lowerBound, to: range.upperBound) { name, value in
            let key = String(String.UnicodeScalarView(input[name].map(Self.lowercased)))
            if result[key] == nil {
                result[key] = value.map { String(String.UnicodeScalarView(input[$0])) } ?? ""
            }
        }
        return result
    }

    /// Walks the attributes from `start` up to the `>` that ends the tag and
    /// returns that `>`'s index (or `limit` if there is none before it),
    /// giving each attribute's name and value ranges to `visit`.
    ///
    /// The one grammar for both tokenizing and reading attributes, so the two
    /// always agree on where a tag ends.
    mutating func walkAttributes(from start: Int, to limit: Int,
                                 visit: (Range<Int>, Range<Int>?) -> Void = { _, _ in }) -> Int {
        var index = start
        while index < limit {
            let scalar = input[index]
            if scalar == ">" { return index }
            if scalar == "/" || Self.isSpace(scalar) {
                index += 1
                continue
            }
            // An attribute name may start with "=" but not contain one after that.
            let nameStart = index
            index += 1
            while index < limit, !Self.endsAttributeName(input[index]) { index += 1 }
            let name = nameStart..<index
            var valueStart = index
            while valueStart < limit, Self.isSpace(input[valueStart]) { valueStart += 1 }
            guard valueStart < limit, input[valueStart] == "=" else {
                visit(name, nil)
                continue
            }
            valueStart += 1
            while valueStart < limit, Self.isSpace(input[valueStart]) { valueStart += 1 }
            guard valueStart < limit else {
                visit(name, valueStart..<valueStart)
                return limit
            }
            let quote = input[valueStart]
            if quote == "\"" || quote == "'" {
                let contentStart = valueStart + 1
                if let close = find(String(quote), from: contentStart), close < limit {
                    visit(name, contentStart..<close)
                    index = close + 1
                } else {
                    // An unclosed quote would swallow the rest of the page: end it at the next ">".
                    let close = find(">", from: contentStart).map { min($0, limit) } ?? limit
                    visit(name, contentStart..<close)
                    return close
                }
            } else {
                index = valueStart
                while index < limit, input[index] != ">", !Self.isSpace(input[index]) { index += 1 }
                visit(name, valueStart..<index)
            }
        }
        return limit
    }

    private static func endsAttributeName(_ scalar: Unicode.Scalar) -> Bool {
        scalar == ">" || scalar == "/" || scalar == "=" || isSpace(scalar)
    }
}
