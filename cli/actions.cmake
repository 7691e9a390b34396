# SPDX-License-Identifier: GPL-2.0-or-later
# modrescuectl's action commands: they call the privileged helper through the
# generated proxy (ModRescue::HelperClient). Included by cli/CMakeLists.txt.
find_package(Qt6 6.4 REQUIRED COMPONENTS DBus)
find_package(PkgConfig REQUIRED)
pkg_check_modules(LIBKMOD REQUIRED IMPORTED_TARGET libkmod)
target_sources(modrescuectl PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/ForceCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/HelperSession.cpp ${CMAKE_CURRENT_LIST_DIR}/HelperSession.h
    ${CMAKE_CURRENT_LIST_DIR}/LoadCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ModuleFile.cpp ${CMAKE_CURRENT_LIST_DIR}/ModuleFile.h
    ${CMAKE_CURRENT_LIST_DIR}/PolkitTextAgent.cpp ${CMAKE_CURRENT_LIST_DIR}/PolkitTextAgent.h
    ${CMAKE_CURRENT_LIST_DIR}/ReloadCommand.cpp
    ${CMAKE_CURRENT_LIST_DIR}/UnloadCommand.cpp)
target_link_libraries(modrescuectl PRIVATE ModRescue::HelperClient PkgConfig::LIBKMOD)
