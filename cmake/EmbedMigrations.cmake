# Compiles sql/migrations/V*.sql into the server binary, so an installed laoke-server always
# carries exactly the migrations it was built with. The file list is read at configure
# time (CONFIGURE_DEPENDS re-runs it when a migration is added).

function(laoke_embed_migrations dir output)
  file(GLOB migrations CONFIGURE_DEPENDS ${dir}/V*.sql)
  list(SORT migrations)
  add_custom_command(
    OUTPUT ${output}
    COMMAND ${CMAKE_COMMAND} -DDIR=${dir} -DOUTPUT=${output} -P ${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake
    DEPENDS ${migrations} ${PROJECT_SOURCE_DIR}/cmake/WriteMigrations.cmake
    COMMENT "Embedding SQL migrations")
endfunction()
