# Fails when the Chinese translation lacks a string: runs lupdate over the desktop-client
# sources into a copy of laoke_zh_CN.ts (so strings added since the last lupdate count too)
# and looks for entries still marked unfinished.
#   cmake -DLUPDATE=... -DSOURCE_DIR=<desktop-client> -DTS_FILE=<laoke_zh_CN.ts> -DWORK_DIR=... -P this
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/laoke_zh_CN.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -no-obsolete -locations none -extensions cpp,h "${SOURCE_DIR}" -ts "${copy}"
  RESULT_VARIABLE result OUTPUT_QUIET ERROR_QUIET)
if(NOT result EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${copy}" content)
# Entities are decoded for the report, and no ';' may remain: it would split the list below.
string(REPLACE "&quot;" "\"" content "${content}")
string(REPLACE "&apos;" "'" content "${content}")
string(REPLACE "&amp;" "&" content "${content}")
string(REPLACE ";" "," content "${content}")
string(REGEX MATCHALL "<source>[^<]*</source>[^<]*<translation type=\"unfinished\"" unfinished "${content}")
list(LENGTH unfinished count)
if(count GREATER 0)
  string(REGEX REPLACE "[ \n]*<translation type=\"unfinished\"" "" unfinished "${unfinished}")
  string(REPLACE ";" "\n" unfinished "${unfinished}")
  message(FATAL_ERROR "${count} string(s) have no Chinese translation; run the laoke_client_ui_lupdate "
                      "target and translate them in ${TS_FILE}:\n${unfinished}")
endif()
message(STATUS "every desktop-client string has a Chinese translation")
