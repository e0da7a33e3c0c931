import Foundation

/// Why a chapter could not write its outputs.
public struct NotebookError: Error, CustomStringConvertible {
  public let description: String

  public init(_ description: String) {
    self.description = description
  }

}

/// One line describing `error`: Foundation's file errors name the POSIX reason and the path; every other
/// error describes itself.
public func readableDescription(of error: Error) -> String {
  guard let cocoa = error as? CocoaError else { return String(describing: error) }
  var reason = cocoa.localizedDescription
  if let underlying = cocoa.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
    reason = String(cString: strerror(Int32(underlying.code)))
  }
  if let path = cocoa.userInfo[NSFilePathErrorKey] as? String { reason += " (\(path))" }
  return reason
}
