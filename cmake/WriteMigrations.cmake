# Script mode: writes OUTPUT, a C++ file defining laoke::db::embeddedMigrations().
file(GLOB migrations ${DIR}/V*.sql)
list(SORT migrations)
set(body "")
foreach(path IN LISTS migrations)
  get_filename_component(file ${path} NAME)
  file(READ ${path} sql)
  # A raw string literal cannot contain its own delimiter; the SQL must not contain )laoke_sql".
  string(APPEND body "        {\"${file}\", R\"laoke_sql(${sql})laoke_sql\"},\n")
endforeach()
file(WRITE ${OUTPUT}.tmp "// Generated from sql/migrations by cmake/WriteMigrations.cmake. Do not edit.\n#include \"db/MigrationRunner.h\"\n\nnamespace laoke::db {\n\nstd::vector<MigrationFile> embeddedMigrations()\n{\n    return {\n${body}    };\n}\n\n}  // namespace laoke::db\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
