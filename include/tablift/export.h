// Writing a converted document (tablift/convert.h) in one or more formats through an
// OutputSink (core/exporter.h): the library's file sink is the caller's (the CLI writes
// temporary files and renames them together; a program may keep the bytes in memory).
// Thread-safe: the exporters are stateless.
#pragma once

#include <string>
#include <vector>

#include "core/exporter.h"
#include "core/record.h"

namespace tablift {

// Every format name, in the fixed order in which files are written ("csv", "json", "xml", ...).
std::vector<std::string> FormatNames();

// The formats written when none are asked for: csv, json and xml. Formats added later are
// written only on request, so the files a plain run writes do not change under a user.
const std::vector<std::string>& DefaultFormats();

// The lowercase names of `requested` (matched case-insensitively; empty = DefaultFormats())
// without repeats, in FormatNames() order, so that the output does not depend on the order
// asked. Throws Error(kUsage) "unknown format '<name>' (known: csv, json, ...)".
std::vector<std::string> ResolveFormats(const std::vector<std::string>& requested);

// Writes the files of every format of ResolveFormats(formats), in that order, into `sink`.
// Throws Error(kUsage) for an unknown format and Error(kOutput) when a stream fails.
void WriteExports(const ExportDocument& doc, const std::vector<std::string>& formats,
                  const ExportOptions& options, OutputSink& sink);

}  // namespace tablift
