# What `cmake --install` puts where, and the Debian package CPack makes of it.
include(GNUInstallDirs)

set(ACTLAB_APP_ID org.actlab.ActLab)
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.desktop"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.svg"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps")
install(FILES "${PROJECT_SOURCE_DIR}/resources/${ACTLAB_APP_ID}.metainfo.xml"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
install(FILES "${PROJECT_SOURCE_DIR}/LICENSE" DESTINATION "${CMAKE_INSTALL_DOCDIR}" RENAME copyright)

set(CPACK_PACKAGE_NAME actlab)
set(CPACK_PACKAGE_VENDOR "The ActLab developers")
set(CPACK_PACKAGE_CONTACT "The ActLab developers <actlab@actlab.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://actlab.org")
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
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
