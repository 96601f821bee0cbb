# Fails when a user-visible string of core, ui or app has no finished Chinese translation (run by
# CTest). lupdate refreshes a copy of the catalogue from the sources, so a new tr() string that
# nobody translated yet fails here too, not only an entry marked unfinished.
file(MAKE_DIRECTORY "${WORK_DIR}")
set(copy "${WORK_DIR}/check_zh_CN.ts")
configure_file("${TS_FILE}" "${copy}" COPYONLY)
execute_process(
    COMMAND "${LUPDATE}" -silent -no-obsolete -locations none -tr-function-alias tr+=trl "${ROOT}/core" "${ROOT}/ui" "${ROOT}/app" -ts "${copy}"
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${result})")
endif()
file(READ "${copy}" ts)
string(REGEX MATCHALL "type=\"unfinished\"" unfinished "${ts}")
list(LENGTH unfinished count)
string(REGEX MATCHALL "<translation></translation>" empty "${ts}")
list(LENGTH empty empty_count)
if(count GREATER 0 OR empty_count GREATER 0)
    string(REGEX MATCHALL "<source>[^<]*</source>[ \n]*<translation type=\"unfinished\">" missing "${ts}")
    message(FATAL_ERROR "${TS_FILE}: ${count} unfinished and ${empty_count} empty translations "
                        "(update with: cmake --build build --target update_translations)\n${missing}")
endif()
string(REGEX MATCHALL "<message>" messages "${ts}")
list(LENGTH messages total)
message(STATUS "${TS_FILE}: ${total} messages, all translated")
