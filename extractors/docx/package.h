// Package: the parts of a DOCX package the extractor reads, located through its relationships.
//
// The main document part is the target of the package's officeDocument relationship in
// _rels/.rels (transitional or strict relationship type), else word/document.xml. Styles and
// numbering are the targets of the main part's styles/numbering relationships, else
// word/styles.xml and word/numbering.xml; both are optional. Every entry is read under
// Limits::max_entry_bytes. Immutable after loading; thread-compatible.
#pragma once

#include <memory>
#include <string>

#include "core/limits.h"
#include "extractors/docx/word_part.h"

namespace tablift::package {
class ZipReader;
}  // namespace tablift::package

namespace tablift::docx {

using package::ZipReader;

struct Package {
  WordPart document;
  std::unique_ptr<WordPart> styles;     // null when the package has no styles part
  std::unique_ptr<WordPart> numbering;  // null when the package has no numbering part
};

// Loads the parts. Throws Error(kBadInput) when there is no main document part, or a part is
// malformed, encrypted or over the limit.
void LoadPackage(const ZipReader& zip, const Limits& limits, Package& out);

// Resolves a relationship target against the part that holds the relationship ("word/x.xml" +
// "../customXml/a.xml" -> "customXml/a.xml"; "/word/y.xml" -> "word/y.xml"). Exposed for tests.
std::string ResolveTarget(const std::string& source_part, const std::string& target);

}  // namespace tablift::docx
