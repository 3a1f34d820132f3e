# Tagging data compiled at build time: curated names and the keyword
# vocabulary from data/, subdivision names and official languages from
# Debian's unicode-cldr-core.
set(KOLIT_CLDR_DIR /usr/share/unicode/cldr/common CACHE PATH "CLDR common/ directory (unicode-cldr-core)")
set(_tag_inputs
  ${CMAKE_SOURCE_DIR}/data/countries.tsv
  ${CMAKE_SOURCE_DIR}/data/cluster_policy.tsv
  ${KOLIT_CLDR_DIR}/subdivisions/ko.xml
  ${KOLIT_CLDR_DIR}/subdivisions/en.xml
  ${KOLIT_CLDR_DIR}/supplemental/subdivisions.xml
  ${KOLIT_CLDR_DIR}/supplemental/supplementalData.xml)
foreach(f ${_tag_inputs})
  if(NOT EXISTS ${f})
    message(FATAL_ERROR "tagging data: ${f} is missing (install unicode-cldr-core)")
  endif()
endforeach()
add_custom_command(
  OUTPUT ${KOLIT_GEN_DIR}/tag_data.c
  COMMAND ${Python3_EXECUTABLE} ${CMAKE_SOURCE_DIR}/ext/tag/gen_tag_data.py
    --cldr ${KOLIT_CLDR_DIR}
    --countries ${CMAKE_SOURCE_DIR}/data/countries.tsv
    --vocabulary ${CMAKE_SOURCE_DIR}/data/cluster_policy.tsv
    --out ${KOLIT_GEN_DIR}/tag_data.c
  DEPENDS ${CMAKE_SOURCE_DIR}/ext/tag/gen_tag_data.py ${_tag_inputs}
  COMMENT "Generating tagging data (countries, subdivisions, cluster_policy)"
  VERBATIM)
list(APPEND KOLIT_GENERATED_SOURCES ${KOLIT_GEN_DIR}/tag_data.c)
