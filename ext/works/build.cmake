# The matcher's table of Korean family names and their romanizations,
# compiled from data/korean_surnames.tsv.
add_custom_command(
  OUTPUT ${KOLIT_GEN_DIR}/korean_surnames.c
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/ext/works/gen_surnames.py
    ${CMAKE_SOURCE_DIR}/data/korean_surnames.tsv ${KOLIT_GEN_DIR}/korean_surnames.c
  DEPENDS ${CMAKE_SOURCE_DIR}/ext/works/gen_surnames.py ${CMAKE_SOURCE_DIR}/data/korean_surnames.tsv
  COMMENT "Generating the table of Korean family names"
  VERBATIM)
list(APPEND KOLIT_GENERATED_SOURCES ${KOLIT_GEN_DIR}/korean_surnames.c)
