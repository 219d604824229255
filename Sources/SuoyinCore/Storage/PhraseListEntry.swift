import Foundation

/// What the index keeps of one frequent phrase (see ``PhraseLists``): how
/// many passages contain it, and for each number of occurrences in a
/// passage, the first passages with that many for equal scores — shortest
/// first, then in ``ResultOrder``.
struct PhraseListEntry: Equatable {
    /// One number of occurrences and its best passages.
    struct Bucket: Equatable {
        /// Occurrences of the phrase in each passage of the bucket.
        var frequency: Int
        /// How many passages have that many occurrences; more than
        /// `passages.count` when the bucket was cut at ``PhraseLists/depth``.
        var total: Int
        /// The bucket's first passages: (length in terms, id).
        var passages: [(length: Int, id: Int64)]

        static func == (lhs: Bucket, rhs: Bucket) -> Bool {
            lhs.frequency == rhs.frequency && lhs.total == rhs.total
                && lhs.passages.map(\.length) == rhs.passages.map(\.length) && lhs.passages.map(\.id) == rhs.passages.map(\.id)
        }

        /// Whether passages of the bucket were left out.
        var isCut: Bool { total > passages.count }
    }

    /// Passages that contain the phrase.
    var documentFrequency: Int
    var buckets: [Bucket]

    /// The entry as stored: varints of each bucket's frequency, total and
    /// passage count, then of each passage's length and id.
    var encoded: Data {
        var bytes: [UInt8] = []
        Varint.append(buckets.count, to: &bytes)
        for bucket in buckets {
            Varint.append(bucket.frequency, to: &bytes)
            Varint.append(bucket.total, to: &bytes)
            Varint.append(bucket.passages.count, to: &bytes)
            for passage in bucket.passages {
                Varint.append(passage.length, to: &bytes)
                Varint.append(Int(passage.id), to: &bytes)
            }
        }
        return Data(bytes)
    }

    /// Decodes a stored entry; nil when the bytes are not one.
    init?(documentFrequency: Int, encoded data: Data) {
        self.documentFrequency = documentFrequency
        var buckets: [Bucket] = []
        let decoded: Bool = data.withUnsafeBytes { bytes in
            var offset = 0
            // Every bucket takes at least 3 bytes and every passage 2, which
            // bounds the counts a damaged blob could claim.
            guard let count = Varint.read(bytes, at: &offset), count <= bytes.count / 3 else { return false }
            for _ in 0..<count {
                guard let frequency = Varint.read(bytes, at: &offset), let total = Varint.read(bytes, at: &offset),
                      let passageCount = Varint.read(bytes, at: &offset), passageCount <= total,
                      passageCount <= (bytes.count - offset) / 2 else { return false }
                var passages: [(length: Int, id: Int64)] = []
                for _ in 0..<passageCount {
                    guard let length = Varint.read(bytes, at: &offset), let id = Varint.read(bytes, at: &offset)
                    else { return false }
                    passages.append((length, Int64(id)))
                }
                buckets.append(Bucket(frequency: frequency, total: total, passages: passages))
            }
            return offset == bytes.count
        }
        guard decoded else { return nil }
        self.buckets = buckets
    }

    init(documentFrequency: Int, buckets: [Bucket]) {
        self.documentFrequency = documentFrequency
        self.buckets = buckets
    }
}
