import ArgumentParser
import BylineCore
import Foundation

/// `byline manual`: the man page `byline.1`, in roff, from the same definitions as `--help`.
///
/// Commands and options come from swift-argument-parser's JSON description of
/// the command tree (what `--experimental-dump-help` prints), the key table
/// from ``KeyMap/standard`` and the configuration options from
/// ``ConfigOption/all``, so the manual cannot drift from the program.
struct ManualCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "manual",
    abstract: "Print the man page (roff) for byline.",
    discussion: "Scripts/install.sh installs it as PREFIX/share/man/man1/byline.1; "
      + "read it with `byline manual > byline.1 && man -l byline.1`.")

  @Option(name: .long, help: ArgumentHelp("Write to this file.", valueName: "path"))
  var output: String?

  func run() throws {
    let page: String
    do {
      let tree = try JSONDecoder().decode(
        HelpDump.self, from: Data(Byline._dumpHelp().utf8))
      page = ManualPage(command: tree.command, version: Byline.version).render()
    } catch {
      throw CommandFailure.message("Cannot describe the commands: \(error)")
    }
    if let output {
      do {
        try Data(page.utf8).write(to: URL(fileURLWithPath: output), options: .atomic)
      } catch {
        throw CommandFailure.message("Cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      FileHandle.standardOutput.write(Data(page.utf8))
    }
  }
}

/// The subset of argument-parser's help dump (ToolInfo v0) the manual uses.
struct HelpDump: Decodable {
  struct Name: Decodable {
    var kind: String
    var name: String
  }
  struct Argument: Decodable {
    var kind: String
    var names: [Name]?
    var valueName: String?
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var isOptional: Bool?
  }
  struct Command: Decodable {
    var commandName: String
    var abstract: String?
    var discussion: String?
    var shouldDisplay: Bool?
    var arguments: [Argument]?
    var subcommands: [Command]?
  }
  var command: Command
}

/// Renders the man page.
struct ManualPage {
  let command: HelpDump.Command
  let version: String

  func render() -> String {
    var page: [String] = [
      ".TH BYLINE 1 \"\" \"byline \(version)\" \"User Commands\"",
      ".SH NAME",
      "byline \\- " + Self.escape(command.abstract ?? ""),
      ".SH SYNOPSIS",
      ".B byline",
      "[\\fIcommand\\fR] [\\fIoptions\\fR]",
      ".SH DESCRIPTION",
    ]
    page += Self.paragraphs(command.discussion ?? "")
    page += [".SH COMMANDS"]
    for sub in command.subcommands ?? []
    where sub.shouldDisplay != false && sub.commandName != "help" {
      page += subcommand(sub)
    }
    page += keys() + configuration() + files()
    return page.joined(separator: "\n") + "\n"
  }

  private func subcommand(_ sub: HelpDump.Command) -> [String] {
    let arguments = (sub.arguments ?? []).filter {
      $0.shouldDisplay != false
        && !($0.names ?? []).contains { ["help", "version"].contains($0.name) }
    }
    var synopsis = "byline \(sub.commandName)"
    for argument in arguments where argument.kind == "positional" {
      synopsis += " <\(argument.valueName ?? "value")>"
    }
    if arguments.contains(where: { $0.kind != "positional" }) { synopsis += " [options]" }
    var lines = [".SS \"\(Self.escape(synopsis))\""]
    lines += Self.paragraphs(sub.abstract ?? "")
    if let discussion = sub.discussion, !discussion.isEmpty {
      lines += [".PP"] + Self.paragraphs(discussion)
    }
    for argument in arguments {
      lines.append(".TP")
      lines.append("\\fB" + Self.escape(Self.label(argument)) + "\\fR")
      var text = argument.abstract ?? ""
      if let more = argument.discussion, !more.isEmpty { text += " " + more }
      lines.append(Self.escape(text))
    }
    return lines
  }

  private func keys() -> [String] {
    var lines = [
      ".SH KEYS",
      "The reader's keys; remap them in the [keys] table of the configuration file,",
      "using the names in brackets.",
    ]
    let sections: [(String, KeyContext)] = [
      ("In the list", .list), ("In the reader", .reader), ("In the entity panel", .panel),
      ("Everywhere", .everywhere),
    ]
    for (title, context) in sections {
      lines.append(".SS \"\(title)\"")
      for binding in KeyMap.standard.bindings where binding.context == context {
        lines.append(".TP")
        let names = binding.keys.map { "\\fB" + Self.escape(KeyName.of($0)) + "\\fR" }
        lines.append(names.joined(separator: ", "))
        lines.append(Self.escape("\(binding.help) [\(binding.action.name)]"))
      }
    }
    return lines
  }

  private func configuration() -> [String] {
    var lines = [
      ".SH CONFIGURATION",
      Self.escape(
        "$XDG_CONFIG_HOME/byline/config.toml (else ~/.config/byline/config.toml), in TOML. "
          + "Unknown keys and bad values are reported with the file, line and key, and keep "
          + "their defaults; byline still starts."),
    ]
    for option in ConfigOption.all {
      lines.append(".TP")
      lines.append(
        "\\fB" + Self.escape(option.name) + "\\fR (default " + Self.escape(option.defaultValue)
          + ")")
      lines.append(Self.escape(option.summary))
    }
    lines += [
      ".TP",
      "\\fB[keys]\\fR",
      Self.escape(
        "One line per action to remap, such as next-article = [\"J\", \"Ctrl-N\"] or "
          + "quit = \"x\": the action gets exactly these keys. A key already taken in the same "
          + "place is a conflict: that line is reported and the action keeps its keys."),
    ]
    return lines
  }

  private func files() -> [String] {
    [
      ".SH ENVIRONMENT",
      ".TP", "\\fBBYLINE_STORE\\fR", "The store directory when \\-\\-store is not given.",
      ".TP", "\\fBBROWSER\\fR",
      Self.escape(
        "Programs to open links with (the o key, byline show --open), separated by colons; "
          + "%s is replaced by the URL, otherwise the URL is the last argument. Default xdg-open."),
      ".TP", "\\fBNO_COLOR\\fR", "When set, no colours (the monochrome theme).",
      ".TP", "\\fBXDG_CONFIG_HOME\\fR, \\fBXDG_DATA_HOME\\fR",
      "Where the configuration file and the default store are.",
      ".SH FILES",
      ".TP", "\\fI~/.config/byline/config.toml\\fR", "The configuration file.",
      ".TP", "\\fI~/.local/share/byline\\fR", "The default article store.",
      ".SH SEE ALSO",
      "Completion scripts: \\fBbyline \\-\\-generate\\-completion\\-script bash|zsh|fish\\fR.",
    ]
  }

  /// `--store <dir>`, `-h, --help` or `<id>` for an argument.
  static func label(_ argument: HelpDump.Argument) -> String {
    let names = (argument.names ?? []).map { name in
      name.kind == "short" ? "-" + name.name : "--" + name.name
    }
    switch argument.kind {
    case "positional": return "<\(argument.valueName ?? "value")>"
    case "option": return names.joined(separator: ", ") + " <\(argument.valueName ?? "value")>"
    default: return names.joined(separator: ", ")
    }
  }

  /// Text as roff paragraphs: blank lines separate them.
  static func paragraphs(_ text: String) -> [String] {
    text.components(separatedBy: "\n\n").map {
      escape($0.replacingOccurrences(of: "\n", with: " "))
    }
    .filter { !$0.isEmpty }.joined(separator: "\n.PP\n").components(separatedBy: "\n")
  }

  /// `text` safe inside a roff line: backslashes, hyphens, and a leading `.` or `'`.
  static func escape(_ text: String) -> String {
    var out = text.replacingOccurrences(of: "\\", with: "\\e")
      .replacingOccurrences(of: "-", with: "\\-")
    if out.hasPrefix(".") || out.hasPrefix("'") { out = "\\&" + out }
    return out
  }
}
