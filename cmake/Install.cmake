# What `cmake --install` puts where (FHS, under CMAKE_INSTALL_PREFIX): the binary and the
# licence. The Debian package is made from the same install rules (cmake/Package.cmake).
include(GNUInstallDirs)

install(TARGETS socready RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
# Debian's place for the licence of a package is /usr/share/doc/PACKAGE/copyright.
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME copyright)
install(FILES ${PROJECT_SOURCE_DIR}/NOTICE ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
