# Build-time lexicon: gen_lexicon.py compiles hunspell-ko, libhangul-data and
# data/korean_*.txt into static C tables (generated/korean_lexicon.c), so the
# built extension needs no data files at run time.
set(KOLIT_KO_DIC /usr/share/hunspell/ko.dic CACHE FILEPATH "hunspell-ko dictionary")
set(KOLIT_KO_AFF /usr/share/hunspell/ko.aff CACHE FILEPATH "hunspell-ko affix rules")
set(KOLIT_HANJA_TXT /usr/share/libhangul/hanja/hanja.txt CACHE FILEPATH "libhangul hanja table")
foreach(f ${KOLIT_KO_DIC} ${KOLIT_KO_AFF} ${KOLIT_HANJA_TXT})
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "${f} is missing: install hunspell-ko and libhangul-data (bash run.sh build)")
  endif()
endforeach()
file(GLOB KOLIT_KOREAN_DATA ${CMAKE_SOURCE_DIR}/data/korean_*.txt)
add_custom_command(
  OUTPUT ${KOLIT_GEN_DIR}/korean_lexicon.c
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/ext/korean/gen_lexicon.py
          ${KOLIT_KO_DIC} ${KOLIT_KO_AFF} ${KOLIT_HANJA_TXT} ${CMAKE_SOURCE_DIR}/data
          ${KOLIT_GEN_DIR}/korean_lexicon.c
  DEPENDS ${CMAKE_SOURCE_DIR}/ext/korean/gen_lexicon.py ${KOLIT_KOREAN_DATA}
  COMMENT "Generating the Korean lexicon"
  VERBATIM)
list(APPEND KOLIT_GENERATED_SOURCES ${KOLIT_GEN_DIR}/korean_lexicon.c)
