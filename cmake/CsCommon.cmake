# One interface target carries the language standard, the warnings and the Qt defines.
# Every target of the project links it; nothing is set globally.
add_library(cs_common INTERFACE)
target_compile_features(cs_common INTERFACE cxx_std_20)

target_compile_options(cs_common INTERFACE
    -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Woverloaded-virtual
    $<$<BOOL:${CS_WERROR}>:-Werror>)
target_compile_definitions(cs_common INTERFACE
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    CS_VERSION_STRING="${PROJECT_VERSION}")
