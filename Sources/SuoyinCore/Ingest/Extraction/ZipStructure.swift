import Foundation

/// The layout of a ZIP archive (`.docx`, `.odt`, OFD), read and checked
/// before any ZIP library sees the bytes.
///
/// ZIPFoundation trusts the offsets and sizes it reads: an end-of-central-
/// directory record that points past the end of the file made its in-memory
/// reader trap and stopped a whole index run. Every record a reader follows
/// is therefore checked to lie inside the file first:
/// - the end-of-central-directory record is found from the end (behind at
///   most a 64 KiB comment), on one disk, and its central directory lies
///   between the start of the file and the record;
/// - each central directory entry, with its name, extra field and comment,
///   lies inside the central directory, and its extra field is a well-formed
///   list of blocks;
/// - each entry's local header, with its name and extra field, and the
///   compressed data after it lie before the central directory;
/// - entries are stored or deflated, a stored entry's sizes agree, and no
///   entry says it unzips to more than `entrySizeLimit` bytes.
///
/// ZIP64 archives are refused: a document within Suoyin's size limits
/// never needs them.
///
/// For example:
/// ```swift
/// let structure = try ZipStructure(validating: data)  // throws ZipStructure.Damage
/// let archive = try Archive(data: data, accessMode: .read)  // now safe to read
/// ```
struct ZipStructure {
    /// What is wrong with an archive; `reason` completes "not a valid .docx file (…)".
    struct Damage: Error, Equatable {
        var reason: String
    }

    /// One file or folder of the archive, as its central directory describes it.
    struct Entry: Equatable {
        /// The entry's path as stored (bytes read as UTF-8, invalid bytes replaced).
        var path: String
        /// 0 (stored) or 8 (deflated).
        var method: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        /// Where its local header starts.
        var localHeaderOffset: Int
        /// Where its compressed data starts (after the local header), once checked.
        var dataOffset = 0
    }

    /// The most bytes one entry may say it unzips to, by default; the
    /// readers also count what actually comes out.
    static let defaultEntrySizeLimit = 256 << 20

    /// The entries, in central directory order.
    let entries: [Entry]

    /// Reads and checks the structure of the archive in `data`.
    init(validating data: Data, entrySizeLimit: Int = Self.defaultEntrySizeLimit) throws(Damage) {
        let bytes = ZipBytes([UInt8](data))
        let end = try Self.endRecord(in: bytes)
        var entries: [Entry] = []
        entries.reserveCapacity(end.entryCount)
        var position = end.directoryOffset
        for _ in 0..<end.entryCount {
            var entry = try Self.entry(at: &position, in: bytes, directoryEnd: end.directoryOffset + end.directorySize)
            entry.dataOffset = try Self.checkLocalHeader(of: entry, in: bytes, dataEnd: end.directoryOffset)
            guard entry.uncompressedSize <= entrySizeLimit else {
                throw Damage(reason: "\(entry.path) unzips to more than \(entrySizeLimit >> 20) MB")
            }
            entries.append(entry)
        }
        self.entries = entries
    }

    /// The end-of-central-directory record: where the directory is and how many entries it has.
    private static func endRecord(
        in bytes: ZipBytes
    ) throws(Damage) -> (entryCount: Int, directoryOffset: Int, directorySize: Int) {
        let recordSize = 22
        guard bytes.count >= recordSize else { throw Damage(reason: "it is not a ZIP archive") }
        // The record is last, followed only by its comment (at most 65,535 bytes).
        var start = bytes.count - recordSize
        let lowest = max(0, start - 0xFFFF)
        while start >= lowest {
            if bytes.uint32(at: start) == 0x0605_4B50, start + recordSize + bytes.int16(at: start + 20) == bytes.count {
                break
            }
            start -= 1
        }
        guard start >= lowest else { throw Damage(reason: "it is not a ZIP archive") }
        let disk = bytes.int16(at: start + 4), directoryDisk = bytes.int16(at: start + 6)
        let entriesHere = bytes.int16(at: start + 8), entryCount = bytes.int16(at: start + 10)
        let directorySize = bytes.int32(at: start + 12), directoryOffset = bytes.int32(at: start + 16)
        if entryCount == 0xFFFF || directorySize == 0xFFFF_FFFF || directoryOffset == 0xFFFF_FFFF {
            throw Damage(reason: "it is a ZIP64 archive, which Suoyin does not read")
        }
        guard disk == 0, directoryDisk == 0, entriesHere == entryCount else {
            throw Damage(reason: "it is one part of a multi-volume ZIP archive")
        }
        guard directoryOffset + directorySize <= start else {
            throw Damage(reason: "its ZIP central directory lies past the end of the file")
        }
        // Each entry takes at least 46 bytes of the directory.
        guard entryCount * 46 <= directorySize else {
            throw Damage(reason: "its ZIP central directory is shorter than its \(entryCount) entries")
        }
        return (entryCount, directoryOffset, directorySize)
    }

