# Tests that load the built extension:
#   sql.<name>    tests/sql/<name>.sql run in the sqlite3 shell, output (stdout and
#                 stderr) compared with tests/sql/<name>.out exactly
#   docs.<name>   every ```sql block of docs/<name>.md executed, output compared
#                 with the ```output block under it
#   python / tcl  loading and querying from Debian's python3 and from Tcl
# Under KOLIT_SANITIZE the host programs get the ASan runtime preloaded.
set(KOLIT_EXT $<TARGET_FILE_DIR:kolit>/kolit)
set(KOLIT_TEST_ENV "KOLIT_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
# KOLIT_WRAP (valgrind, see tests/CMakeLists.txt) prefixes the host program.
string(REPLACE ";" " " KOLIT_WRAP_STRING "${KOLIT_WRAP}")
list(APPEND KOLIT_TEST_ENV "KOLIT_WRAP=${KOLIT_WRAP_STRING}")
if(KOLIT_SANITIZE)
  execute_process(COMMAND ${CMAKE_C_COMPILER} -print-file-name=libasan.so
    OUTPUT_VARIABLE KOLIT_LIBASAN OUTPUT_STRIP_TRAILING_WHITESPACE)
  # KOLIT_PRELOAD goes to LD_PRELOAD of the host program only (sqlite3,
  # python3, tclsh), not of the scripts that drive it.
  list(APPEND KOLIT_TEST_ENV "KOLIT_PRELOAD=${KOLIT_LIBASAN}"
    "ASAN_OPTIONS=detect_leaks=1:abort_on_error=0:exitcode=23"
    "LSAN_OPTIONS=suppressions=${CMAKE_CURRENT_SOURCE_DIR}/lsan.supp:print_suppressions=0"
    "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
endif()

file(GLOB KOLIT_SQL_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/sql/*.sql)
foreach(sql ${KOLIT_SQL_TESTS})
  get_filename_component(name ${sql} NAME_WE)
  add_test(NAME sql.${name} COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/run_sql.sh ${KOLIT_EXT} ${sql}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(sql.${name} PROPERTIES ENVIRONMENT "${KOLIT_TEST_ENV}")
endforeach()

file(GLOB KOLIT_DOCS CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/docs/*.md ${CMAKE_SOURCE_DIR}/README.md)
foreach(md ${KOLIT_DOCS})
  get_filename_component(name ${md} NAME_WE)
  add_test(NAME docs.${name} COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/run_docs.py ${KOLIT_EXT} ${md}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  set_tests_properties(docs.${name} PROPERTIES ENVIRONMENT "${KOLIT_TEST_ENV}")
endforeach()

file(GLOB KOLIT_BINDING_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/bindings/test_*)
foreach(t ${KOLIT_BINDING_TESTS})
  get_filename_component(name ${t} NAME)
  if(name MATCHES "\\.py$")
    set(cmd bash ${CMAKE_CURRENT_SOURCE_DIR}/preload.sh /usr/bin/python3 ${t} ${KOLIT_EXT})
  elseif(name MATCHES "\\.tcl$")
    set(cmd bash ${CMAKE_CURRENT_SOURCE_DIR}/preload.sh tclsh ${t} ${KOLIT_EXT})
  else()
    continue()
  endif()
  add_test(NAME bindings.${name} COMMAND ${cmd} WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  # python3 and tclsh keep allocations until exit: leak checking is left to
  # the sqlite3 shell runs and the unit tests, the rest of ASan stays on.
  string(REPLACE "detect_leaks=1" "detect_leaks=0" env "${KOLIT_TEST_ENV}")
  set_tests_properties(bindings.${name} PROPERTIES ENVIRONMENT "${env}")
endforeach()

# report.<name>: tests/report/test_*.py, the text report's alignment and the
# HTML report (rendered by headless Chromium), given the extension and the build folder.
file(GLOB KOLIT_REPORT_TESTS CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/report/test_*.py)
foreach(t ${KOLIT_REPORT_TESTS})
  get_filename_component(name ${t} NAME_WE)
  add_test(NAME report.${name} COMMAND /usr/bin/python3 ${t} ${KOLIT_EXT} ${CMAKE_BINARY_DIR}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  # 77: chromium or python3-pil is missing (bash run.sh test installs them)
  set_tests_properties(report.${name} PROPERTIES ENVIRONMENT "${KOLIT_TEST_ENV}" SKIP_RETURN_CODE 77)
endforeach()
# Node 20 + better-sqlite3 (tests/npm, installed by bash run.sh test with npm ci):
# kolit on the SQLite that better-sqlite3 bundles. Not under valgrind (too slow).
find_program(KOLIT_NODE node)
if(KOLIT_NODE AND NOT KOLIT_VALGRIND)
  add_test(NAME bindings.test_node.mjs
    COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/preload.sh ${KOLIT_NODE} ${CMAKE_CURRENT_SOURCE_DIR}/npm/test_node.mjs ${KOLIT_EXT}
    WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
  string(REPLACE "detect_leaks=1" "detect_leaks=0" env "${KOLIT_TEST_ENV}")
  set_tests_properties(bindings.test_node.mjs PROPERTIES ENVIRONMENT "${env}")
endif()

# cmake --install into a temporary prefix, then every client loads kolit by
# name from a directory of its own (tests/install/test_install.sh; needs root).
add_test(NAME install.clients COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/install/test_install.sh ${CMAKE_BINARY_DIR}
  WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})
string(REPLACE "detect_leaks=1" "detect_leaks=0" env "${KOLIT_TEST_ENV}")
set_tests_properties(install.clients PROPERTIES ENVIRONMENT "${env}" RUN_SERIAL TRUE)
