import SuoyinCore

/// Prints a verification for people: the verdict, then each place (as a
/// search result's header, then the document's own text), or the nearest
/// passages with their similarity and a diff, `[-document-]{+quotation+}`
/// (red and green on a terminal).
package struct VerificationPrinter {
    /// Whether to colour the verdict and the diff.
    package var colors: Bool

    package init(colors: Bool) { self.colors = colors }

    package func print(_ verification: Verification) {
        Swift.print(verdict(verification))
        for place in verification.places {
            Swift.print()
            Swift.print(header(place))
            Swift.print("   " + TerminalText.escaped(place.text))
        }
        if verification.more > 0 { Swift.print("\n… and \(verification.more) more places.") }
        for place in verification.nearest {
            Swift.print()
            Swift.print(header(place) + "  similarity " + String(format: "%.2f", place.similarity))
            Swift.print("   " + diff(place.diff))
        }
    }

    /// One line: verified or not, and why not.
    package func verdict(_ verification: Verification) -> String {
        let count = verification.places.count + verification.more
        let placesText = count == 1 ? "1 place" : "\(count) places"
        let citation = verification.citation.map(TerminalText.escaped)
        let line: String
        switch (verification.verified, citation, count) {
        case (true, nil, _): line = "Verified: the quotation stands in \(placesText)."
        case (true, let citation?, _): line = "Verified: the quotation stands at \(citation)."
        case (false, let citation?, 1...): line = "Not verified: the quotation is not at \(citation); it stands in \(placesText) elsewhere."
        case (false, _, _):
            line = "Not verified: the quotation stands nowhere in the index."
                + (verification.nearest.isEmpty ? "" : " The closest passages:")
        }
        guard colors else { return line }
        return (verification.verified ? "\u{1B}[1;32m" : "\u{1B}[1;31m") + line + "\u{1B}[0m"
    }

    /// `citation  title › section  (column, p. page, date, issuer, number)`, as search prints it;
    /// the column of the stretch's first character when it is not the passage's first.
    package func header(_ place: QuotedPlace) -> String {
        let passageColumn = place.citation.split(separator: ":").last.flatMap { Int($0) }
        let column = passageColumn == place.column ? nil : "from column \(place.column)"
        let metadata = [column, place.page.map { "p. \($0)" }, place.date, place.issuer, place.number].compactMap { $0 }
        let where_ = TerminalText.escaped(([place.title] + place.section).joined(separator: " › ")
            + (metadata.isEmpty ? "" : "  (" + metadata.joined(separator: ", ") + ")"))
        let citation = TerminalText.escaped(place.citation)
        return colors ? "\u{1B}[36m\(citation)\u{1B}[0m  \(where_)" : "\(citation)  \(where_)"
    }

    /// The document's text with the quotation's differences marked.
    package func diff(_ parts: [DiffPart]) -> String {
        parts.map { part in
            let text = TerminalText.escaped(part.text)
            let quote = TerminalText.escaped(part.quote)
            switch part.kind {
            case .same: return text
            case .dropped: return dropped(text)
            case .added: return added(quote)
            case .changed: return dropped(text) + added(quote)
            }
        }.joined()
    }

    private func dropped(_ text: String) -> String {
        colors ? "\u{1B}[31m[-\(text)-]\u{1B}[0m" : "[-\(text)-]"
    }

    private func added(_ text: String) -> String {
        colors ? "\u{1B}[32m{+\(text)+}\u{1B}[0m" : "{+\(text)+}"
    }
}
