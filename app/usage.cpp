// The help texts as `actlab --help` prints them (declared in commandline.h), laid out from helptext.h's
// parts: usage lines continued under their first argument, summaries indented under their command.
#include "commandline.h"
#include "helptext.h"

namespace actlab {

namespace {

/// Appends `text` line by line: the first line as it is, every further line after `indent` spaces.
void appendIndented(std::string& out, std::string_view text, std::size_t indent)
{
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = text.find('\n', begin);
        if (begin > 0) out.append(indent, ' ');
        out += text.substr(begin, end == std::string_view::npos ? end : end - begin + 1);
        if (end == std::string_view::npos) break;
        begin = end + 1;
    }
}

std::string commandUsage(const CommandHelp& help)
{
    std::string out = "Usage: actlab ";
    out += help.name;
    out += ' ';
    // Continuation lines start under the first argument.
    appendIndented(out, help.arguments, out.size());
    out += "\n\n";
    out += help.description;
    out += "\n\nExamples:\n";
    for (const std::string_view example : help.examples) {
        out += "  ";
        out += example;
        out += '\n';
    }
    return out;
}

std::string programUsage()
{
    const ProgramHelp& help = programHelp();
    std::string out = "Usage: actlab ";
    out += help.arguments;
    out += "\n\n";
    out += help.introduction;
    out += "\n\n";
    for (const CommandSummary& command : help.commands) {
        out += "  ";
        out += command.name;
        if (!command.arguments.empty()) {
            out += ' ';
            appendIndented(out, command.arguments, 2 + command.name.size() + 1);
        }
        out += "\n      ";
        appendIndented(out, command.summary, 6);
        out += '\n';
    }
    out += '\n';
    out += help.notes;
    out += "\n\nExit status: ";
    out += help.exitStatus;
    out += '\n';
    return out;
}

}  // namespace

std::string usage(std::string_view topic)
{
    if (topic.empty()) return programUsage();
    for (const CommandHelp& help : commandHelps()) {
        if (help.name == topic) return commandUsage(help);
    }
    return {};
}

}  // namespace actlab
