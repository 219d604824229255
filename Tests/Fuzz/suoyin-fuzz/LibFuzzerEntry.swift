import Foundation
import LibFuzzerDriver

// libFuzzer's entry points, for both ways SwiftPM links this program.
//
// With `--sanitize=fuzzer`, SwiftPM compiles executable targets with
// `-parse-as-library`, so they have no top-level code and the program's `main`
// is libFuzzer's, which calls `LLVMFuzzerInitialize` and then
// `LLVMFuzzerTestOneInput` for each input. That is what a release build links.
// A debug build, though, compiles an executable module for testability: its
// entry point is named `suoyin_fuzz_main` (`-entry-point-function-name`) and the
// link aliases `main` to it (`--defsym main=suoyin_fuzz_main` on Linux), so the
// module must define that function; it starts libFuzzer through
// `LLVMFuzzerRunDriver`, which calls the same two functions.

/// Chooses the target from the command line and rewrites it for libFuzzer
/// (see ``FuzzCommand``); called once, before libFuzzer reads its flags.
@_cdecl("LLVMFuzzerInitialize")
func fuzzerInitialize(
    _ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>
) -> Int32 {
    let arguments = (0..<Int(argc.pointee)).map { String(cString: argv.pointee[$0]!) }
    let rewritten = FuzzCommand.driverArguments(arguments)
    // libFuzzer keeps using the array for the whole run: it is never freed.
    let array = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: rewritten.count + 1)
    for (index, argument) in rewritten.enumerated() { array[index] = strdup(argument) }
    array[rewritten.count] = nil
    argc.pointee = Int32(rewritten.count)
    argv.pointee = array
    return 0
}

/// Runs the chosen target on one input.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzerTestOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selected.run(UnsafeRawBufferPointer(start: data, count: size))
    return 0
}

/// The entry point of a debug build (see above).
@_cdecl("suoyin_fuzz_main")
func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    var count = argc
    var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
    return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzerTestOneInput(data, size) }
}
