# Run as a script (cmake -P): writes OUTPUT, a C++ file that holds every migrations/NNNN_*.sql
# as a string, in order, so the binary carries its schema with it.
file(GLOB files "${MIGRATIONS_DIR}/[0-9][0-9][0-9][0-9]_*.sql")
list(SORT files)
set(body "")
foreach(f IN LISTS files)
  get_filename_component(name "${f}" NAME_WE)
  string(SUBSTRING "${name}" 0 4 number)
  math(EXPR version "${number}")
  file(READ "${f}" sql)
  string(FIND "${sql}" ")socready_sql\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "${f} contains the raw string delimiter")
  endif()
  string(APPEND body "    {${version}, \"${name}\", R\"socready_sql(${sql})socready_sql\"},\n")
endforeach()
file(WRITE "${OUTPUT}.tmp"
"// Generated from migrations/*.sql by cmake/EmbedMigrations.cmake. Do not edit.
#include \"store/migrations.hpp\"

namespace socready::store {

const std::vector<Migration>& migrations() {
  static const std::vector<Migration> all = {
${body}  };
  return all;
}

}  // namespace socready::store
")
file(COPY_FILE "${OUTPUT}.tmp" "${OUTPUT}" ONLY_IF_DIFFERENT)
