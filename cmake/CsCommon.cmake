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

# LLVM's linker when the compiler can use it: a test executable with its debug information links in
# about a quarter of the time GNU ld takes, and the test command links more than a hundred of them in
# each of its two builds. Without lld (or with CS_USE_LLD=OFF) the compiler's default linker is used.
option(CS_USE_LLD "Link with lld when the compiler accepts -fuse-ld=lld" ON)
if(CS_USE_LLD)
    include(CheckLinkerFlag)
    check_linker_flag(CXX "-fuse-ld=lld" CS_HAVE_LLD)
    if(CS_HAVE_LLD)
        target_link_options(cs_common INTERFACE -fuse-ld=lld)
    endif()
endif()

# AddressSanitizer + UndefinedBehaviorSanitizer for every target (they all link cs_common): memory
# errors, leaks and undefined behaviour stop the program with a report. Use a build directory of its
# own (CS_BUILD_DIR=build-asan scripts/build.sh -DCS_SANITIZE=ON); scripts/test.sh runs the tests
# under it with the suppression files of tests/sanitizers/.
option(CS_SANITIZE "Build every target with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
if(CS_SANITIZE)
    target_compile_options(cs_common INTERFACE
        -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    target_link_options(cs_common INTERFACE -fsanitize=address,undefined)
endif()

# libFuzzer (clang only): every target gets the coverage instrumentation libFuzzer steers by, and
# tests/fuzz builds a fuzz_<name>_libfuzzer beside each fuzz_<name> (which runs on any compiler with
# the project's own mutation driver). Meant for a developer's long runs, with CS_SANITIZE=ON.
option(CS_LIBFUZZER "Instrument for libFuzzer and build the libFuzzer fuzz targets (clang)" OFF)
if(CS_LIBFUZZER)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "CS_LIBFUZZER needs clang (configure a new build directory with "
                            "-DCMAKE_CXX_COMPILER=clang++), this is ${CMAKE_CXX_COMPILER_ID}")
    endif()
    target_compile_options(cs_common INTERFACE -fsanitize=fuzzer-no-link)
endif()
