# fleetwatch_add_test(NAME tst_x SOURCES ... LIBS ... LABEL unit|gui|integration [TIMEOUT s])
# One Qt Test executable per production class; every test runs with QT_QPA_PLATFORM=offscreen.
function(fleetwatch_add_test)
    cmake_parse_arguments(T "" "NAME;LABEL;TIMEOUT" "SOURCES;LIBS" ${ARGN})
    if(NOT T_TIMEOUT)
        set(T_TIMEOUT 120)
    endif()
    qt_add_executable(${T_NAME} ${T_SOURCES})
    target_link_libraries(${T_NAME} PRIVATE Qt6::Test ${T_LIBS})
    target_include_directories(${T_NAME} PRIVATE ${PROJECT_SOURCE_DIR}/tests)
    set_target_properties(${T_NAME} PROPERTIES MACOSX_BUNDLE OFF)
    add_test(NAME ${T_NAME} COMMAND ${T_NAME})
    set_tests_properties(${T_NAME} PROPERTIES
        LABELS "${T_LABEL}"
        TIMEOUT ${T_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;FLEETWATCH_SOURCE_DIR=${PROJECT_SOURCE_DIR};FLEETWATCH_BINARY_DIR=${PROJECT_BINARY_DIR};MOSQUITTO_BROKER=${MOSQUITTO_BROKER}")
endfunction()
