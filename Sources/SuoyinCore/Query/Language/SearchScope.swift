/// How close the terms joined by `AND` (and `NEAR`) must stand: in one
/// passage, one paragraph, or one document (`--within`).
///
/// A paragraph is a line of the document, however many passages it was
/// split into; it is the default, since words a reader sees in one
/// paragraph belong together even when a long line was cut between them.
public enum SearchScope: String, CaseIterable, Sendable {
    case passage, paragraph, document
}
