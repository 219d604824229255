/// The elements open at the current token, and what they imply for its text.
///
/// An end tag closes the innermost open element of its name and every
/// element opened inside it, as browsers do for unclosed `<p>`, `<li>` or
/// `<nav>`; an end tag with no open element of its name is ignored. A count
/// per name answers "is it open?" at once, so closing costs amortized
/// constant time however broken the page.
struct HTMLOpenElements {
    private struct Entry {
        var name: String
        var traits: HTMLElements.Traits
        var drops: Bool
    }

    private var entries: [Entry] = []
    private var openCount: [String: Int] = [:]
    private var droppingDepth = 0
    private var preformattedDepth = 0
    private var sectioningDepth = 0
    private var headingLevels: [Int] = []

    /// Whether text here is dropped (inside `head`, `nav`, a page footer, …).
    var isDropping: Bool { droppingDepth > 0 }

    /// Whether text here is dropped for a reason other than being in `head`,
    /// which still lets a `<title>` through.
    var isDroppingOutsideHead: Bool { droppingDepth > (isOpen("head") ? 1 : 0) }

    /// Whether white space here is kept.
    var isPreformatted: Bool { preformattedDepth > 0 }

    /// The level of the innermost open heading, if any.
    var headingLevel: Int? { headingLevels.last }

    /// Whether an element of this name is open.
    func isOpen(_ name: String) -> Bool { (openCount[name] ?? 0) > 0 }

    /// Opens an element with the given traits; a heading closes a heading
    /// that is the current element.
    mutating func open(_ name: String, traits: HTMLElements.Traits) {
        if traits.headingLevel != nil, let current = entries.last, current.traits.headingLevel != nil {
            close(current.name)
        }
        let entry = Entry(name: name, traits: traits, drops: traits.drops || (traits.isLandmark && sectioningDepth == 0))
        entries.append(entry)
        openCount[name, default: 0] += 1
        if entry.drops { droppingDepth += 1 }
        if traits.isPreformatted { preformattedDepth += 1 }
        if traits.isSectioning { sectioningDepth += 1 }
        if let level = traits.headingLevel { headingLevels.append(level) }
    }

    /// Closes the innermost open element named `name` and all inside it; does
    /// nothing if none is open.
    mutating func close(_ name: String) {
        guard isOpen(name) else { return }
        while let entry = entries.popLast() {
            openCount[entry.name]! -= 1
            if entry.drops { droppingDepth -= 1 }
            if entry.traits.isPreformatted { preformattedDepth -= 1 }
            if entry.traits.isSectioning { sectioningDepth -= 1 }
            if entry.traits.headingLevel != nil { headingLevels.removeLast() }
            if entry.name == name { return }
        }
    }
}
