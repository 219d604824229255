import Testing
@testable import SuoyinCore

/// `Verifier` against the repository's `Corpus/`: one line per case, with
/// what it shows. Places are written as `file:LINE:COL@column`: the citation
/// of the passage the quotation starts in, then the column of its first character.
@Suite("Verifier on the Corpus")
struct VerifierCorpusTests {
    /// The verdict and the places of `quote`, places as `file:LINE:COL@column`.
    private func check(_ quote: String, citation: String? = nil) throws -> (verified: Bool, places: [String]) {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let cited = try citation.map { try Citation(parsing: index.corpus.path + "/" + $0) }
        let result = try Verifier(database: index.database).verify(quote, citation: cited)
        return (result.verified, result.places.map { "\(Self.short($0.citation))@\($0.column)" })
    }

    /// A citation without the temporary folder: `file:LINE:COL`.
    static func short(_ citation: String) -> String {
        String(citation[citation.index(after: citation.lastIndex(of: "/")!)...])
    }

    @Test("truth table: what verifies, and where", arguments: [
        // exact, in the middle of a passage
        ("持续开展党政主要负责人履行推进法治政府建设第一责任人职责督察", true, ["xishan-2022.txt:67:3@19"]),
        // the same in traditional script verifies against the simplified report
        ("持續開展黨政主要負責人履行推進法治政府建設第一責任人職責督察", true, ["xishan-2022.txt:67:3@19"]),
        // simplified script verifies against the traditional report
        ("坚持党对法治政府建设的全面领导", true, ["bayingolin-2021.txt:7:1@19"]),
        // ， where the document has ,
        ("2022年，我区在推进依法行政、建设法治政府工作中", true, ["xishan-2022.txt:61:3@3"]),
        // " where the document has “ ”, and ( ) for its ( )
        ("坚决扛起\"三大光荣使命\"、奋力谱写", true, ["xishan-2022.txt:63:3@91"]),
        ("推进法治政府建设不理想的政府部门和镇（街道）", true, ["xishan-2022.txt:67:3@84"]),
        // spaces, a tab and a line end inside the quotation
        ("持续开展 党政主要负责人\t履行推进\n法治政府建设", true, ["xishan-2022.txt:67:3@19"]),
        // punctuation left out or added is ignored too
        ("2022年我区在推进依法行政建设法治政府工作中", true, ["xishan-2022.txt:61:3@3"]),
        ("持续开展，党政主要负责人。履行推进", true, ["xishan-2022.txt:67:3@19"]),
        // an ellipsis in each form stands for an omitted stretch of the same document
        ("持续开展党政主要负责人……在依法治区考核中予以体现", true, ["xishan-2022.txt:67:3@19"]),
        ("持续开展党政主要负责人…在依法治区考核中予以体现", true, ["xishan-2022.txt:67:3@19"]),
        ("持续开展党政主要负责人...在依法治区考核中予以体现", true, ["xishan-2022.txt:67:3@19"]),
        ("持续开展党政主要负责人⋯⋯在依法治区考核中予以体现", true, ["xishan-2022.txt:67:3@19"]),
        // … across lines, and leading and trailing ellipses only say it is a part
        ("……持续开展党政主要负责人……抓好法治政府建设系统谋划……", true, ["xishan-2022.txt:67:3@19"]),
        // the segments must come in order
        ("在依法治区考核中予以体现……持续开展党政主要负责人", false, []),
        // and in one document (the first from xishan, the second from bayingolin)
        ("持续开展党政主要负责人……堅持黨對法治政府建設的全面領導", false, []),
        // across a line break (two lines apart: a blank line between)
        ("在依法治区考核中予以体现。（三）抓好法治政府建设", true, ["xishan-2022.txt:67:3@107"]),
        // one character changed: not verified
        ("持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察", false, []),
        // a quotation that is not in the collection
        ("量子计算机在区块链领域的应用前景广阔", false, []),
    ])
    func truthTable(quote: String, verified: Bool, places: [String]) throws {
        let result = try check(quote)
        #expect(result.verified == verified)
        #expect(result.places == places)
    }

    @Test("a citation verifies only where the quotation stands", arguments: [
        // the passage's citation, as search prints it
        ("xishan-2022.txt:67:3", true),
        // the quotation's own first character
        ("xishan-2022.txt:67:19", true),
        // the line alone
        ("xishan-2022.txt:67", true),
        // another column of the line, another line, another document, a document not in the index
        ("xishan-2022.txt:67:4", false),
        ("xishan-2022.txt:15:3", false),
        ("cixi-2023.txt:67:3", false),
        ("nowhere.txt:67:3", false),
    ])
    func citation(citation: String, verified: Bool) throws {
        let result = try check("持续开展党政主要负责人履行推进法治政府建设第一责任人职责督察", citation: citation)
        #expect(result.verified == verified)
        // Where it stands is said either way.
        #expect(result.places == ["xishan-2022.txt:67:3@19"])
    }

