#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Decodes bytes to UTF-8 with the C library's `iconv`, replacing bad input instead of stopping.
///
/// `String(data:encoding:)` is not used for legacy encodings: on Linux it returns nil for a
/// whole GB18030 file because of one bad byte, and silently maps bad Big5 bytes to private-use
/// or C1 control characters, so neither policy nor counting is possible.
///
/// The conversion streams: iconv writes into a fixed 64 KiB buffer that is flushed into the
/// output, so a 5 MB line or a 50 MB file costs one pass and no per-line work.
final class IconvDecoder {
    private let descriptor: iconv_t
    private let unitSize: Int

    /// Opens a decoder, or returns nil when the platform's iconv does not know `source`.
    ///
    /// - Parameters:
    ///   - source: the iconv name of the input encoding, e.g. "GB18030".
    ///   - unitSize: bytes skipped past an invalid sequence: 2 for UTF-16 keeps the code units
    ///     aligned, 1 elsewhere lets a lead byte followed by ASCII resynchronise on the ASCII.
    init?(from source: String, unitSize: Int = 1) {
        let descriptor = iconv_open("UTF-8", source)
        guard Int(bitPattern: descriptor) != -1, let descriptor else { return nil }
        self.descriptor = descriptor
        self.unitSize = unitSize
    }

    deinit { iconv_close(descriptor) }

    /// Decodes all of `input`; each bad or cut-off sequence becomes U+FFFD.
    func decode(_ input: UnsafeBufferPointer<UInt8>) -> DecodedBytes {
        var output = DecodedBytes(utf8: [], replacements: 0)
        // Most CJK text grows by half going to UTF-8 (2 bytes → 3); reserving that avoids regrowth.
        output.utf8.reserveCapacity(input.count + input.count / 2 + 16)
        iconv(descriptor, nil, nil, nil, nil)  // reset shift state: the descriptor may be reused
        guard let base = input.baseAddress, !input.isEmpty else { return output }

        let chunkSize = 64 * 1024
        let chunk = UnsafeMutablePointer<CChar>.allocate(capacity: chunkSize)
        defer { chunk.deallocate() }

        var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(mutating: base)
            .assumingMemoryBound(to: CChar.self)
        var inLeft = input.count
        while inLeft > 0 {
            var outPointer: UnsafeMutablePointer<CChar>? = chunk
            var outLeft = chunkSize
            let result = iconv(descriptor, &inPointer, &inLeft, &outPointer, &outLeft)
            let failure = result == -1 ? errno : 0
            output.utf8.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: chunkSize - outLeft))
            guard failure != 0 && failure != E2BIG else { continue }
            // EILSEQ is a bad sequence. EINVAL claims the input ends inside one, but glibc
            // judges that from the lead byte and the bytes left alone ("81 30 41" at the end
            // looks like a cut-off four-byte GB18030 sequence), so the bytes after it are
            // decoded again rather than dropped.
            output.utf8.append(contentsOf: [0xEF, 0xBF, 0xBD])
            output.replacements += 1
            let skip = min(unitSize, inLeft)
            inPointer = inPointer.map { $0 + skip }
            inLeft -= skip
        }
        return output
    }
}
