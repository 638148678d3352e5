# Warnings and sanitizers live on an interface target that our own targets link, never in
# global flags, so third-party code is compiled as its packagers intended.
add_library(socready_options INTERFACE)
target_compile_options(socready_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wconversion -Wsign-conversion
  -Wdouble-promotion -Wformat=2 -Wimplicit-fallthrough)
if(SOCREADY_WERROR)
  target_compile_options(socready_options INTERFACE -Werror)
endif()
if(SOCREADY_SANITIZE)
  target_compile_options(socready_options INTERFACE
    -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
  target_link_options(socready_options INTERFACE -fsanitize=address,undefined)
  # Every test is a process, and end-to-end tests start the binary many times: each start of a
  # sanitized executable relocated millions of pointers (the sanitizers' data on every check
  # and global), half its start-up time. A non-PIE executable needs no relocation at load.
  # GCC only: the fuzzers are built with clang.
  if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    target_link_options(socready_options INTERFACE -no-pie)
  endif()
endif()
