// The one JSON string escaper: appends `s` as a quoted JSON string, escaped as nlohmann's
// dump(ensure_ascii = false) escapes it (the exporters' fast writer must give its exact bytes):
// \" \\ \b \f \n \r \t, \u00xx (lowercase hex) for the other control characters, every other
// byte (DEL and UTF-8 included) as is. The caller checks UTF-8 validity. Pure; thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace tablift {

void AppendJsonString(std::string& out, std::string_view s);

}  // namespace tablift
