#include "docx_builder.h"

#include <zip.h>

#include <stdexcept>

#include "extractors/docx/docx_extractor.h"

namespace tablift::testing {

std::string ZipParts(const Parts& parts) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
  if (!buffer) throw std::runtime_error("zip_source_buffer_create failed");
  zip_source_keep(buffer);
  zip_t* za = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
  if (!za) throw std::runtime_error("zip_open_from_source failed");
  for (const auto& [name, contents] : parts) {
    zip_source_t* s = zip_source_buffer(za, contents.data(), contents.size(), 0);
    if (!s || zip_file_add(za, name.c_str(), s, ZIP_FL_OVERWRITE) < 0) {
      throw std::runtime_error("zip_file_add failed");
    }
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close failed");
  std::string out;
  if (zip_source_open(buffer) != 0) throw std::runtime_error("zip_source_open failed");
  char chunk[4096];
  zip_int64_t n;
  while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0) out.append(chunk, n);
  zip_source_close(buffer);
  zip_source_free(buffer);
  zip_error_fini(&error);
  return out;
}

std::string DocumentXml(const std::string& body) {
  return std::string("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>") +
         "<w:document " + kWordNsDecl +
         " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"><w:body>" +
         body + "</w:body></w:document>";
}

std::string MakeDocx(const std::string& body, const std::string& styles,
                     const std::string& numbering) {
  Parts parts = {{"word/document.xml", DocumentXml(body)}};
  if (!styles.empty()) {
    parts.push_back({"word/styles.xml",
                     std::string("<w:styles ") + kWordNsDecl + ">" + styles + "</w:styles>"});
  }
  if (!numbering.empty()) {
    parts.push_back({"word/numbering.xml", std::string("<w:numbering ") + kWordNsDecl + ">" +
                                               numbering + "</w:numbering>"});
  }
  return ZipParts(parts);
}

Document Extract(const std::string& bytes, const Limits& limits) {
  ExtractOptions options;
  options.limits = limits;
  return DocxExtractor().Extract(Source{"<memory>", bytes}, options);
}

std::string P(const std::string& text) { return "<w:p><w:r><w:t>" + text + "</w:t></w:r></w:p>"; }

std::string LongMergeDocx(int rows) {
  std::string body = Tr(Tc("h1") + Tc("h2") + Tc("h3") + Tc("h4"), "<w:tblHeader/>");
  body.reserve(static_cast<std::size_t>(rows) * 400);
  for (int r = 0; r < rows; ++r) {
    const std::string merge = r == 0 ? R"(<w:vMerge w:val="restart"/>)" : "<w:vMerge/>";
    body += Tr(Tc(r == 0 ? "merged" : "", merge) + Tc("row " + std::to_string(r)) +
               Tc("text text text") + Tc("more"));
  }
  return MakeDocx(Tbl(body, 4));
}

std::string Tc(const std::string& text, const std::string& tcpr) {
  return "<w:tc>" + (tcpr.empty() ? "" : "<w:tcPr>" + tcpr + "</w:tcPr>") + P(text) + "</w:tc>";
}

std::string Tr(const std::string& cells, const std::string& trpr) {
  return "<w:tr>" + (trpr.empty() ? "" : "<w:trPr>" + trpr + "</w:trPr>") + cells + "</w:tr>";
}

std::string Tbl(const std::string& rows, int grid_cols) {
  std::string grid = "<w:tblGrid>";
  for (int i = 0; i < grid_cols; ++i) grid += "<w:gridCol w:w=\"1000\"/>";
  return "<w:tbl><w:tblPr/>" + grid + "</w:tblGrid>" + rows + "</w:tbl>";
}

}  // namespace tablift::testing
