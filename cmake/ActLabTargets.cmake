# Per-target settings shared by every ActLab target; no global flags.

# Compiler warnings on every target; errors in CI.
function(actlab_set_warnings target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion
                                             -Wno-sign-conversion -Wnon-virtual-dtor)
    if(ACTLAB_WARNINGS_AS_ERRORS)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# The Qt safety defines every Qt-using target carries.
function(actlab_use_qt_defines target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_FOREACH
        QT_DISABLE_DEPRECATED_BEFORE=0x060000)
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
