// actlab_manpage OUTPUT VERSION SUMMARY: writes the manual page actlab.1 from the help texts. Run by the
// build (app/CMakeLists.txt), so the installed page always says what `actlab --help` says.

#include "manpage/manualpage.h"

#include <cstdio>
#include <fstream>
#include <iostream>

int main(int argc, char* argv[])
{
    if (argc != 4) {
        std::cerr << "usage: actlab_manpage OUTPUT VERSION SUMMARY\n";
        return 2;
    }
    const std::string page = actlab::manualPage(argv[2], argv[3]);
    std::ofstream out(argv[1], std::ios::binary | std::ios::trunc);
    out << page;
    out.close();
    if (!out) {
        std::cerr << "actlab_manpage: cannot write " << argv[1] << '\n';
        std::remove(argv[1]);
        return 1;
    }
    return 0;
}
