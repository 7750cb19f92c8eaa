# What `cmake --install` puts where, and the Debian package CPack makes of it. scripts/lintian.sh builds
# the package and checks it with lintian; the manual page is installed by app/CMakeLists.txt, which
# writes it from the help texts.
include(GNUInstallDirs)

set(ACTLAB_APP_ID org.actlab.ActLab)
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")

# Debian's documentation directory is named after the package (/usr/share/doc/actlab, not the project's
# CMAKE_INSTALL_DOCDIR): the licence as a machine-readable copyright file, and the packaging changelog,
# compressed with gzip -9 and no name or time stamp (-n), so the same text makes the same file.
set(ACTLAB_DEBIAN_DOCDIR "${CMAKE_INSTALL_DATADIR}/doc/actlab")
set(ACTLAB_PACKAGING_DIR "${PROJECT_SOURCE_DIR}/resources/packaging")
install(FILES "${ACTLAB_PACKAGING_DIR}/copyright" DESTINATION "${ACTLAB_DEBIAN_DOCDIR}")
find_program(ACTLAB_GZIP gzip REQUIRED)
set(ACTLAB_CHANGELOG "${PROJECT_BINARY_DIR}/packaging/changelog.Debian")
add_custom_command(
    OUTPUT "${ACTLAB_CHANGELOG}.gz"
    COMMAND "${CMAKE_COMMAND}" -E copy "${ACTLAB_PACKAGING_DIR}/changelog.Debian" "${ACTLAB_CHANGELOG}"
    COMMAND "${ACTLAB_GZIP}" -9nf "${ACTLAB_CHANGELOG}"
    DEPENDS "${ACTLAB_PACKAGING_DIR}/changelog.Debian"
    COMMENT "Compressing the Debian changelog"
    VERBATIM)
add_custom_target(actlab_debian_changelog ALL DEPENDS "${ACTLAB_CHANGELOG}.gz")
install(FILES "${ACTLAB_CHANGELOG}.gz" DESTINATION "${ACTLAB_DEBIAN_DOCDIR}")
# What lintian should not report, each with the reason in the file.
install(FILES "${ACTLAB_PACKAGING_DIR}/lintian-overrides" DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides"
        RENAME actlab)

set(CPACK_PACKAGE_NAME actlab)
set(CPACK_PACKAGE_VENDOR "The ActLab developers")
set(CPACK_PACKAGE_CONTACT "The ActLab developers <actlab@actlab.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
# The extended description under the summary (CPack reads the file; lintian: extended-description-is-empty).
set(CPACK_PACKAGE_DESCRIPTION_FILE "${ACTLAB_PACKAGING_DIR}/description.txt")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://actlab.org")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# The Debian revision: 0.1.0-1 is the first package of upstream 0.1.0, and its changelog is
# changelog.Debian.gz (a version without a revision would make a native package, whose changelog is
# changelog.gz). The latest entry of resources/packaging/changelog.Debian names this version
# (tests/install/tst_install checks it).
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION science)
set(CPACK_DEBIAN_PACKAGE_LICENSE GPL-3+)
# The library dependencies (Qt 6, QCustomPlot, libc) are read off the binary by dpkg-shlibdeps; the
# offscreen and xcb platform plugins and a font are what the window and `actlab export` need at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, fonts-dejavu-core")
# A CJK font for the Chinese UI and figures; Qt's own Chinese strings for standard buttons and dialogs.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-cjk, qt6-translations-l10n")
set(CPACK_STRIP_FILES ON)
include(CPack)
