#include "manpage/manualpage.h"

#include "helptext.h"

#include <algorithm>
#include <cctype>

namespace actlab {

namespace {

/// `text` as troff input text: a backslash, minus, apostrophe and backquote become the escapes that
/// print them as typed (so an option or example copied from the page works), and a line that would start
/// with a control character ('.' or an apostrophe) is guarded with \&.
std::string escaped(std::string_view text)
{
    std::string out;
    bool lineStart = true;
    for (const char c : text) {
        if (lineStart && c == '.') out += "\\&";
        lineStart = (c == '\n');
        switch (c) {
            case '\\':
                out += "\\e";
                break;
            case '-':
                out += "\\-";
                break;
            case '\'':
                out += "\\(aq";
                break;
            case '`':
                out += "\\(ga";
                break;
            default:
                out += c;
        }
    }
    return out;
}

/// Paragraphs separated by an empty line, filled by troff: each blank line becomes a .PP request.
std::string paragraphs(std::string_view text)
{
    std::string out;
    std::size_t begin = 0;
    while (true) {
        const std::size_t end = text.find("\n\n", begin);
        if (begin > 0) out += ".PP\n";
        out += escaped(text.substr(begin, end == std::string_view::npos ? end : end - begin));
        out += '\n';
        if (end == std::string_view::npos) break;
        begin = end + 2;
    }
    return out;
}

/// A usage line in no-fill mode: "actlab NAME" in bold, then the arguments, their continuation lines
/// indented under the first argument as in `actlab --help`.
std::string usageLines(std::string_view name, std::string_view arguments)
{
    std::string out = "\\fBactlab";
    if (!name.empty()) {
        out += ' ';
        out += escaped(name);
    }
    out += "\\fR";
    const std::size_t indent = std::string_view("actlab ").size() + (name.empty() ? 0 : name.size() + 1);
    std::size_t begin = 0;
    while (!arguments.empty()) {
        const std::size_t end = arguments.find('\n', begin);
        out += begin == 0 ? std::string(" ") : std::string(indent, ' ');
        out += escaped(arguments.substr(begin, end == std::string_view::npos ? end : end - begin));
        out += '\n';
        if (end == std::string_view::npos) break;
        begin = end + 1;
    }
    if (arguments.empty()) out += '\n';
    return out;
}

}  // namespace

std::string manualPage(std::string_view version, std::string_view summary)
{
    const ProgramHelp& program = programHelp();
    std::string page =
        ".\\\" Written by actlab_manpage from the help texts in app/helptext.cpp: edit those.\n";
    page += ".TH ACTLAB 1 \"\" \"actlab ";
    page += escaped(version);
    page += "\" \"User Commands\"\n";
    // Options and commands stay whole: no hyphenation, ragged right instead of stretched spaces.
    page += ".nh\n.ad l\n";

    page += ".SH NAME\nactlab \\- ";
    std::string whatis(summary);
    // A whatis entry reads as a phrase after the name: "actlab - explore ...".
    if (!whatis.empty()) whatis.front() = char(std::tolower(static_cast<unsigned char>(whatis.front())));
    page += escaped(whatis);
    page += '\n';

    page += ".SH SYNOPSIS\n.nf\n";
    page += usageLines({}, program.arguments);
    for (const CommandHelp& command : commandHelps()) page += usageLines(command.name, command.arguments);
    page += ".fi\n";

    page += ".SH DESCRIPTION\n";
    page += paragraphs(program.introduction);
    for (const CommandSummary& command : program.commands) {
        page += ".TP\n\\fB";
        page += escaped(command.name);
        page += "\\fR";
        if (!command.arguments.empty()) {
            // The tag is the one line after .TP: the arguments' line breaks become spaces.
            std::string arguments(command.arguments);
            std::replace(arguments.begin(), arguments.end(), '\n', ' ');
            page += ' ';
            page += escaped(arguments);
        }
        page += '\n';
        page += escaped(command.summary);
        page += '\n';
    }
    page += ".PP\n";
    page += paragraphs(program.notes);

    page += ".SH COMMANDS\n";
    for (const CommandHelp& command : commandHelps()) {
        page += ".SS ";
        page += escaped(command.name);
        page += "\n.nf\n";
        page += usageLines(command.name, command.arguments);
        page += ".fi\n.PP\n";
        page += paragraphs(command.description);
        page += ".PP\nExamples:\n.RS\n.nf\n";
        for (const std::string_view example : command.examples) {
            page += escaped(example);
            page += '\n';
        }
        page += ".fi\n.RE\n";
    }

    page += ".SH \"EXIT STATUS\"\n";
    page += paragraphs(program.exitStatus);
    return page;
}

}  // namespace actlab
