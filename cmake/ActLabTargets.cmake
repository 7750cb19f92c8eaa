# Per-target settings shared by every ActLab target; no global flags.

option(ACTLAB_SANITIZE "Build every ActLab target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(ACTLAB_FUZZ "Add the libFuzzer targets in fuzz/ (clang only; bench/fuzz.sh builds and runs them)" OFF)

if(ACTLAB_FUZZ AND NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "ACTLAB_FUZZ needs clang for libFuzzer: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

# The sanitizers, on one target, when ACTLAB_SANITIZE or ACTLAB_FUZZ is on. Any finding stops the
# program (-fno-sanitize-recover), so a test cannot pass with undefined behaviour logged on the way.
# float-cast-overflow (a double beyond int's range cast to int) is part of clang's "undefined" but not
# GCC's; user numbers from scene files and spin boxes reach such casts, so both compilers check it.
# The link flags are PUBLIC because a static library is never linked itself: its executables need the
# runtime. A fuzz build also instruments every library for libFuzzer's coverage feedback. Every
# executable carries the LeakSanitizer suppressions for Debian's own leaks (see the file).
set(ACTLAB_LSAN_SUPPRESSIONS "${CMAKE_CURRENT_LIST_DIR}/sanitizers/lsansuppressions.cpp")
function(actlab_use_sanitizers target)
    if(NOT ACTLAB_SANITIZE AND NOT ACTLAB_FUZZ)
        return()
    endif()
    set(flags -fsanitize=address,undefined,float-cast-overflow -fno-sanitize-recover=all
              -fno-omit-frame-pointer)
    target_compile_options(${target} PRIVATE ${flags})
    target_link_options(${target} PUBLIC ${flags})
    if(ACTLAB_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link)
    endif()
    get_target_property(type ${target} TYPE)
    if(type STREQUAL "EXECUTABLE")
        target_sources(${target} PRIVATE "${ACTLAB_LSAN_SUPPRESSIONS}")
    endif()
endfunction()

# Compiler warnings on every target; errors in CI. Every target comes through here, so the sanitizers
# are switched on here too.
function(actlab_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion -Wnon-virtual-dtor)
    if(ACTLAB_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
    actlab_use_sanitizers(${target})
endfunction()

# The Qt safety defines every Qt-using target carries.
function(actlab_use_qt_defines target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060000)
endfunction()

# Links `target` with --no-as-needed (GCC on Debian links --as-needed by default; clang and sanitizer
# builds do not), so its NEEDED entries name every shared library its link line brings in, not only
# those the linker kept. tests/cli/tst_clidependencies runs ldd on such targets to prove that the
# headless command line brings in no GUI library, whatever the compiler.
function(actlab_keep_needed_libraries target)
    target_link_options(${target} PRIVATE "LINKER:--no-as-needed")
endfunction()

# actlab_add_test(NAME SOURCES ... [LIBRARIES ...] [WIDGETS])
# One Qt Test executable, registered with CTest. WIDGETS tests run on the offscreen platform.
function(actlab_add_test name)
    cmake_parse_arguments(ARG "WIDGETS" "" "SOURCES;LIBRARIES;DEFINITIONS" ${ARGN})
    qt_add_executable(${name} ${ARG_SOURCES})
    set_target_properties(${name} PROPERTIES MACOSX_BUNDLE OFF WIN32_EXECUTABLE OFF)
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE ${ARG_DEFINITIONS})
    actlab_set_warnings(${name})
    actlab_use_qt_defines(${name})
    add_test(NAME ${name} COMMAND ${name})
    if(ARG_WIDGETS)
        set_tests_properties(${name} PROPERTIES ENVIRONMENT "QT_QPA_PLATFORM=offscreen")
    endif()
endfunction()
