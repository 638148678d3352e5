# `cpack -G DEB` from a Release build: the install rules of cmake/Install.cmake packaged for
# Debian 12. Dependencies come from dpkg-shlibdeps on the installed binary (libsqlite3-0, libfmt9,
# libboost-program-options1.74.0, libsimdjson14, libstdc++6, libc6...): SQLiteCpp is linked
# statically on Debian, so it is not one of them.
set(CPACK_PACKAGE_NAME socready)
set(CPACK_PACKAGE_VENDOR "The socready authors")
set(CPACK_PACKAGE_CONTACT "socready maintainers <socready@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "SOC 1 / SOC 2 readiness from a control inventory")
set(CPACK_PACKAGE_DESCRIPTION
    "socready tells, service by service and quarter by quarter, which SOC report customers need and how ready the company is for each, Type I and Type II, with every number traced to the controls, evidence and tests behind it.")
set(CPACK_RESOURCE_FILE_LICENSE ${PROJECT_SOURCE_DIR}/LICENSE)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_GENERATOR DEB)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
set(CPACK_DEBIAN_PACKAGE_GENERATE_SHLIBS OFF)
include(CPack)