    @Test("a place gives the document's own text, offsets and metadata")
    func placeDetails() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let result = try Verifier(database: index.database).verify("坚持党对法治政府建设的全面领导")
        let place = try #require(result.places.first)
        #expect(place.text == "堅持黨對法治政府建設的全面領導")
        #expect(place.end - place.start == place.text.unicodeScalars.count)
        #expect(place.line == 7 && place.column == 19)
        #expect(place.title == "巴音郭楞蒙古自治州人民政府")
        #expect(place.section == ["一、切實履行主體責任,高位推動法治政府建設"])
        #expect(place.date == "2021-12-17")
        #expect(place.similarity == 1 && place.diff.isEmpty && place.segments.isEmpty)
        #expect(result.nearest.isEmpty && result.more == 0)
    }

    @Test("across a line break the text keeps the line ends and indentation, exactly end − start long")
    func acrossLines() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let result = try Verifier(database: index.database).verify("在依法治区考核中予以体现。（三）抓好法治政府建设")
        let place = try #require(result.places.first)
        #expect(place.text == "在依法治区考核中予以体现。\n\n  (三)抓好法治政府建设")
        #expect(place.end - place.start == place.text.unicodeScalars.count)
    }

    @Test("an ellipsis gives each segment's span and text")
    func ellipsisSegments() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let result = try Verifier(database: index.database).verify("持续开展党政主要负责人……在依法治区考核中予以体现")
        let place = try #require(result.places.first)
        #expect(place.text == "持续开展党政主要负责人……在依法治区考核中予以体现")
        #expect(place.segments.count == 2)
        #expect(place.segments[0][1] - place.segments[0][0] == 11)
        #expect(place.segments[1][1] - place.segments[1][0] == 12)
        #expect(place.start == place.segments[0][0] && place.end == place.segments[1][1])
    }

    @Test("one character changed: the near miss is the passage, with that change in the diff")
    func oneCharacterChanged() throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        let result = try Verifier(database: index.database).verify("持续开展党政主要负责人履行推进法治政府建设第二责任人职责督察")
        #expect(!result.verified && result.places.isEmpty)
        let nearest = try #require(result.nearest.first)
        #expect(Self.short(nearest.citation) == "xishan-2022.txt:67:3" && nearest.column == 19)
        #expect(nearest.text == "持续开展党政主要负责人履行推进法治政府建设第一责任人职责督察")
        // 30 content characters, one changed.
        #expect(nearest.similarity == 1 - 1.0 / 30)
        #expect(nearest.diff == [
            DiffPart(kind: .same, text: "持续开展党政主要负责人履行推进法治政府建设第", quote: "持续开展党政主要负责人履行推进法治政府建设第"),
            DiffPart(kind: .changed, text: "一", quote: "二"),
            DiffPart(kind: .same, text: "责任人职责督察", quote: "责任人职责督察"),
        ])
        #expect(result.nearest.count <= Verifier.nearestCount)
        #expect(zip(result.nearest, result.nearest.dropFirst()).allSatisfy { $0.similarity >= $1.similarity })
    }

    @Test("a quotation with nothing to compare is an error", arguments: ["", "  ", "，。！", "……", "..."])
    func empty(quote: String) throws {
        let index = try CorpusIndex.shared(listsCurrent: true)
        #expect(throws: SuoyinError.emptyQuotation(quote: quote)) {
            try Verifier(database: index.database).verify(quote)
        }
    }

    @Test("a quotation too long, or cut into too many parts, is refused with a message")
    func limits() throws {
        let verifier = Verifier(database: try CorpusIndex.shared(listsCurrent: true).database)
        let long = String(repeating: "法", count: Verifier.maximumCharacters + 1)
        #expect(throws: SuoyinError.quotationTooLong(characters: Verifier.maximumCharacters + 1,
                                                     limit: Verifier.maximumCharacters)) { try verifier.verify(long) }
        let parts = Array(repeating: "法治", count: Verifier.maximumParts + 1).joined(separator: "……")
        #expect(throws: SuoyinError.tooManyEllipses(parts: Verifier.maximumParts + 1, limit: Verifier.maximumParts)) {
            try verifier.verify(parts)
        }
        // At the limit, the parts are searched.
        let allowed = Array(repeating: "法治", count: Verifier.maximumParts).joined(separator: "……")
        #expect(try verifier.verify(allowed).verified)
    }
}
