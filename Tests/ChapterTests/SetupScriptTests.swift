import Foundation
import TestSupport
import Testing

/// scripts/ensure-gnuplot.sh, run with a PATH that holds only stand-ins for `id`, `sudo`, `apt-get` and
/// `gnuplot`: nothing is installed, and the machine's own gnuplot and sudo are out of sight.
@Suite("Setup script ensure-gnuplot.sh", .serialized)
struct SetupScriptTests {
  static let script = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("scripts/ensure-gnuplot.sh")

  /// What the stand-in `apt-get` is expected to be asked, in order.
  static let installCommands = ["apt-get update", "apt-get install -y --no-install-recommends gnuplot-nox"]

  @Test(
    "a user who is not root and has no passwordless sudo is told the package and the command; nothing runs",
    arguments: [StandIns.Sudo.absent, .needsPassword])
  func nonRootWithoutSudo(sudo: StandIns.Sudo) throws {
    let standIns = try StandIns(userID: 1000, sudo: sudo)
    defer { standIns.remove() }
    let outcome = try standIns.runScript()
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("not root"), "\(outcome.standardError)")
    #expect(outcome.standardError.contains("package gnuplot-nox"))
    #expect(outcome.standardError.contains("sudo apt-get install -y --no-install-recommends gnuplot-nox"))
    #expect(try standIns.commandLog().allSatisfy { !$0.hasPrefix("apt-get") }, "apt-get must not run")
  }

  @Test("as root it says what it does and runs apt-get update, then the install of gnuplot-nox")
  func rootInstalls() throws {
    let standIns = try StandIns(userID: 0, sudo: .absent)
    defer { standIns.remove() }
    let outcome = try standIns.runScript()
    #expect(outcome.status == 0, "\(outcome.standardError)")
    #expect(try standIns.commandLog() == Self.installCommands)
    #expect(outcome.standardOutput.contains("installing gnuplot-nox"), "\(outcome.standardOutput)")
    for command in Self.installCommands {
      #expect(outcome.standardOutput.contains("+ \(command)"), "\(outcome.standardOutput)")
    }
    #expect(outcome.standardOutput.contains("Installed \(StandIns.gnuplotVersion)."))
  }

  @Test("a user with passwordless sudo installs through sudo")
  func sudoInstalls() throws {
    let standIns = try StandIns(userID: 1000, sudo: .passwordless)
    defer { standIns.remove() }
    let outcome = try standIns.runScript()
    #expect(outcome.status == 0, "\(outcome.standardError)")
    let expected = Self.installCommands.flatMap { ["sudo \($0)", $0] }
    #expect(try standIns.commandLog() == expected)
  }

  @Test("as root, an install that leaves gnuplot missing is an error, not a success")
  func installWithoutGnuplotFails() throws {
    let standIns = try StandIns(userID: 0, sudo: .absent, aptInstallsGnuplot: false)
    defer { standIns.remove() }
    let outcome = try standIns.runScript()
    #expect(outcome.status == 1)
    #expect(outcome.standardError.contains("still not on PATH"), "\(outcome.standardError)")
  }

  @Test("with gnuplot already on PATH it does nothing and succeeds")
  func alreadyInstalled() throws {
    let standIns = try StandIns(userID: 1000, sudo: .absent)
    try standIns.write("gnuplot", "echo \(StandIns.gnuplotVersion)")
    defer { standIns.remove() }
    let outcome = try standIns.runScript()
    #expect(outcome.status == 0 && outcome.standardOutput.isEmpty && outcome.standardError.isEmpty)
    #expect(try standIns.commandLog().isEmpty)
  }
}

/// A temporary folder of executable stand-ins that becomes the script's whole PATH. Each stand-in that
/// is asked to do something appends its command line to commands.log.
struct StandIns {
  enum Sudo: Sendable { case absent, needsPassword, passwordless }

  static let gnuplotVersion = "gnuplot 5.4 patchlevel 0"
  let directory: URL
  var log: URL { directory.appendingPathComponent("commands.log") }

  init(userID: Int, sudo: Sudo, aptInstallsGnuplot: Bool = true) throws {
    directory = try ChapterProcess.temporaryDirectory("ensure-gnuplot")
    try write("id", "echo \(userID)")
    // Only bash builtins and absolute paths: PATH holds nothing but this folder.
    let installGnuplot = """
      printf '#!/bin/bash\\necho \(Self.gnuplotVersion)\\n' > '\(directory.path)/gnuplot'
      /bin/chmod +x '\(directory.path)/gnuplot'
      """
    try write(
      "apt-get", """
      echo "apt-get $*" >> '\(log.path)'
      if [ "$1" = install ]; then \(aptInstallsGnuplot ? installGnuplot : ":"); fi
      """)
    switch sudo {
    case .absent: break
    case .needsPassword: try write("sudo", "echo 'sudo: a password is required' >&2; exit 1")
    case .passwordless:
      try write("sudo", """
        if [ "$1" = -n ]; then shift; fi
        if [ "$*" = true ]; then exit 0; fi
        echo "sudo $*" >> '\(log.path)'
        exec "$@"
        """)
    }
  }

  /// Writes an executable bash script `name` with `body`.
  func write(_ name: String, _ body: String) throws {
    let url = directory.appendingPathComponent(name)
    try "#!/bin/bash\n\(body)\n".write(to: url, atomically: true, encoding: .utf8)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.path)
  }

  /// Runs the script with this folder as its whole PATH.
  func runScript() throws -> ChapterProcess.Outcome {
    try ChapterProcess.run(
      executable: URL(fileURLWithPath: "/bin/bash"), [SetupScriptTests.script.path],
      environment: ["PATH": directory.path])
  }

  /// Deletes the folder.
  func remove() { try? FileManager.default.removeItem(at: directory) }

  /// The command lines the stand-ins were asked to run, in order.
  func commandLog() throws -> [String] {
    guard FileManager.default.fileExists(atPath: log.path) else { return [] }
    return try String(contentsOf: log, encoding: .utf8).split(separator: "\n").map(String.init)
  }
}
