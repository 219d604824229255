import GRDB

/// The SQL function `suoyin_key(text)`: ``DocumentNumber/key(_:)`` of its
/// argument (folded, brackets unified, white space removed), or NULL for NULL.
///
/// Filters compare document fields by it, so that `--issuer 司法局` finds
/// `市司法局` and `--number 粤府办[2022]` finds `粤府办〔2022〕3号`.
enum FoldedKeyFunction {
    /// The function's name in SQL.
    static let name = "suoyin_key"

    /// Adds the function to a connection.
    static func register(_ db: Database) {
        db.add(function: DatabaseFunction(name, argumentCount: 1, pure: true) { values in
            String.fromDatabaseValue(values[0]).map { DocumentNumber.key($0) }
        })
    }
}
