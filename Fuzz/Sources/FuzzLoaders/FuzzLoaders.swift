import NeuralKit

/// One input, read three ways: as an IDX images file, an IDX labels file and a CSV file. A thrown
/// DataError is the expected answer to garbage; anything else (a trap, an overflow, an allocation
/// failure) is what the fuzzer reports.
func fuzzLoaders(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
  let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
  _ = try? loadIDXImages(bytes: bytes, path: "fuzz-images")
  _ = try? loadIDXLabels(bytes: bytes, path: "fuzz-labels")
  let text = String(decoding: bytes, as: UTF8.self)
  _ = try? loadLabeledCSV(text: text, path: "fuzz.csv", featureCount: 3, classCount: 4, name: "fuzz")
  return 0
}

/// libFuzzer's driver (linked by `-sanitize=fuzzer`): parses the fuzzer's own command line and calls
/// `callback` with each input.
@_silgen_name("LLVMFuzzerRunDriver")
func runFuzzerDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The executable's entry point: SwiftPM links a target's `main` under this name; it hands control to
/// libFuzzer's driver.
@_cdecl("fuzz_loaders_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
  var count = argc, arguments = argv
  return runFuzzerDriver(&count, &arguments) { data, size in fuzzLoaders(data, size) }
}