    /// The central directory entry at `position`, which moves past it.
    private static func entry(at position: inout Int, in bytes: ZipBytes, directoryEnd: Int) throws(Damage) -> Entry {
        let damaged = Damage(reason: "its ZIP central directory is damaged")
        guard position + 46 <= directoryEnd, bytes.uint32(at: position) == 0x0201_4B50 else { throw damaged }
        let method = UInt16(bytes.int16(at: position + 10))
        let compressedSize = bytes.int32(at: position + 20), uncompressedSize = bytes.int32(at: position + 24)
        let nameLength = bytes.int16(at: position + 28), extraLength = bytes.int16(at: position + 30)
        let commentLength = bytes.int16(at: position + 32)
        let localHeaderOffset = bytes.int32(at: position + 42)
        let nameStart = position + 46
        let next = nameStart + nameLength + extraLength + commentLength
        guard next <= directoryEnd else { throw damaged }
        try checkExtraField(in: bytes, from: nameStart + nameLength, length: extraLength)
        let path = String(decoding: bytes.slice(nameStart, nameLength), as: UTF8.self)
        if compressedSize == 0xFFFF_FFFF || uncompressedSize == 0xFFFF_FFFF || localHeaderOffset == 0xFFFF_FFFF {
            throw Damage(reason: "it is a ZIP64 archive, which Suoyin does not read")
        }
        guard method == 0 || method == 8 else {
            throw Damage(reason: "\(path) is compressed with method \(method), which Suoyin does not read")
        }
        guard method != 0 || compressedSize == uncompressedSize else { throw damaged }
        position = next
        return Entry(path: path, method: method, compressedSize: compressedSize,
                     uncompressedSize: uncompressedSize, localHeaderOffset: localHeaderOffset)
    }

    /// Checks that an extra field is a list of (id, size, data) blocks that fills it exactly.
    private static func checkExtraField(in bytes: ZipBytes, from start: Int, length: Int) throws(Damage) {
        var block = start
        while block + 4 <= start + length {
            block += 4 + bytes.int16(at: block + 2)
        }
        // Some writers pad with fewer than four zero bytes; anything else is damage.
        guard block <= start + length else { throw Damage(reason: "its ZIP central directory is damaged") }
    }

    /// Checks the entry's local header, and that its data ends before
    /// `dataEnd`; returns where the data starts.
    private static func checkLocalHeader(of entry: Entry, in bytes: ZipBytes, dataEnd: Int) throws(Damage) -> Int {
        let start = entry.localHeaderOffset
        let damaged = Damage(reason: "\(entry.path) in it is damaged")
        guard start + 30 <= dataEnd, bytes.uint32(at: start) == 0x0403_4B50 else { throw damaged }
        let nameLength = bytes.int16(at: start + 26), extraLength = bytes.int16(at: start + 28)
        try checkExtraField(in: bytes, from: start + 30 + nameLength, length: extraLength)
        guard start + 30 + nameLength + extraLength + entry.compressedSize <= dataEnd else { throw damaged }
        return start + 30 + nameLength + extraLength
    }
}

/// Little-endian reads from a byte array; callers check bounds first.
private struct ZipBytes {
    let bytes: [UInt8]
    init(_ bytes: [UInt8]) { self.bytes = bytes }

    var count: Int { bytes.count }

    /// The 16-bit value at `offset`, or 0 past the end.
    func int16(at offset: Int) -> Int {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return Int(bytes[offset]) | Int(bytes[offset + 1]) << 8
    }

    /// The 32-bit value at `offset`, or 0 past the end.
    func int32(at offset: Int) -> Int {
        int16(at: offset) | int16(at: offset + 2) << 16
    }

    func uint32(at offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(int32(at: offset))
    }

    func slice(_ start: Int, _ length: Int) -> ArraySlice<UInt8> {
        bytes[start..<start + length]
    }
}
