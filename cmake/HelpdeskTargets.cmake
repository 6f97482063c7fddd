# helpdesk_add_layer(NAME <name> SOURCES ... DEPENDS ...): a static library for one src/ folder, with
# includes written from src/ ("core/Ticket.h") and only the dependencies its layer may use.
function(helpdesk_add_layer)
    cmake_parse_arguments(ARG "" "NAME" "SOURCES;DEPENDS" ${ARGN})
    add_library(helpdesk_${ARG_NAME} STATIC ${ARG_SOURCES})
    target_include_directories(helpdesk_${ARG_NAME} PUBLIC ${PROJECT_SOURCE_DIR}/src)
    target_link_libraries(helpdesk_${ARG_NAME} PUBLIC ${ARG_DEPENDS} PRIVATE helpdesk_warnings)
    add_library(helpdesk::${ARG_NAME} ALIAS helpdesk_${ARG_NAME})
endfunction()

# helpdesk_add_test(NAME <name> SOURCES ... DEPENDS ... LABEL unit|integration|ui [FIXTURES ...]):
# one GoogleTest executable; each TEST becomes a CTest test carrying the label.
function(helpdesk_add_test)
    cmake_parse_arguments(ARG "" "NAME;LABEL;TIMEOUT" "SOURCES;DEPENDS;FIXTURES" ${ARGN})
    add_executable(${ARG_NAME} ${ARG_SOURCES})
    target_link_libraries(${ARG_NAME} PRIVATE ${ARG_DEPENDS} GTest::gtest GTest::gmock helpdesk_warnings)
    target_include_directories(${ARG_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/src ${PROJECT_SOURCE_DIR}/tests)
    if(NOT ARG_TIMEOUT)
        set(ARG_TIMEOUT 120)
    endif()
    set(properties LABELS ${ARG_LABEL} TIMEOUT ${ARG_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen"
        # One entry per property: gtest_discover_tests (CMake 3.25) keeps only the first item of a list.
        ENVIRONMENT_MODIFICATION "HELPDESK_SOURCE_DIR=set:${PROJECT_SOURCE_DIR}")
    if(ARG_FIXTURES)
        list(APPEND properties FIXTURES_REQUIRED "${ARG_FIXTURES}")
    endif()
    gtest_discover_tests(${ARG_NAME} DISCOVERY_MODE PRE_TEST DISCOVERY_TIMEOUT 60 PROPERTIES ${properties})
endfunction()
