/// The elements open at the current token, and what they imply for its text.
///
/// An end tag closes the innermost open element of its name and every
/// element opened inside it, as browsers do for unclosed `<p>`, `<li>` or
/// `<nav>`; an end tag with no open element of its name is ignored. A count
/// per name answers "is it open?" at once, so closing costs amortized
/// constant time however broken the page.
///
/// Each element also gathers the ``HTMLLinkStats`` of the lines finished
/// inside it; when a block closes, a block that is links has its lines noted
/// in ``linkBlocks`` and its stats are not passed to its parent, so a page
/// wrapper is judged on what is left once its menus are gone.
struct HTMLOpenElements {
    private struct Entry {
        var name: String
        var traits: HTMLElements.Traits
        var drops: Bool
        var isSectioning: Bool
        var isLink: Bool
        /// Whether its link density decides whether it is kept.
        var isMeasured: Bool
        var firstLine: Int
        var stats = HTMLLinkStats()
    }

    /// Blocks that are never judged by their links: the page and its main content.
    private static let unmeasured: Set<String> = ["html", "body", "main", "article"]

    /// The 0-based line ranges of blocks that are links, disjoint and in order.
    private(set) var linkBlocks: [Range<Int>] = []
    private var linkDepth = 0

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

    /// Whether text here is in a link.
    var isInLink: Bool { linkDepth > 0 }

    /// Whether an element of this name is open.
    func isOpen(_ name: String) -> Bool { (openCount[name] ?? 0) > 0 }

    /// Opens an element with the given traits, what its attributes say it is
    /// (see ``HTMLChromeClass``) and whether it is a link, at the 0-based
    /// line `firstLine`; a heading closes a heading that is the current element.
    mutating func open(_ name: String, traits: HTMLElements.Traits, role: HTMLChromeClass.Role = .unknown,
                       isLink: Bool = false, firstLine: Int = 0) {
        if traits.headingLevel != nil, let current = entries.last, current.traits.headingLevel != nil {
            close(current.name, lineCount: firstLine)
        }
        let isLandmark = traits.isLandmark || role == .landmark
        let entry = Entry(
            name: name, traits: traits,
            drops: traits.drops || role == .furniture || (isLandmark && sectioningDepth == 0),
            isSectioning: traits.isSectioning || role == .content, isLink: isLink,
            isMeasured: traits.layout != .inline && traits.layout != .lineBreak && role != .content
                && !Self.unmeasured.contains(name),
            firstLine: firstLine)
        entries.append(entry)
        openCount[name, default: 0] += 1
        if entry.drops { droppingDepth += 1 }
        if traits.isPreformatted { preformattedDepth += 1 }
        if entry.isSectioning { sectioningDepth += 1 }
        if isLink { linkDepth += 1 }
        if let level = traits.headingLevel { headingLevels.append(level) }
    }

    /// Adds the stats of lines just finished to the innermost element.
    mutating func add(_ stats: HTMLLinkStats) {
        if !entries.isEmpty { entries[entries.count - 1].stats += stats }
    }

    /// Closes the innermost open element named `name` and all inside it; does
    /// nothing if none is open. `lineCount` is the number of lines finished.
    mutating func close(_ name: String, lineCount: Int) {
        guard isOpen(name) else { return }
        while let entry = entries.popLast() {
            openCount[entry.name]! -= 1
            if entry.drops { droppingDepth -= 1 }
            if entry.traits.isPreformatted { preformattedDepth -= 1 }
            if entry.isSectioning { sectioningDepth -= 1 }
            if entry.isLink { linkDepth -= 1 }
            if entry.traits.headingLevel != nil { headingLevels.removeLast() }
            if entry.isMeasured, entry.stats.isLinks, entry.firstLine < lineCount {
                // Blocks close inside out, so the ranges of blocks inside this
                // one are at the end: replacing them keeps the list as long as
                // the page has lines, however deep the nesting.
                while let last = linkBlocks.last, last.lowerBound >= entry.firstLine { linkBlocks.removeLast() }
                linkBlocks.append(entry.firstLine..<lineCount)
            } else {
                add(entry.stats)
            }
            if entry.name == name { return }
        }
    }
}
