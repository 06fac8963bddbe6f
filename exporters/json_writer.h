// A fast writer for nlohmann::ordered_json values that produces exactly the bytes of
// `dump(indent, ' ', false, error_handler_t::replace)`: nlohmann's serializer decodes every byte
// of every string through its UTF-8 automaton, which made it the largest cost of a conversion.
// Strings that are not valid UTF-8 and floating-point numbers (both rare here) are delegated to
// nlohmann itself, so the output stays identical. Thread-safe (no state).
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

namespace tablift {

// Writes `value` like value.dump(indent, ' ', false, replace); indent < 0 means compact.
void WriteJson(std::ostream& out, const nlohmann::ordered_json& value, int indent);

}  // namespace tablift
