// The tablift version, from CMake's project(VERSION).
#pragma once

namespace tablift {

const char* Version();

}  // namespace tablift
