import GRDB

/// Reads the passages around candidate passages: enough of each one's
/// document before and after it to hold the whole quotation wherever the
/// quotation's term stands in it, counted in content characters (or the
/// whole document, for a quotation with an ellipsis, whose omitted
/// stretches may be any length).
///
/// A window is one read: a guess of about one passage per 150 content
/// characters needed (passages hold at most 300), widened fourfold and read
/// again on the rare occasion it falls short. A candidate that the previous
/// window already covers is not read again, so a cluster of candidates in
/// one stretch costs one read.
enum AnchorWindows {
    /// Passages to read around, each with the content needed before and after it.
    struct Need {
        var passage: Int64
        var before: Int
        var after: Int
    }

    /// The windows around `needs`, in passage order.
    static func windows(_ db: Database, around needs: [Need], wholeDocuments: Bool) throws -> [DocumentWindow] {
        var windows: [DocumentWindow] = []
        for need in needs.sorted(by: { $0.passage < $1.passage }) {
            if let last = windows.last, wholeDocuments ? last.ids.contains(need.passage)
                : last.covers(need.passage, before: need.before, after: need.after) { continue }
            if let window = try window(db, around: need, wholeDocument: wholeDocuments) { windows.append(window) }
        }
        return windows
    }

    private static func window(_ db: Database, around need: Need, wholeDocument: Bool) throws -> DocumentWindow? {
        if wholeDocument {
            guard let bounds = try Row.fetchOne(db, sql: """
                SELECT d.firstPassage, d.lastPassage FROM passages p JOIN documents d ON d.id = p.documentId WHERE p.id = ?
                """, arguments: [need.passage]) else { return nil }
            return try DocumentWindow(db, ids: (bounds[0] as Int64)...(bounds[1] as Int64), of: need.passage)
        }
        var back = Int64(1 + need.before / 150)
        var ahead = Int64(1 + need.after / 150)
        while true {
            let lower = need.passage > back ? need.passage - back : 0
            guard let window = try DocumentWindow(db, ids: lower...need.passage + ahead, of: need.passage) else { return nil }
            if window.covers(need.passage, before: need.before, after: need.after) { return window }
            back *= 4
            ahead *= 4
        }
    }
}
