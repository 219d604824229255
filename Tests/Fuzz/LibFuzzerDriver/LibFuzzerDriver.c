// The declaration of libFuzzer's driver, as a module Swift can import; SwiftPM
// builds a C target only from at least one source file, and this is it.
#include "LibFuzzerDriver.h"
