#pragma once

#include "commands/exportoptions.h"

#include <iosfwd>

namespace actlab {

/// `actlab export`: builds the scene from the file and options, then renders it on Qt's offscreen
/// platform (no display needed) through the same path as the window's export. Returns the exit status.
/// The one subcommand that needs the widgets: it is built into the `actlab` executable, not actlab_cli.
int runExport(const ExportOptions& options, std::ostream& out, std::ostream& err);

}  // namespace actlab
