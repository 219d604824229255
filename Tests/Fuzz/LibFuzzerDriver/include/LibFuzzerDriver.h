#ifndef SUOYIN_LIBFUZZER_DRIVER_H
#define SUOYIN_LIBFUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// libFuzzer's entry for programs that have their own `main`: parses libFuzzer's
/// flags from `argc`/`argv` and runs `callback` on every input, as `main` would
/// with `LLVMFuzzerTestOneInput`. Defined in the runtime that `-sanitize=fuzzer` links.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));

#endif
